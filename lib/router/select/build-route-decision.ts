import type { RoutingPolicy } from "../policies/routing-policy";
import type { Classification, RouteDecision } from "../types";
import type { RouteSelection } from "./select-route";

// Assembles the RouteDecision the rest of the product sees from a selection.

export interface DecisionParts {
  id: string;
  decidedAt: number;
  classification: Classification;
  selection: RouteSelection;
  policy: Pick<RoutingPolicy, "name" | "variant">;
}

export function buildRouteDecision({ id, decidedAt, classification, selection, policy }: DecisionParts): RouteDecision {
  const chosen = selection.ranking[0]!;
  return {
    id,
    decidedAt,
    classification,
    model: chosen.model,
    ranking: selection.ranking.map((candidate) => candidate.model),
    explanation: selection.explanation,
    reason: selection.reason,
    estimatedCostUsd: chosen.estimate.costUsd,
    estimatedCostNano: chosen.estimate.costNano,
    estimatedLatencyMs: chosen.estimate.latencyMs,
    estimatedInputTokens: chosen.estimate.inputTokens,
    estimatedOutputTokens: chosen.estimate.outputTokens,
    minQuality: selection.minQuality,
    relaxed: selection.relaxed,
    policy: policy.name,
    ...(policy.variant ? { policyVariant: policy.variant } : {}),
    explored: selection.explored,
    propensity: selection.propensity,
  };
}
