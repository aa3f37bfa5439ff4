import { usageCostNano } from "../cost/model-cost";
import { nanoToUsd } from "../cost/money";
import type { TokenEstimator } from "../tokens/token-estimator";
import type { Classification, ModelEstimate, ModelSpec, RouteRequest } from "../types";

// Per-model estimates for one request: input tokens (exact o200k for OpenAI models, the documented
// approximation for others), expected output tokens (history, else the default table; capped by the
// caller's max_tokens and the model's output limit), the cost of exactly that usage (computed by
// lib/router/cost, the one place money is computed) and the model's typical latency.

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
    return {
      inputTokens,
      outputTokens,
      costNano,
      costUsd: costNano === null ? null : nanoToUsd(costNano),
      latencyMs: model.latencyMs,
    };
  });
}
