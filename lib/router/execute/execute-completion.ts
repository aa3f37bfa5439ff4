import { attemptError } from "./attempt-error";
import { estimatedUsage } from "./cost-accounting";
import type { ExecutionContext } from "./execution-context";
import { answeredResult, startExecution } from "./execution-run";
import type { ExecutionRequest, ExecutionResult } from "./execution-types";

/** Calls the candidates in order until one answers; throws ExecutionFailedError with every attempt otherwise. */
export async function executeCompletion(context: ExecutionContext, request: ExecutionRequest): Promise<ExecutionResult> {
  const run = startExecution(context, request);
  const { planner, policy, scope, promptTokens } = run;
  try {
    for (let planned = await planner.next(); planned !== null; planned = await planner.next()) {
      const attemptScope = scope.startAttempt();
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
        return answeredResult(run, {
          planned,
          text: completion.text,
          finishReason: completion.finishReason,
          usage,
          usageReported: completion.usage !== null,
          timeToFirstTokenMs: null,
          now: context.clock(),
        });
      } catch (error) {
        retryDelay = planner.recordFailure(planned, attemptError(error, attemptScope, planned.model.provider));
      } finally {
        attemptScope.dispose();
      }
      if (retryDelay !== null) await scope.wait(retryDelay, context.sleep);
    }
    throw planner.failure();
  } finally {
    scope.dispose();
  }
}
