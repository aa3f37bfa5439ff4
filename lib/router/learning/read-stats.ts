import { nanoToUsd } from "../cost/money";
import { type AdaptiveStatsRow, decayWeight } from "./adaptive-stats-store";

// Turns a stored row into the numbers policies and reports use, decayed to `now`.

export interface ModelStats {
  decisions: number;
  explorations: number;
  requests: number;
  successes: number;
  /** successes / requests (0 without requests). */
  successRate: number;
  ratings: number;
  /** Plain mean of all ratings, or null without ratings. */
  meanQuality: number | null;
  /** Exponentially decayed mean of ratings, or null without ratings. */
  decayedMeanQuality: number | null;
  meanLatencyMs: number | null;
  totalCostUsd: number;
  /** Decayed evidence at `now` (what Thompson sampling counts). */
  effectiveRequests: number;
  effectiveSuccesses: number;
  effectiveRatings: number;
  effectiveQualitySum: number;
}

export function readStats(row: AdaptiveStatsRow, clock: { now: number; halfLifeMs: number }): ModelStats {
  const scale = 1 / decayWeight({ at: clock.now, anchorMs: row.anchorMs, halfLifeMs: clock.halfLifeMs });
  return {
    decisions: row.decisions,
    explorations: row.explorations,
    requests: row.requests,
    successes: row.successes,
    successRate: row.requests > 0 ? row.successes / row.requests : 0,
    ratings: row.ratings,
    meanQuality: row.ratings > 0 ? row.qualitySum / row.ratings : null,
    decayedMeanQuality: row.decayedRatings > 0 ? row.decayedQualitySum / row.decayedRatings : null,
    meanLatencyMs: row.requests > 0 ? row.latencyMsSum / row.requests : null,
    totalCostUsd: nanoToUsd(row.costNanoSum),
    effectiveRequests: row.decayedRequests * scale,
    effectiveSuccesses: row.decayedSuccesses * scale,
    effectiveRatings: row.decayedRatings * scale,
    effectiveQualitySum: row.decayedQualitySum * scale,
  };
}
