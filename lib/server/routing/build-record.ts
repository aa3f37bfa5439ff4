import { usageCostNano, type TokenUsage } from "@/lib/router/cost/model-cost";
import { promptHash } from "@/lib/router/classify/prompt-hash";
import type { AttemptRecord, ExecutionResult } from "@/lib/router/execute/execution-types";
import type { Classification, ModelSpec } from "@/lib/router/types";
import type { RequestRecord } from "@/lib/server/requests/request-record";
import { storedDecisionOf } from "@/lib/server/requests/stored-decision";
import type { RouteInput, RoutedRequest } from "./route-input";

// Builds the stored record of a request for each way it can end. Prompt storage off keeps only the
// prompt's hash and length (and the answer's length). The counterfactual cost is what the answer's
// own tokens would have cost on the highest-quality enabled model.

export interface RecordContext {
  storePrompts: boolean;
  /** The highest-quality enabled, priced model now. */
  bestModel: ModelSpec | undefined;
  now: number;
}

type Base = Pick<
  RequestRecord,
  "id" | "createdAtMs" | "endpoint" | "stream" | "apiKeyLabel" | "prompt" | "systemPrompt" | "promptHash" | "promptChars" | "classification"
>;

function base(input: RouteInput, id: string, createdAtMs: number, classification: Classification, storePrompts: boolean): Base {
  return {
    id,
    createdAtMs,
    endpoint: input.endpoint,
    stream: input.stream,
    apiKeyLabel: input.caller.apiKeyLabel,
    prompt: storePrompts ? input.prompt : null,
    systemPrompt: storePrompts ? input.systemPrompt : null,
    promptHash: promptHash(input.prompt),
    promptChars: input.prompt.length,
    classification,
  };
}

function decided(routed: RoutedRequest, context: RecordContext, simulationReason: string | null) {
  const { decision } = routed;
  return {
    ...base(routed.input, decision.id, decision.decidedAt, decision.classification, context.storePrompts),
    policy: decision.policy,
    policyVariant: decision.policyVariant ?? null,
    chosenModelId: decision.model.id,
    reason: decision.reason,
    decision: storedDecisionOf(decision, simulationReason),
    estimatedCostNano: decision.estimatedCostNano,
    explored: decision.explored,
    propensity: decision.propensity,
  };
}

const NOT_EXECUTED = {
  response: null,
  responseChars: null,
  actualCostNano: null,
  costEstimated: false,
  counterfactualCostNano: null,
  usage: null,
  latencyMs: null,
  timeToFirstTokenMs: null,
  errorType: null,
  errorClass: null,
  errorMessage: null,
  simulated: false,
  fallbackUsed: false,
  attempts: [],
} as const;

function counterfactual(context: RecordContext, usage: TokenUsage): number | null {
  return context.bestModel ? usageCostNano(context.bestModel, usage) : null;
}

export function successRecord(routed: RoutedRequest, result: ExecutionResult, context: RecordContext): RequestRecord {
  return {
    ...decided(routed, context, result.simulationReason),
    completedAtMs: context.now,
    status: "success",
    modelId: result.modelId,
    provider: result.provider,
    response: context.storePrompts ? result.text : null,
    responseChars: result.text.length,
    actualCostNano: result.costNano,
    costEstimated: result.costEstimated,
    counterfactualCostNano: counterfactual(context, result.usage),
    usage: result.usage,
    latencyMs: result.latencyMs,
    timeToFirstTokenMs: result.timeToFirstTokenMs,
    errorType: null,
    errorClass: null,
    errorMessage: null,
    simulated: result.simulated,
    fallbackUsed: result.modelId !== routed.decision.model.id,
    attempts: result.attempts,
  };
}

export interface FailureFacts {
  errorClass: string;
  message: string;
  attempts: readonly AttemptRecord[];
  costNano: number | null;
  costEstimated: boolean;
  latencyMs: number;
  timeToFirstTokenMs: number | null;
  /** For a stream that broke after its first token: what was delivered. */
  partialText: string | null;
}

export function failureRecord(routed: RoutedRequest, failure: FailureFacts, context: RecordContext): RequestRecord {
  const last = failure.attempts.at(-1);
  const tried = last ?? null;
  return {
    ...decided(routed, context, null),
    ...NOT_EXECUTED,
    completedAtMs: context.now,
    status: "error",
    modelId: tried?.modelId ?? routed.decision.model.id,
    provider: tried?.provider ?? routed.decision.model.provider,
    response: context.storePrompts ? failure.partialText : null,
    responseChars: failure.partialText?.length ?? null,
    actualCostNano: failure.costNano,
    costEstimated: failure.costEstimated,
    latencyMs: failure.latencyMs,
    timeToFirstTokenMs: failure.timeToFirstTokenMs,
    errorType: "provider_error",
    errorClass: failure.errorClass,
    errorMessage: failure.message,
    simulated: failure.attempts.some((attempt) => attempt.simulated),
    fallbackUsed: new Set(failure.attempts.map((attempt) => attempt.modelId)).size > 1,
    attempts: failure.attempts,
  };
}

/** execute: false — the decision only. */
export function routedRecord(routed: RoutedRequest, context: RecordContext): RequestRecord {
  return {
    ...decided(routed, context, null),
    ...NOT_EXECUTED,
    completedAtMs: context.now,
    status: "routed",
    modelId: routed.decision.model.id,
    provider: routed.decision.model.provider,
  };
}

/** A stream whose answer has started: completed in place by its final write. */
export function inProgressRecord(routed: RoutedRequest, context: RecordContext, start: { modelId: string; provider: string; simulated: boolean }): RequestRecord {
  return {
    ...decided(routed, context, null),
    ...NOT_EXECUTED,
    completedAtMs: null,
    status: "in_progress",
    modelId: start.modelId,
    provider: start.provider,
    simulated: start.simulated,
  };
}

/** Refused before any model was chosen: over budget, or no model eligible. */
export function rejectedRecord(input: {
  route: RouteInput;
  id: string;
  classification: Classification;
  errorType: "budget_exceeded" | "no_eligible_model";
  message: string;
  policy: string;
  decision: RequestRecord["decision"];
  context: RecordContext;
}): RequestRecord {
  return {
    ...base(input.route, input.id, input.context.now, input.classification, input.context.storePrompts),
    ...NOT_EXECUTED,
    completedAtMs: input.context.now,
    status: "rejected",
    policy: input.policy,
    policyVariant: null,
    chosenModelId: null,
    modelId: null,
    provider: null,
    reason: input.message,
    decision: input.decision,
    estimatedCostNano: null,
    explored: false,
    propensity: null,
    errorType: input.errorType,
    errorMessage: input.message,
  };
}

