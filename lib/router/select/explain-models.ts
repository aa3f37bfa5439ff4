import type { Candidate } from "../policies/routing-policy";
import type { ModelEstimate, ModelExplanation, ModelSpec, RelaxedConstraint } from "../types";
import type { Exclusion } from "./exclusion-reasons";

// The per-model explanation of a decision: every registered model, in registry order, with its
// estimates and either its rank or the reasons it was excluded.

export interface Evaluation {
  /** Aligned with the models: every exclusion that applies (empty when eligible). */
  exclusions: Exclusion[][];
  /** Indices of eligible models. */
  eligible: number[];
}

export interface ExplanationInput {
  models: readonly ModelSpec[];
  estimates: readonly ModelEstimate[];
  evaluation: Evaluation;
  ranking: readonly Candidate[];
}

// Built field by field rather than with object spreads, which were a third of a selection's time;
// the keys and their order are the ones the spreads gave.
export function explainModels({ models, estimates, evaluation, ranking }: ExplanationInput): ModelExplanation[] {
  return models.map((model, index) => {
    const found = evaluation.exclusions[index]!;
    const estimate = estimates[index]!;
    const rank = ranking.findIndex((candidate) => candidate.model.id === model.id);
    const entry: ModelExplanation = {
      modelId: model.id,
      provider: model.provider,
      qualityScore: model.qualityScore,
      inputTokens: estimate.inputTokens,
      outputTokens: estimate.outputTokens,
      costNano: estimate.costNano,
      costUsd: estimate.costUsd,
      worstCaseOutputTokens: estimate.worstCaseOutputTokens,
      worstCaseCostNano: estimate.worstCaseCostNano,
      latencyMs: estimate.latencyMs,
      status: found.length > 0 ? "excluded" : rank === 0 ? "chosen" : "eligible",
      exclusionReasons: found.map((exclusion) => exclusion.reason),
    };
    if (found.length > 0) {
      entry.exclusionReason = found[0]!.reason;
      entry.detail = found[0]!.detail;
    } else {
      entry.rank = rank;
    }
    return entry;
  });
}

export function describeRelaxation(entry: RelaxedConstraint): string {
  return entry.to === null ? `${entry.constraint} ${entry.from} dropped` : `${entry.constraint} ${entry.from} → ${entry.to}`;
}
