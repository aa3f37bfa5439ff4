import { decayWeight, type StatsCell, type StatsIncrement } from "@/lib/router/learning/adaptive-stats-store";

// An adaptive-statistics increment ready for storage: plain sums, and decayed sums already weighted
// as seen at `at` (weight 1 at `at`). One request can produce several increments for the same cell
// (the decision, the outcome, a failed attempt of the same model) and one SQL upsert may touch a row
// only once, so they are merged first: decayed sums are re-expressed at the latest time among them
// (x weighted at t counts as x · 2^((t − t_latest)/halfLife) at t_latest), which is exact.

export interface DecayedSums {
  requests: number;
  successes: number;
  ratings: number;
  quality: number;
}

export interface WeightedIncrement {
  cell: StatsCell;
  at: number;
  decisions: number;
  explorations: number;
  requests: number;
  successes: number;
  latencyMs: number;
  costNano: number;
  ratings: number;
  quality: number;
  /** Decayed contributions, weighted at `at`. */
  decayed: DecayedSums;
}

export function cellKey(cell: StatsCell): string {
  return `${cell.complexity}|${cell.taskType}|${cell.modelId}`;
}

export function toWeighted(update: StatsIncrement): WeightedIncrement {
  const requests = update.requests ?? 0;
  const successes = update.successes ?? 0;
  const ratings = update.ratings ?? 0;
  const quality = update.quality ?? 0;
  return {
    cell: update.cell,
    at: update.at,
    decisions: update.decisions ?? 0,
    explorations: update.explorations ?? 0,
    requests,
    successes,
    latencyMs: update.latencyMs ?? 0,
    costNano: update.costNano ?? 0,
    ratings,
    quality,
    decayed: { requests, successes, ratings, quality },
  };
}

function rescale(sums: DecayedSums, factor: number): DecayedSums {
  return {
    requests: sums.requests * factor,
    successes: sums.successes * factor,
    ratings: sums.ratings * factor,
    quality: sums.quality * factor,
  };
}

function combine(left: WeightedIncrement, right: WeightedIncrement, halfLifeMs: number): WeightedIncrement {
  const at = Math.max(left.at, right.at);
  const leftSums = rescale(left.decayed, decayWeight({ at: left.at, anchorMs: at, halfLifeMs }));
  const rightSums = rescale(right.decayed, decayWeight({ at: right.at, anchorMs: at, halfLifeMs }));
  return {
    cell: left.cell,
    at,
    decisions: left.decisions + right.decisions,
    explorations: left.explorations + right.explorations,
    requests: left.requests + right.requests,
    successes: left.successes + right.successes,
    latencyMs: left.latencyMs + right.latencyMs,
    costNano: left.costNano + right.costNano,
    ratings: left.ratings + right.ratings,
    quality: left.quality + right.quality,
    decayed: {
      requests: leftSums.requests + rightSums.requests,
      successes: leftSums.successes + rightSums.successes,
      ratings: leftSums.ratings + rightSums.ratings,
      quality: leftSums.quality + rightSums.quality,
    },
  };
}

/** One increment per cell, in a stable order (so concurrent transactions lock rows in the same order). */
export function mergeIncrements(updates: readonly StatsIncrement[], halfLifeMs: number): WeightedIncrement[] {
  const merged = new Map<string, WeightedIncrement>();
  for (const update of updates) {
    const key = cellKey(update.cell);
    const weighted = toWeighted(update);
    const existing = merged.get(key);
    merged.set(key, existing ? combine(existing, weighted, halfLifeMs) : weighted);
  }
  return [...merged.entries()].sort(([left], [right]) => left.localeCompare(right)).map(([, increment]) => increment);
}
