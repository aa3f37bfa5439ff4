import { nanoToUsd } from "@/lib/router/cost/money";
import type { TokenUsage } from "@/lib/router/cost/model-cost";
import type { AttemptRecord } from "@/lib/router/execute/execution-types";
import type { AttemptView } from "@/lib/schemas/route";

// Attempts and token usage in the API's wire form.

export function usageToWire(usage: TokenUsage | null): AttemptView["usage"] {
  return usage ? { input_tokens: usage.inputTokens, cached_input_tokens: usage.cachedInputTokens, output_tokens: usage.outputTokens } : null;
}

export function usdOrNull(nano: number | null): number | null {
  return nano === null ? null : nanoToUsd(nano);
}

export function attemptToWire(attempt: AttemptRecord): AttemptView {
  return {
    model: attempt.modelId,
    provider: attempt.provider,
    attempt: attempt.attempt,
    status: attempt.status,
    http_status: attempt.httpStatus,
    error_class: attempt.errorClass,
    error_message: attempt.errorMessage,
    latency_ms: attempt.latencyMs,
    usage: usageToWire(attempt.usage),
    cost: usdOrNull(attempt.costNano),
    cost_estimated: attempt.costEstimated,
    simulated: attempt.simulated,
    retry_delay_ms: attempt.retryDelayMs,
  };
}
