import type { ClassifierName, Complexity, PolicyName, TaskType } from "@/lib/router/types";
import type { RequestDetail } from "@/lib/schemas/requests";
import type { RouteResponse, RouteStreamDecision } from "@/lib/schemas/route";

// One shape for "what was decided and what it cost", whether it comes from the playground's live
// stream, a finished route response, or a stored request, so both pages show it the same way.

export interface DecisionView {
  chosenModel: string;
  answeredBy: string | null;
  provider: string | null;
  complexity: Complexity;
  taskType: TaskType;
  confidence: number;
  classifier: ClassifierName;
  policy: PolicyName;
  reason: string;
  explored: boolean;
  simulated: boolean;
  simulationReason: string | null;
  minQuality: number | null;
  relaxed: RouteResponse["relaxed"];
}

export interface OutcomeView {
  estimatedCost: number | null;
  actualCost: number | null;
  costEstimated: boolean;
  estimatedLatencyMs: number | null;
  latencyMs: number | null;
  timeToFirstTokenMs: number | null;
  usage: RouteResponse["usage"];
  attempts: number;
  fallbackUsed: boolean;
}

export function decisionFromRoute(decision: RouteStreamDecision | RouteResponse): DecisionView {
  const full = "chosen_model" in decision ? decision : undefined;
  return {
    chosenModel: full?.chosen_model ?? decision.model,
    answeredBy: full && full.status !== "routed" ? full.model : null,
    provider: decision.provider,
    complexity: decision.complexity,
    taskType: decision.task_type,
    confidence: decision.confidence,
    classifier: decision.classifier,
    policy: decision.policy,
    reason: decision.reason,
    explored: decision.explored,
    simulated: decision.simulated,
    simulationReason: decision.simulation_reason,
    minQuality: full?.min_quality ?? null,
    relaxed: full?.relaxed ?? [],
  };
}

export function outcomeFromRoute(response: RouteResponse): OutcomeView {
  return {
    estimatedCost: response.estimated_cost,
    actualCost: response.actual_cost,
    costEstimated: response.cost_estimated,
    estimatedLatencyMs: response.estimated_latency_ms,
    latencyMs: response.latency_ms,
    timeToFirstTokenMs: response.time_to_first_token_ms,
    usage: response.usage,
    attempts: response.attempts.length,
    fallbackUsed: response.fallback_used,
  };
}

export function decisionFromRequest(request: RequestDetail): DecisionView {
  return {
    chosenModel: request.chosen_model ?? request.model ?? "—",
    answeredBy: request.status === "routed" ? null : request.model,
    provider: request.provider,
    complexity: request.complexity,
    taskType: request.task_type,
    confidence: request.confidence,
    classifier: request.classifier,
    policy: request.policy,
    reason: request.reason,
    explored: request.explored,
    simulated: request.simulated,
    simulationReason: request.simulation_reason,
    minQuality: request.min_quality,
    relaxed: request.relaxed,
  };
}

export function outcomeFromRequest(request: RequestDetail): OutcomeView {
  const answered = request.attempts.filter((attempt) => attempt.status === "success").at(-1);
  return {
    estimatedCost: request.estimated_cost,
    actualCost: request.actual_cost,
    costEstimated: request.cost_estimated,
    estimatedLatencyMs: request.explanation.find((entry) => entry.status === "chosen")?.estimated_latency_ms ?? null,
    latencyMs: request.latency_ms,
    timeToFirstTokenMs: request.time_to_first_token_ms,
    usage: request.usage,
    attempts: request.attempts.length,
    fallbackUsed: answered !== undefined && request.chosen_model !== null && answered.model !== request.chosen_model,
  };
}
