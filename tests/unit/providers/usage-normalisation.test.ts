import { describe, expect, it } from "vitest";
import { mergeAnthropicUsage, normaliseAnthropicUsage } from "@/lib/router/providers/anthropic-usage";
import { normaliseOpenAIUsage } from "@/lib/router/providers/openai-usage";

describe("usage normalisation (inputTokens include cached, outputTokens include reasoning)", () => {
  it("takes OpenAI's counts as they are, cached tokens from prompt_tokens_details", () => {
    expect(normaliseOpenAIUsage({ prompt_tokens: 1000, completion_tokens: 300, total_tokens: 1300, prompt_tokens_details: { cached_tokens: 768 } })).toEqual({
      inputTokens: 1000,
      cachedInputTokens: 768,
      outputTokens: 300,
    });
  });

  it("bills thinking tokens that only total_tokens counts as output", () => {
    expect(normaliseOpenAIUsage({ prompt_tokens: 10, completion_tokens: 5, total_tokens: 40 })).toEqual({ inputTokens: 10, cachedInputTokens: 0, outputTokens: 30 });
  });

  it("adds Anthropic's cache reads and writes to input", () => {
    expect(normaliseAnthropicUsage({ input_tokens: 50, cache_read_input_tokens: 1000, cache_creation_input_tokens: 200, output_tokens: 80 })).toEqual({
      inputTokens: 1250,
      cachedInputTokens: 1000,
      outputTokens: 80,
    });
  });

  it("merges stream usage with later non-null fields winning", () => {
    const start = { input_tokens: 50, cache_read_input_tokens: 10, cache_creation_input_tokens: 0, output_tokens: 1 };
    expect(normaliseAnthropicUsage(mergeAnthropicUsage(start, { input_tokens: null, output_tokens: 42 }))).toEqual({ inputTokens: 60, cachedInputTokens: 10, outputTokens: 42 });
  });
});
