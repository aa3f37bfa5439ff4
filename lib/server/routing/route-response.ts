import type { ExecutionResult } from "@/lib/router/execute/execution-types";
import type { RouteDecision } from "@/lib/router/types";
import type { RouteResponse, RouteStreamDecision } from "@/lib/schemas/route";
import type { RequestRecord } from "@/lib/server/requests/request-record";
import { budgetToWire, explanationToWire, relaxedToWire } from "@/lib/server/requests/stored-decision";
import { attemptToWire, usageToWire, usdOrNull } from "./wire-attempts";

// POST /v1/route's answer (and its stream's events) from the decision, the stored record and the
// execution result. The answer text comes from the result, not the record: with prompt storage off
// the record keeps only its length.

/** How the request was classified and why its model was chosen: the same in the answer and the stream. */
function decisionSummary(decision: RouteDecision) {
  const { classification } = decision;
  return {
    complexity: classification.complexity,
    task_type: classification.taskType,
    confidence: classification.confidence,
    classifier: classification.classifier,
    policy: decision.policy,
    reason: decision.reason,
  };
}

export function routeStreamDecision(decision: RouteDecision, simulated: { simulated: boolean; reason: string | null }): RouteStreamDecision {
  const { model } = decision;
  return {
    request_id: decision.id,
    model: model.id,
    provider: model.provider,
    provider_model: model.providerModel,
    ...decisionSummary(decision),
    estimated_cost: decision.estimatedCostUsd,
    explored: decision.explored,
    simulated: simulated.simulated,
    simulation_reason: simulated.reason,
    explanation: decision.explanation.map(explanationToWire),
  };
}

export function routeResponse(input: { decision: RouteDecision; record: RequestRecord; result: ExecutionResult | null }): RouteResponse {
  const { decision, record, result } = input;
  const { classification } = decision;
  const status = record.status === "success" || record.status === "routed" ? record.status : "error";
  return {
    request_id: record.id,
    status,
    model: record.modelId ?? decision.model.id,
    provider: record.provider ?? decision.model.provider,
    provider_model: result?.providerModel ?? decision.ranking.find((model) => model.id === record.modelId)?.providerModel ?? decision.model.providerModel,
    chosen_model: decision.model.id,
    ...decisionSummary(decision),
    min_quality: decision.minQuality,
    estimated_cost: decision.estimatedCostUsd,
    estimated_latency_ms: decision.estimatedLatencyMs,
    response: result?.text ?? null,
    actual_cost: usdOrNull(record.actualCostNano),
    cost_estimated: record.costEstimated,
    latency_ms: record.latencyMs,
    time_to_first_token_ms: record.timeToFirstTokenMs,
    usage: usageToWire(record.usage),
    explored: decision.explored,
    propensity: decision.propensity,
    simulated: record.simulated,
    simulation_reason: result?.simulationReason ?? null,
    fallback_used: record.fallbackUsed,
    attempts: record.attempts.map(attemptToWire),
    explanation: decision.explanation.map(explanationToWire),
    relaxed: relaxedToWire(decision.relaxed),
    budget: budgetToWire(decision.budget),
    features: classification.features,
    error: status === "error" ? { type: "provider_error", message: record.errorMessage ?? "every model failed" } : null,
  };
}
