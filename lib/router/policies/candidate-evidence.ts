import type { AdaptiveStatsSnapshot } from "../learning/adaptive-stats-store";
import { type ModelStats, readStats } from "../learning/read-stats";
import type { Classification } from "../types";
import type { Candidate } from "./routing-policy";

// What the bandits know about each candidate for this (complexity, task type): its decayed stats,
// or undefined when it has never been tried there.

export interface EvidenceQuery {
  candidates: readonly Candidate[];
  classification: Classification;
  stats: AdaptiveStatsSnapshot;
  now: number;
}

export function candidateEvidence({ candidates, classification, stats, now }: EvidenceQuery): (ModelStats | undefined)[] {
  return candidates.map((candidate) => {
    const row = stats.row({
      complexity: classification.complexity,
      taskType: classification.taskType,
      modelId: candidate.model.id,
    });
    return row ? readStats(row, { now, halfLifeMs: stats.halfLifeMs }) : undefined;
  });
}

/** The request cost used in scores: unpriced candidates count as the most expensive priced one. */
export function scoringCosts(candidates: readonly Candidate[]): number[] {
  const priced = candidates.flatMap((candidate) => (candidate.estimate.costUsd === null ? [] : [candidate.estimate.costUsd]));
  const fallback = priced.length > 0 ? Math.max(...priced) : 1;
  return candidates.map((candidate) => candidate.estimate.costUsd ?? fallback);
}
