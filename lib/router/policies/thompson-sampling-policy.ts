import type { AdaptiveStatsStore } from "../learning/adaptive-stats-store";
import { adaptiveScore, DEFAULT_SCORE_WEIGHTS, type ScoreWeights } from "../learning/adaptive-score";
import { type BetaShape, sampleBeta } from "../learning/beta-sampler";
import type { ModelStats } from "../learning/read-stats";
import type { RandomSource } from "../types";
import { candidateEvidence, scoringCosts } from "./candidate-evidence";
import { describeCandidate, describeRequest } from "./describe-candidate";
import type { Candidate, PolicyChoice, PolicyContext, RoutingPolicy } from "./routing-policy";

// Thompson sampling over eligible models with exponentially decayed evidence (the store's
// half-life), so a model that got worse loses its lead within a few half-lives of bad outcomes.
// Per candidate two posteriors: success ~ Beta(1 + successes, 1 + failures) and quality ~
// Beta(q0·m + Σ ratings, (1 − q0)·m + Σ (1 − rating)), ratings counting as fractional evidence and
// the registry score q0 as a prior worth m observations. One sample of each goes into the same
// score as epsilon-greedy; the highest sampled score wins.
//
// Propensity: the probability that this draw picks the chosen model has no closed form, so it is
// estimated by Monte-Carlo with the injected random source: `propensitySamples` further draws, and
// (wins + 1) / (samples + 1), counting the real draw as one sample (never 0, so inverse-propensity
// weights stay finite). `explored` means the pick differs from the model with the best score at the
// posterior means (what a greedy policy would pick).

export interface ThompsonSamplingOptions {
  stats: AdaptiveStatsStore;
  /** Weight of the registry quality score as prior evidence, in observations. */
  priorStrength?: number;
  propensitySamples?: number;
  weights?: Partial<ScoreWeights>;
}

interface Posterior {
  success: BetaShape;
  quality: BetaShape;
}

export class ThompsonSamplingPolicy implements RoutingPolicy {
  readonly name = "adaptive" as const;
  readonly variant = "thompson";
  private readonly stats: AdaptiveStatsStore;
  private readonly priorStrength: number;
  private readonly propensitySamples: number;
  private readonly weights: ScoreWeights;

  constructor(options: ThompsonSamplingOptions) {
    this.stats = options.stats;
    this.priorStrength = options.priorStrength ?? 4;
    this.propensitySamples = options.propensitySamples ?? 50;
    this.weights = { ...DEFAULT_SCORE_WEIGHTS, ...options.weights };
  }

  posteriors(context: Pick<PolicyContext, "candidates" | "classification" | "now">): Posterior[] {
    const evidence = candidateEvidence({ ...context, stats: this.stats.snapshot() });
    return context.candidates.map((candidate, index) => this.posterior(candidate, evidence[index]));
  }

  choose(context: PolicyContext): PolicyChoice {
    if (context.candidates.length === 1) {
      const only = context.candidates[0]!;
      return { ranking: [only], explored: false, propensity: 1, reason: `Only eligible model: ${describeCandidate(only)}.` };
    }
    const posteriors = this.posteriors(context);
    const costs = scoringCosts(context.candidates);
    const draw = () => this.drawScores({ candidates: context.candidates, posteriors, costs }, context.random);
    const scores = draw();
    const chosenIndex = argmax(scores);
    let wins = 1;
    for (let sample = 0; sample < this.propensitySamples; sample++) if (argmax(draw()) === chosenIndex) wins++;
    const meanScores = context.candidates.map((candidate, index) =>
      this.score(candidate, { success: mean(posteriors[index]!.success), quality: mean(posteriors[index]!.quality), cost: costs[index]! }),
    );
    const chosen = context.candidates[chosenIndex]!;
    const explored = chosenIndex !== argmax(meanScores);
    const order = context.candidates
      .map((candidate, index) => ({ candidate, score: meanScores[index]! }))
      .filter((entry) => entry.candidate !== chosen)
      .sort((left, right) => right.score - left.score)
      .map((entry) => entry.candidate);
    return {
      ranking: [chosen, ...order],
      explored,
      propensity: wins / (this.propensitySamples + 1),
      reason:
        `Thompson sampling${explored ? " (exploring)" : ""} among ${context.candidates.length} eligible for ` +
        `${describeRequest(context.classification)}: ${describeCandidate(chosen)}.`,
    };
  }

  private posterior(candidate: Candidate, stats: ModelStats | undefined): Posterior {
    const requests = stats?.effectiveRequests ?? 0;
    const successes = stats?.effectiveSuccesses ?? 0;
    const ratings = stats?.effectiveRatings ?? 0;
    const qualitySum = stats?.effectiveQualitySum ?? 0;
    const prior = Math.min(Math.max(candidate.model.qualityScore, 0.01), 0.99) * this.priorStrength;
    return {
      success: { alpha: 1 + successes, beta: 1 + Math.max(0, requests - successes) },
      quality: { alpha: prior + qualitySum, beta: this.priorStrength - prior + Math.max(0, ratings - qualitySum) },
    };
  }

  private drawScores(
    draw: { candidates: readonly Candidate[]; posteriors: readonly Posterior[]; costs: readonly number[] },
    random: RandomSource,
  ): number[] {
    return draw.candidates.map((candidate, index) => {
      const posterior = draw.posteriors[index]!;
      return this.score(candidate, {
        success: sampleBeta(posterior.success, random),
        quality: sampleBeta(posterior.quality, random),
        cost: draw.costs[index]!,
      });
    });
  }

  private score(candidate: Candidate, sampled: { success: number; quality: number; cost: number }): number {
    return adaptiveScore(
      { quality: sampled.quality, successRate: sampled.success, costUsd: sampled.cost, latencyMs: candidate.estimate.latencyMs },
      this.weights,
    );
  }
}

function mean(shape: BetaShape): number {
  return shape.alpha / (shape.alpha + shape.beta);
}

function argmax(values: readonly number[]): number {
  let best = 0;
  for (let index = 1; index < values.length; index++) if (values[index]! > values[best]!) best = index;
  return best;
}
