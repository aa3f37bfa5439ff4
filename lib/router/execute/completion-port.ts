import type { CompletionPort, CompletionRequest, ModelSpec } from "../types";
import { ExecutionFailedError } from "./execution-failed-error";
import type { ExecutionResult } from "./execution-types";
import type { Executor } from "./executor";

/**
 * The CompletionPort the LLM classifier uses: one model by registry id, no fallback (the cascade
 * has its own), retries only within the caller's timeout. Resolves with the full ExecutionResult,
 * so the caller can also record the call's attempts and cost.
 */
export function createCompletionPort(input: {
  executor: Executor;
  findModel: (modelId: string) => ModelSpec | undefined;
}): CompletionPort & { complete(request: CompletionRequest): Promise<ExecutionResult> } {
  return {
    async complete(request) {
      const model = input.findModel(request.model);
      if (!model) {
        throw new ExecutionFailedError({
          info: { errorClass: "not_configured", message: `${request.model} not_configured: no such model in the registry`, httpStatus: null, isRetryable: false },
          attempts: [],
          costNano: 0,
        });
      }
      return input.executor.execute({
        messages: request.messages,
        candidates: [model],
        maxOutputTokens: request.maxOutputTokens,
        temperature: request.temperature,
        signal: request.signal,
        policy: { timeoutMs: request.timeoutMs, attemptTimeoutMs: request.timeoutMs, firstTokenTimeoutMs: request.timeoutMs },
      });
    },
  };
}
