import type { TokenUsage } from "../cost/model-cost";
import { ProviderError } from "../providers/provider-error";
import { countTextTokens } from "../tokens/o200k-token-counter";
import { attemptError } from "./attempt-error";
import type { PlannedAttempt } from "./attempt-planner";
import { estimatedUsage, totalCost } from "./cost-accounting";
import type { ExecutionContext } from "./execution-context";
import { answeredResult, startExecution } from "./execution-run";
import type { ExecutionRequest, StreamEvent } from "./execution-types";

function startEvent(planned: PlannedAttempt): StreamEvent {
  return {
    type: "start",
    modelId: planned.model.id,
    provider: planned.model.provider,
    providerModel: planned.model.providerModel,
    simulated: planned.resolved.simulated,
    simulationReason: planned.resolved.simulationReason,
  };
}

/**
 * Streams the first candidate that produces text. Until the first text arrives a failure falls
 * back exactly as in executeCompletion, invisibly to the consumer. After it, the consumer already
 * holds part of an answer, so the stream ends with an error event saying how much was delivered.
 * The iterator never throws; it always ends with one `done` or one `error` event.
 */
export async function* executeStream(context: ExecutionContext, request: ExecutionRequest): AsyncGenerator<StreamEvent, void, undefined> {
  const { clock } = context;
  const run = startExecution(context, request);
  const { planner, policy, scope: requestScope, promptTokens, startedAt } = run;
  let timeToFirstTokenMs: number | null = null;
  try {
    for (let planned = await planner.next(); planned !== null; planned = await planner.next()) {
      const attemptScope = requestScope.startAttempt();
      attemptScope.setTimer(policy.firstTokenTimeoutMs, "first_token_timeout");
      let text = "";
      let usage: TokenUsage | null = null;
      let finishReason: string | null = null;
      let retryDelay: number | null = null;
      let settled = false;
      try {
        const chunks = planned.resolved.adapter.stream({
          model: planned.model,
          messages: request.messages,
          maxOutputTokens: request.maxOutputTokens,
          temperature: request.temperature,
          signal: attemptScope.signal,
        });
        for await (const chunk of chunks) {
          if (chunk.type === "usage") usage = chunk.usage;
          else if (chunk.type === "finish") finishReason = chunk.finishReason;
          else if (chunk.text.length > 0) {
            if (text.length === 0) {
              timeToFirstTokenMs = clock() - startedAt;
              yield startEvent(planned);
            }
            attemptScope.setTimer(policy.streamIdleTimeoutMs, "idle_timeout");
            text += chunk.text;
            yield { type: "delta", text: chunk.text };
          }
        }
        const finalUsage = usage ?? estimatedUsage(promptTokens, text);
        settled = true;
        planner.recordSuccess(planned, finalUsage, usage === null);
        // An empty answer still names who gave it: every stream has its start event.
        if (text.length === 0) yield startEvent(planned);
        yield {
          type: "done",
          result: answeredResult(run, { planned, text, finishReason, usage: finalUsage, usageReported: usage !== null, timeToFirstTokenMs, now: clock() }),
        };
        return;
      } catch (error) {
        const failure = attemptError(error, attemptScope, planned.model.provider);
        settled = true;
        if (text.length === 0) {
          retryDelay = planner.recordFailure(planned, failure);
        } else {
          // Billed for what was generated: the prompt plus the delivered text, estimated.
          planner.recordFailure(planned, failure, { usage: estimatedUsage(promptTokens, text), final: true });
          yield {
            type: "error",
            error: { errorClass: failure.errorClass, message: failure.message, httpStatus: failure.status, isRetryable: false },
            modelId: planned.model.id,
            deliveredChars: text.length,
            deliveredTokens: countTextTokens(text),
            ...totalCost(planner.attempts),
            latencyMs: clock() - startedAt,
            timeToFirstTokenMs,
            attempts: planner.attempts,
          };
          return;
        }
      } finally {
        // The consumer stopped reading mid-stream (return() on this generator): record the
        // attempt as aborted so a half-open probe slot is released rather than held.
        if (!settled) {
          const providerId = planned.model.provider;
          const stopped = new ProviderError({ errorClass: "aborted", providerId, message: `${providerId} aborted: the consumer stopped reading the stream` });
          planner.recordFailure(planned, stopped, {
            usage: estimatedUsage(promptTokens, text),
            final: true,
          });
        }
        attemptScope.dispose(!settled);
      }
      if (retryDelay !== null) await requestScope.wait(retryDelay, context.sleep);
    }
    const failure = planner.failure();
    yield {
      type: "error",
      error: { errorClass: failure.errorClass, message: failure.message, httpStatus: failure.httpStatus, isRetryable: failure.isRetryable },
      modelId: null,
      deliveredChars: 0,
      deliveredTokens: 0,
      ...totalCost(planner.attempts),
      latencyMs: clock() - startedAt,
      timeToFirstTokenMs: null,
      attempts: planner.attempts,
    };
  } finally {
    requestScope.dispose();
  }
}
