import type { TokenUsage } from "../cost/model-cost";
import { nanoToUsd } from "../cost/money";
import { countChatTokens } from "../tokens/o200k-token-counter";
import { RequestScope } from "./abort-scope";
import { AttemptPlanner, type PlannedAttempt } from "./attempt-planner";
import { DEFAULT_EXPECTED_OUTPUT_TOKENS, estimateCostNano, totalCost } from "./cost-accounting";
import type { ExecutionContext } from "./execution-context";
import type { ExecutionPolicy } from "./execution-policy";
import type { ExecutionRequest, ExecutionResult } from "./execution-types";

// What executeCompletion and executeStream share: the request's scope (overall timeout, caller
// abort), its prompt count and attempt planner, and the result once a model has answered. How each
// path runs an attempt (one call, or a stream that can break after its first text) stays in its file.

export interface ExecutionRun {
  request: ExecutionRequest;
  policy: ExecutionPolicy;
  startedAt: number;
  scope: RequestScope;
  promptTokens: number;
  planner: AttemptPlanner;
}

export function startExecution(context: ExecutionContext, request: ExecutionRequest): ExecutionRun {
  const policy = context.policyFor(request);
  const startedAt = context.clock();
  const scope = new RequestScope(request.signal, policy.timeoutMs);
  const promptTokens = request.promptTokens ?? countChatTokens(request.messages);
  const planner = new AttemptPlanner({
    candidates: request.candidates,
    resolve: context.resolve,
    breaker: context.breaker,
    policy,
    clock: context.clock,
    random: context.random,
    promptTokens,
    deadline: startedAt + policy.timeoutMs,
    stopped: () => scope.stopped,
    budget: request.budget,
  });
  return { request, policy, startedAt, scope, promptTokens, planner };
}

export interface Answer {
  planned: PlannedAttempt;
  text: string;
  finishReason: string | null;
  usage: TokenUsage;
  usageReported: boolean;
  timeToFirstTokenMs: number | null;
  /** When the answer ended, on the executor's clock. */
  now: number;
}

/** The result of a run whose answering attempt has been recorded as a success. */
export function answeredResult(run: ExecutionRun, answer: Answer): ExecutionResult {
  const { planned } = answer;
  const estimatedCostNano = estimateCostNano(planned.model, run.promptTokens, run.request.expectedOutputTokens ?? DEFAULT_EXPECTED_OUTPUT_TOKENS);
  return {
    text: answer.text,
    finishReason: answer.finishReason,
    modelId: planned.model.id,
    provider: planned.model.provider,
    providerModel: planned.model.providerModel,
    simulated: planned.resolved.simulated,
    simulationReason: planned.resolved.simulationReason,
    usage: answer.usage,
    usageReported: answer.usageReported,
    ...totalCost(run.planner.attempts),
    estimatedCostNano,
    estimatedCostUsd: estimatedCostNano === null ? null : nanoToUsd(estimatedCostNano),
    latencyMs: answer.now - run.startedAt,
    timeToFirstTokenMs: answer.timeToFirstTokenMs,
    attempts: run.planner.attempts,
  };
}
