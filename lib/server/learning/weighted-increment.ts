import { decayWeight, type StatsIncrement } from "@/lib/router/learning/adaptive-stats-store";
import { type DecayedSums, statsCellKey, toWeighted, type WeightedIncrement } from "@/lib/router/learning/stats-row";

// An adaptive-statistics increment ready for storage: plain sums, and decayed sums already weighted
// as seen at `at` (weight 1 at `at`). One request can produce several increments for the same cell
// (the decision, the outcome, a failed attempt of the same model) and one SQL upsert may touch a row
// only once, so they are merged first: decayed sums are re-expressed at the latest time among them
// (x weighted at t counts as x · 2^((t − t_latest)/halfLife) at t_latest), which is exact.

/** As the adaptive_stats columns hold it: latency and cost sums are whole milliseconds and nano-USD. */
export function asStored(increment: WeightedIncrement): WeightedIncrement {
  return { ...increment, latencyMs: Math.round(increment.latencyMs), costNano: Math.round(increment.costNano) };
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
    const key = statsCellKey(update.cell);
    const weighted = toWeighted(update);
    const existing = merged.get(key);
    merged.set(key, existing ? combine(existing, weighted, halfLifeMs) : weighted);
  }
  return [...merged.entries()].sort(([left], [right]) => left.localeCompare(right)).map(([, increment]) => increment);
}
