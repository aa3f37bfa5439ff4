import { type AdaptiveStatsRow, decayWeight, REBASE_AFTER_HALF_LIVES, type StatsCell, type StatsIncrement } from "./adaptive-stats-store";

// The arithmetic of one adaptive-statistics row, shared by every store that keeps rows in memory
// (the in-memory reference store and a SQL store's local snapshot), and the same as the SQL upsert
// (lib/server/learning/stats-statements.ts): plain counters add up; decayed sums add the
// increment's value times its time-anchored weight, after rebasing the row when that weight would
// pass 2^REBASE_AFTER_HALF_LIVES (see adaptive-stats-store.ts).

export interface DecayedSums {
  requests: number;
  successes: number;
  ratings: number;
  quality: number;
}

/** An increment with every counter present and its decayed contributions weighted as seen at `at`. */
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
  /** Decayed contributions, weighted at `at` (weight 1 at `at`). */
  decayed: DecayedSums;
}

export function statsCellKey(cell: StatsCell): string {
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

export function emptyStatsRow(cell: StatsCell, anchorMs: number): AdaptiveStatsRow {
  return {
    complexity: cell.complexity,
    taskType: cell.taskType,
    modelId: cell.modelId,
    decisions: 0,
    explorations: 0,
    requests: 0,
    successes: 0,
    latencyMsSum: 0,
    costNanoSum: 0,
    ratings: 0,
    qualitySum: 0,
    anchorMs,
    decayedRequests: 0,
    decayedSuccesses: 0,
    decayedRatings: 0,
    decayedQualitySum: 0,
  };
}

/** Adds one increment to a row, in place. */
export function addToStatsRow({ row, increment, halfLifeMs }: { row: AdaptiveStatsRow; increment: WeightedIncrement; halfLifeMs: number }): void {
  if ((increment.at - row.anchorMs) / halfLifeMs > REBASE_AFTER_HALF_LIVES) {
    const factor = decayWeight({ at: row.anchorMs, anchorMs: increment.at, halfLifeMs });
    row.decayedRequests *= factor;
    row.decayedSuccesses *= factor;
    row.decayedRatings *= factor;
    row.decayedQualitySum *= factor;
    row.anchorMs = increment.at;
  }
  const weight = decayWeight({ at: increment.at, anchorMs: row.anchorMs, halfLifeMs });
  row.decisions += increment.decisions;
  row.explorations += increment.explorations;
  row.requests += increment.requests;
  row.successes += increment.successes;
  row.latencyMsSum += increment.latencyMs;
  row.costNanoSum += increment.costNano;
  row.ratings += increment.ratings;
  row.qualitySum += increment.quality;
  row.decayedRequests += increment.decayed.requests * weight;
  row.decayedSuccesses += increment.decayed.successes * weight;
  row.decayedRatings += increment.decayed.ratings * weight;
  row.decayedQualitySum += increment.decayed.quality * weight;
}
