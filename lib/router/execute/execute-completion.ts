import { countChatTokens } from "../providers/count-tokens";
import { nanoToUsd } from "../cost/money";
import { RequestScope } from "./abort-scope";
import { attemptError } from "./attempt-error";
import { AttemptPlanner } from "./attempt-planner";
import { DEFAULT_EXPECTED_OUTPUT_TOKENS, estimateCostNano, estimatedUsage, totalCost } from "./cost-accounting";
import type { ExecutionContext } from "./execution-context";
import type { ExecutionRequest, ExecutionResult } from "./execution-types";

/** Calls the candidates in order until one answers; throws ExecutionFailedError with every attempt otherwise. */
export async function executeCompletion(context: ExecutionContext, request: ExecutionRequest): Promise<ExecutionResult> {
  const { clock, sleep } = context;
  const policy = context.policyFor(request);
  const startedAt = clock();
  const requestScope = new RequestScope(request.signal, policy.timeoutMs);
  const promptTokens = request.promptTokens ?? countChatTokens(request.messages);
  const planner = new AttemptPlanner({
    candidates: request.candidates,
    resolve: context.resolve,
    breaker: context.breaker,
    policy,
    clock,
    random: context.random,
    promptTokens,
    deadline: startedAt + policy.timeoutMs,
    stopped: () => requestScope.stopped,
  });
  try {
    for (let planned = planner.next(); planned !== null; planned = planner.next()) {
      const attemptScope = requestScope.startAttempt();
      attemptScope.setTimer(policy.attemptTimeoutMs, "attempt_timeout");
      let retryDelay: number | null = null;
      try {
        const completion = await planned.resolved.adapter.complete({
          model: planned.model,
          messages: request.messages,
          maxOutputTokens: request.maxOutputTokens,
          temperature: request.temperature,
          signal: attemptScope.signal,
        });
        const usage = completion.usage ?? estimatedUsage(promptTokens, completion.text);
        planner.recordSuccess(planned, usage, completion.usage === null);
        const cost = totalCost(planner.attempts);
        const estimatedCostNano = estimateCostNano(planned.model, promptTokens, request.expectedOutputTokens ?? DEFAULT_EXPECTED_OUTPUT_TOKENS);
        return {
          text: completion.text,
          finishReason: completion.finishReason,
          modelId: planned.model.id,
          provider: planned.model.provider,
          providerModel: planned.model.providerModel,
          simulated: planned.resolved.simulated,
          simulationReason: planned.resolved.simulationReason,
          usage,
          usageReported: completion.usage !== null,
          ...cost,
          estimatedCostNano,
          estimatedCostUsd: estimatedCostNano === null ? null : nanoToUsd(estimatedCostNano),
          latencyMs: clock() - startedAt,
          timeToFirstTokenMs: null,
          attempts: planner.attempts,
        };
      } catch (error) {
        retryDelay = planner.recordFailure(planned, attemptError(error, attemptScope, planned.model.provider));
      } finally {
        attemptScope.dispose();
      }
      if (retryDelay !== null) await requestScope.wait(retryDelay, sleep);
    }
    throw planner.failure();
  } finally {
    requestScope.dispose();
  }
}
