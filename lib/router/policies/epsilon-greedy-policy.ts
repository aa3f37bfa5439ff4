import type { AdaptiveStatsStore } from "../learning/adaptive-stats-store";
import { adaptiveScore, DEFAULT_SCORE_WEIGHTS, type ScoreWeights } from "../learning/adaptive-score";
import { candidateEvidence, scoringCosts } from "./candidate-evidence";
import { describeCandidate, describeRequest } from "./describe-candidate";
import type { Candidate, PolicyChoice, PolicyContext, RoutingPolicy } from "./routing-policy";

// The sketch's epsilon-greedy router, restricted to eligible models: with probability ε explore (a
// uniformly random eligible model), otherwise exploit (the best score among models with at least
// `minObservations` observed requests for this complexity and task type; the cheapest eligible
// when none has enough). Quality is the decayed mean rating, or the registry score before any
// rating (the sketch used 0, which made unrated models unexploitable); the success rate is decayed.
// Propensity is exact: (1 − ε)·[chosen is greedy] + ε / n.

export interface EpsilonGreedyOptions {
  stats: AdaptiveStatsStore;
  explorationRate?: number;
  minObservations?: number;
  weights?: Partial<ScoreWeights>;
}

export class EpsilonGreedyPolicy implements RoutingPolicy {
  readonly name = "adaptive" as const;
  readonly variant = "epsilon_greedy";
  readonly explorationRate: number;
  readonly minObservations: number;
  private readonly stats: AdaptiveStatsStore;
  private readonly weights: ScoreWeights;

  constructor(options: EpsilonGreedyOptions) {
    this.stats = options.stats;
    this.explorationRate = options.explorationRate ?? 0.1;
    this.minObservations = options.minObservations ?? 5;
    this.weights = { ...DEFAULT_SCORE_WEIGHTS, ...options.weights };
    if (this.explorationRate < 0 || this.explorationRate > 1) throw new RangeError("explorationRate must be in [0, 1]");
  }

  /** Candidates in exploitation order: scored ones by score, then unscored ones by cost. */
  rank(context: Pick<PolicyContext, "candidates" | "classification" | "now">): { ordered: Candidate[]; scored: number } {
    const evidence = candidateEvidence({ ...context, stats: this.stats.snapshot() });
    const costs = scoringCosts(context.candidates);
    const scored = context.candidates.flatMap((candidate, index) => {
      const stats = evidence[index];
      if (!stats || stats.requests < this.minObservations) return [];
      const successRate = stats.effectiveRequests > 0 ? stats.effectiveSuccesses / stats.effectiveRequests : stats.successRate;
      const score = adaptiveScore(
        {
          quality: stats.decayedMeanQuality ?? candidate.model.qualityScore,
          successRate,
          costUsd: costs[index]!,
          latencyMs: stats.meanLatencyMs ?? candidate.estimate.latencyMs,
        },
        this.weights,
      );
      return [{ candidate, score }];
    });
    scored.sort((left, right) => right.score - left.score);
    const scoredSet = new Set(scored.map((entry) => entry.candidate));
    const ordered = [...scored.map((entry) => entry.candidate), ...context.candidates.filter((candidate) => !scoredSet.has(candidate))];
    return { ordered, scored: scored.length };
  }

  choose(context: PolicyContext): PolicyChoice {
    const { ordered, scored } = this.rank(context);
    const count = ordered.length;
    const greedy = ordered[0]!;
    const explore = context.random() < this.explorationRate;
    const chosen = explore ? ordered[Math.min(count - 1, Math.floor(context.random() * count))]! : greedy;
    const propensity = (chosen === greedy ? 1 - this.explorationRate : 0) + this.explorationRate / count;
    const why = explore
      ? `Exploring (ε = ${this.explorationRate}): random pick among ${count} eligible`
      : scored > 0
        ? `Best score (quality × success ÷ cost) among ${scored} models with ≥ ${this.minObservations} observations`
        : `No model has ${this.minObservations} observations yet: cheapest of ${count} eligible`;
    return {
      ranking: [chosen, ...ordered.filter((candidate) => candidate !== chosen)],
      explored: explore,
      propensity,
      reason: `${why} for ${describeRequest(context.classification)}: ${describeCandidate(chosen)}.`,
    };
  }
}
