import type { ModelSpec } from "../types";
import { nanoToUsd } from "./money";

/**
 * Token counts of one call, normalised across providers:
 * - `inputTokens` counts every prompt token, cached ones included (OpenAI's `prompt_tokens`;
 *   for Anthropic, input_tokens + cache_read_input_tokens + cache_creation_input_tokens);
 * - `cachedInputTokens` is the part of `inputTokens` read from the provider's prompt cache;
 * - `outputTokens` counts every generated token, reasoning tokens included.
 */
export interface TokenUsage {
  inputTokens: number;
  cachedInputTokens: number;
  outputTokens: number;
}

type PricedModel = Pick<ModelSpec, "inputPricePer1M" | "outputPricePer1M" | "cachedInputPricePer1M">;

/**
 * Cost of one call in whole nano-USD, or null when the model has no price. A price per 1M tokens
 * times 1,000 is the price per token in nano-USD. Cached input tokens are billed at the cached
 * price when the registry has one, else at the normal input price.
 */
export function usageCostNano(model: PricedModel, usage: TokenUsage): number | null {
  if (model.inputPricePer1M === null || model.outputPricePer1M === null) return null;
  const cached = Math.min(Math.max(usage.cachedInputTokens, 0), usage.inputTokens);
  const uncached = usage.inputTokens - cached;
  const cachedPrice = model.cachedInputPricePer1M ?? model.inputPricePer1M;
  const nano =
    uncached * model.inputPricePer1M * 1_000 +
    cached * cachedPrice * 1_000 +
    usage.outputTokens * model.outputPricePer1M * 1_000;
  return Math.round(nano);
}

/** Same as `usageCostNano`, in USD. */
export function usageCostUsd(model: PricedModel, usage: TokenUsage): number | null {
  const nano = usageCostNano(model, usage);
  return nano === null ? null : nanoToUsd(nano);
}
