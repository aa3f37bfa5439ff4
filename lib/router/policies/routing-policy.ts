import type { BudgetAssessment } from "../budget/budget-assessment";
import type {
  Classification,
  ModelEstimate,
  ModelSpec,
  PolicyName,
  QualityPredictionInput,
  RandomSource,
} from "../types";

// The policy port: given the eligible candidates (already filtered by every hard constraint), a
// policy orders them and says how it chose. Policies never see excluded models, so no policy can
// pick a model that violates a constraint, the budget or an open circuit.

export interface Candidate {
  model: ModelSpec;
  estimate: ModelEstimate;
}

export interface PolicyContext {
  classification: Classification;
  /** Eligible candidates, cheapest first (see compareByCost). Never empty. */
  candidates: readonly Candidate[];
  random: RandomSource;
  now: number;
  /** From `prepare` (the learned policy's predictor), when the policy has one. */
  preparation?: PolicyPreparation;
  /** The hour's budget, when one is configured, and how much the floor was lowered for it. */
  budget?: BudgetAssessment;
  floorDrop?: number;
}

export interface PolicyChoice {
  /** Every candidate, chosen first. */
  ranking: readonly Candidate[];
  explored: boolean;
  /** Probability that this policy picks ranking[0] in this context. */
  propensity: number;
  reason: string;
}

export interface PolicyPreparation {
  predictedQuality?: ReadonlyMap<string, number>;
}

export interface RoutingPolicy {
  readonly name: PolicyName;
  /** E.g. "epsilon_greedy" or "thompson" for the adaptive policy. */
  readonly variant?: string;
  /** How much to lower the complexity quality floor given the hour's budget (the budget policy). */
  floorDrop?(budget: BudgetAssessment): number;
  /** Async work before the synchronous choice (the learned policy's quality prediction). */
  prepare?(input: QualityPredictionInput): Promise<PolicyPreparation> | PolicyPreparation;
  choose(context: PolicyContext): PolicyChoice;
}
