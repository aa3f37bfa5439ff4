import type { Complexity, TaskType } from "../types";

// Port for adaptive statistics per (complexity, task type) × model. A SQL implementation shared by
// several app instances must apply every update as atomic increments, never read-modify-write:
//
//   INSERT INTO adaptive_stats (complexity, task_type, model_id, anchor_ms, requests, …) VALUES (…)
//   ON CONFLICT (complexity, task_type, model_id) DO UPDATE SET
//     requests = adaptive_stats.requests + :requests, …,
//     decayed_successes = adaptive_stats.decayed_successes
//       + :successes * power(2, (:at - adaptive_stats.anchor_ms) / :half_life_ms), …
//
// Exponential decay uses time-anchored weights: each row keeps sums of w·x with
// w = 2^((t − anchor)/halfLife) for its own fixed anchor, and readers divide by
// 2^((now − anchor)/halfLife). Weights grow with time, so a row is rebased (sums multiplied by
// 2^((anchor − newAnchor)/halfLife), anchor = newAnchor) once they exceed 2^REBASE_AFTER_HALF_LIVES;
// in SQL that is one UPDATE … WHERE anchor_ms = :old_anchor, atomic per row. Decisions read a
// synchronous snapshot (a shared store serves a copy it refreshes every few seconds). The router
// awaits `increment` once per decision (to count it), so a networked store should resolve once the
// increment is durably queued and batch its writes, rather than hold the request for a round trip.

export interface StatsCell {
  complexity: Complexity;
  taskType: TaskType;
  modelId: string;
}

/** One fact to add. Omitted counters add 0. */
export interface StatsIncrement {
  cell: StatsCell;
  /** When the fact happened, epoch ms: sets the weight of the decayed sums. */
  at: number;
  decisions?: number;
  explorations?: number;
  requests?: number;
  successes?: number;
  latencyMs?: number;
  costNano?: number;
  ratings?: number;
  /** Sum of quality ratings in [0, 1] (one rating adds its value). */
  quality?: number;
}

export interface AdaptiveStatsRow extends StatsCell {
  decisions: number;
  explorations: number;
  requests: number;
  successes: number;
  latencyMsSum: number;
  costNanoSum: number;
  ratings: number;
  qualitySum: number;
  /** Time anchor of the decayed sums below. */
  anchorMs: number;
  decayedRequests: number;
  decayedSuccesses: number;
  decayedRatings: number;
  decayedQualitySum: number;
}

export interface AdaptiveStatsSnapshot {
  readonly halfLifeMs: number;
  row(cell: StatsCell): AdaptiveStatsRow | undefined;
  rows(): Iterable<AdaptiveStatsRow>;
}

export interface AdaptiveStatsStore {
  readonly halfLifeMs: number;
  snapshot(): AdaptiveStatsSnapshot;
  increment(update: StatsIncrement): Promise<void>;
}

/** Rebase a row once its weights exceed 2^32 (far from float64 limits, keeps sums precise). */
export const REBASE_AFTER_HALF_LIVES = 32;
/** Default half-life of old evidence: a week. */
export const DEFAULT_HALF_LIFE_MS = 7 * 24 * 3_600_000;

export interface DecayWeightInput {
  at: number;
  anchorMs: number;
  halfLifeMs: number;
}

/** w = 2^((at − anchor) / halfLife). */
export function decayWeight({ at, anchorMs, halfLifeMs }: DecayWeightInput): number {
  return 2 ** ((at - anchorMs) / halfLifeMs);
}
