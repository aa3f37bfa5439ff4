import { z } from "zod";
import type { TokenUsage } from "../cost/model-cost";

const count = z.number().int().nonnegative();

export const anthropicUsageSchema = z.object({
  input_tokens: count.nullish(),
  output_tokens: count.nullish(),
  cache_read_input_tokens: count.nullish(),
  cache_creation_input_tokens: count.nullish(),
});
export type AnthropicUsage = z.infer<typeof anthropicUsageSchema>;

/**
 * Anthropic's `input_tokens` excludes cache reads and cache writes; our `inputTokens` counts every
 * prompt token, so all three are added. `output_tokens` already includes thinking tokens.
 */
export function normaliseAnthropicUsage(usage: AnthropicUsage): TokenUsage {
  const cacheRead = usage.cache_read_input_tokens ?? 0;
  return {
    inputTokens: (usage.input_tokens ?? 0) + cacheRead + (usage.cache_creation_input_tokens ?? 0),
    cachedInputTokens: cacheRead,
    outputTokens: usage.output_tokens ?? 0,
  };
}

/**
 * In a stream, `message_start` carries the input side and `message_delta` carries cumulative
 * counts; later non-null fields win.
 */
export function mergeAnthropicUsage(earlier: AnthropicUsage, later: AnthropicUsage): AnthropicUsage {
  return {
    input_tokens: later.input_tokens ?? earlier.input_tokens,
    output_tokens: later.output_tokens ?? earlier.output_tokens,
    cache_read_input_tokens: later.cache_read_input_tokens ?? earlier.cache_read_input_tokens,
    cache_creation_input_tokens: later.cache_creation_input_tokens ?? earlier.cache_creation_input_tokens,
  };
}
