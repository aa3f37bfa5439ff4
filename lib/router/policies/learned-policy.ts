import type { QualityPredictionInput, QualityPredictor } from "../types";
import { scoringCosts } from "./candidate-evidence";
import { describeCandidate, describeRequest, formatUsd } from "./describe-candidate";
import type { PolicyChoice, PolicyContext, PolicyPreparation, RoutingPolicy } from "./routing-policy";

// Routes by a learned quality predictor (lib/router/learned builds it): among eligible models, the
// highest predicted quality minus λ × estimated cost in USD. λ is "quality points per dollar": with
// the default 10, paying one cent more must buy at least 0.1 more expected quality. A model the
// predictor has no opinion on is scored with its registry quality. Deterministic: propensity 1.

export interface LearnedPolicyOptions {
  predictor: QualityPredictor;
  costWeight?: number;
}

export const DEFAULT_LEARNED_COST_WEIGHT = 10;

export class LearnedPolicy implements RoutingPolicy {
  readonly name = "learned" as const;
  readonly variant: string;
  readonly costWeight: number;
  private readonly predictor: QualityPredictor;

  constructor(options: LearnedPolicyOptions) {
    this.predictor = options.predictor;
    this.costWeight = options.costWeight ?? DEFAULT_LEARNED_COST_WEIGHT;
    this.variant = options.predictor.id;
  }

  async prepare(input: QualityPredictionInput): Promise<PolicyPreparation> {
    return { predictedQuality: await this.predictor.predict(input) };
  }

  choose({ candidates, classification, preparation }: PolicyContext): PolicyChoice {
    const predicted = preparation?.predictedQuality;
    const costs = scoringCosts(candidates);
    const scored = candidates.map((candidate, index) => {
      const raw = predicted?.get(candidate.model.id);
      const quality = raw !== undefined && Number.isFinite(raw) ? Math.min(1, Math.max(0, raw)) : candidate.model.qualityScore;
      return { candidate, quality, utility: quality - this.costWeight * costs[index]! };
    });
    scored.sort((left, right) => right.utility - left.utility);
    const best = scored[0]!;
    return {
      ranking: scored.map((entry) => entry.candidate),
      explored: false,
      propensity: 1,
      reason:
        `Learned (${this.predictor.id}): best predicted quality ${best.quality.toFixed(2)} − ${this.costWeight} × ` +
        `${formatUsd(best.candidate.estimate.costUsd)} among ${candidates.length} eligible for ` +
        `${describeRequest(classification)}: ${describeCandidate(best.candidate)}.`,
    };
  }
}
