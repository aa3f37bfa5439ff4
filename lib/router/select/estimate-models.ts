import { usageCostNano } from "../cost/model-cost";
import { nanoToUsd } from "../cost/money";
import type { TokenEstimator } from "../tokens/token-estimator";
import type { Classification, ModelEstimate, ModelSpec, RouteRequest } from "../types";

// Per-model estimates for one request: input tokens (exact o200k for OpenAI models, the documented
// approximation for others), expected output tokens (history, else the default table; capped by the
// caller's max_tokens and the model's output limit), the cost of exactly that usage, the worst case
// (the same input with the longest answer the call may produce), both priced by lib/router/cost
// (the one place money is computed), and the model's typical latency.

export interface EstimateInput {
  models: readonly ModelSpec[];
  request: Pick<RouteRequest, "prompt" | "messages" | "maxOutputTokens">;
  classification: Pick<Classification, "complexity" | "taskType">;
  tokens: TokenEstimator;
}

/** One estimate per model, aligned with `models`. */
export function estimateModels({ models, request, classification, tokens }: EstimateInput): ModelEstimate[] {
  const o200kTokens = tokens.countRequest(request);
  return models.map((model) => {
    const inputTokens = tokens.inputTokens(model, o200kTokens);
    const outputTokens = tokens.expectedOutputTokens({
      taskType: classification.taskType,
      complexity: classification.complexity,
      inputTokens,
      requestMaxOutputTokens: request.maxOutputTokens,
      model,
    });
    const costNano = usageCostNano(model, { inputTokens, cachedInputTokens: 0, outputTokens });
    const worstCase = worstCaseOutputTokens(model, request.maxOutputTokens);
    return {
      inputTokens,
      outputTokens,
      costNano,
      costUsd: costNano === null ? null : nanoToUsd(costNano),
      worstCaseOutputTokens: worstCase,
      worstCaseCostNano: usageCostNano(model, { inputTokens, cachedInputTokens: 0, outputTokens: worstCase }),
      latencyMs: model.latencyMs,
    };
  });
}

/**
 * The longest answer one call may produce: the caller's max_tokens when given (it is sent to the
 * provider, which stops there), else the model's output limit from the registry (what the
 * provider stops at when no max_tokens is sent). Input is billed in full either way.
 */
export function worstCaseOutputTokens(model: Pick<ModelSpec, "maxOutputTokens">, requestMaxOutputTokens: number | undefined): number {
  return requestMaxOutputTokens ?? model.maxOutputTokens;
}
