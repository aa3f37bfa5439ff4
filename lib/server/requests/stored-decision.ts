import { z } from "zod";
import type { DecisionBudget, ModelExplanation, RelaxedConstraint, RouteDecision } from "@/lib/router/types";
import {
  decisionBudgetSchema,
  explanationEntrySchema,
  relaxedConstraintSchema,
  type ExplanationEntry,
} from "@/lib/schemas/route";

// The decision as stored with its request (JSON, in the API's wire form, so the request log shows
// it as it was answered): every model's estimate and verdict, the fallback ranking, relaxed
// constraints and the budget state the decision saw.

export const storedDecisionSchema = z.object({
  explanation: z.array(explanationEntrySchema),
  ranking: z.array(z.string()),
  relaxed: z.array(relaxedConstraintSchema),
  budget: decisionBudgetSchema.nullable(),
  min_quality: z.number().nullable(),
  estimated_latency_ms: z.number().nullable(),
  simulation_reason: z.string().nullable(),
});
export type StoredDecision = z.infer<typeof storedDecisionSchema>;

export function explanationToWire(entry: ModelExplanation): ExplanationEntry {
  return {
    model: entry.modelId,
    provider: entry.provider,
    quality_score: entry.qualityScore,
    status: entry.status,
    rank: entry.rank ?? null,
    exclusion_reason: entry.exclusionReason ?? null,
    exclusion_reasons: [...entry.exclusionReasons],
    detail: entry.detail ?? null,
    estimated_cost: entry.costUsd,
    estimated_latency_ms: entry.latencyMs,
    estimated_input_tokens: entry.inputTokens,
    estimated_output_tokens: entry.outputTokens,
  };
}

export function relaxedToWire(relaxed: readonly RelaxedConstraint[]): StoredDecision["relaxed"] {
  return relaxed.map((entry) => ({ constraint: entry.constraint, from: entry.from, to: entry.to }));
}

export function budgetToWire(budget: DecisionBudget | undefined): StoredDecision["budget"] {
  if (!budget) return null;
  return {
    hourly_budget: budget.budgetUsd,
    spent: budget.spentUsd,
    reserved: budget.reservedUsd,
    remaining: budget.remainingUsd,
    floor_drop: budget.floorDrop,
    cheapest_only: budget.cheapestOnly,
  };
}

export function storedDecisionOf(decision: RouteDecision, simulationReason: string | null): StoredDecision {
  return {
    explanation: decision.explanation.map(explanationToWire),
    ranking: decision.ranking.map((model) => model.id),
    relaxed: relaxedToWire(decision.relaxed),
    budget: budgetToWire(decision.budget),
    min_quality: decision.minQuality,
    estimated_latency_ms: decision.estimatedLatencyMs,
    simulation_reason: simulationReason,
  };
}
