import { z } from "zod";
import type { TokenUsage } from "../cost/model-cost";

const count = z.number().int().nonnegative();

export const openAIUsageSchema = z.object({
  prompt_tokens: count,
  completion_tokens: count,
  total_tokens: count.nullish(),
  prompt_tokens_details: z.object({ cached_tokens: count.nullish() }).nullish(),
});
export type OpenAIUsage = z.infer<typeof openAIUsageSchema>;

/**
 * OpenAI's `prompt_tokens` already includes cached tokens and `completion_tokens` includes reasoning
 * tokens, which is our normal form. Some OpenAI-compatible servers (Gemini's endpoint among them)
 * leave thinking tokens out of `completion_tokens` but count them in `total_tokens`; taking the
 * larger of the two readings bills them as output either way.
 */
export function normaliseOpenAIUsage(usage: OpenAIUsage): TokenUsage {
  const fromTotal = usage.total_tokens != null ? usage.total_tokens - usage.prompt_tokens : 0;
  const cached = usage.prompt_tokens_details?.cached_tokens ?? 0;
  return {
    inputTokens: usage.prompt_tokens,
    cachedInputTokens: Math.min(cached, usage.prompt_tokens),
    outputTokens: Math.max(usage.completion_tokens, fromTotal),
  };
}
