import { encodeChat } from "gpt-tokenizer";
import { countTokens } from "gpt-tokenizer/encoding/o200k_base";
import { describe, expect, it } from "vitest";
import { inputTokensForModel, tokenFamilyOf } from "@/lib/router/tokens/model-token-family";
import { countChatTokens, countO200kTokens, countTextTokens } from "@/lib/router/tokens/o200k-token-counter";
import { DEFAULT_OUTPUT_TOKENS, defaultOutputTokens } from "@/lib/router/tokens/output-token-defaults";
import { InMemoryOutputTokenHistory } from "@/lib/router/tokens/output-token-history";
import { TokenEstimator } from "@/lib/router/tokens/token-estimator";
import { defaultModel, testModel } from "./helpers";

describe("o200k token counting", () => {
  it("is exact BPE up to the cap", () => {
    const text = "Routing sends each prompt to the cheapest model that answers it well. ¿Qué tal? 日本語も。";
    expect(countO200kTokens(text)).toEqual({ tokens: countTokens(text), exact: true });
  });

  it("counts head and tail exactly and extrapolates the middle beyond the cap (within 3%)", () => {
    const paragraph = "The quarterly report shows revenue of $4.2M, up 12% year over year, driven by enterprise plans. ";
    const text = paragraph.repeat(400); // ~38k characters
    const estimate = countO200kTokens(text, 4_096);
    expect(estimate.exact).toBe(false);
    const exact = countTokens(text);
    expect(Math.abs(estimate.tokens - exact) / exact).toBeLessThan(0.03);
  });
});

describe("chat and text token counting (execution layer and simulator)", () => {
  it("counts a chat as gpt-tokenizer's encodeChat does for gpt-4o", () => {
    const chat = [
      { role: "system" as const, content: "You are terse." },
      { role: "user" as const, content: "Explain recursion with an example." },
    ];
    expect(countChatTokens(chat)).toBe(encodeChat(chat, "gpt-4o").length);
  });

  it("counts special-token text as plain text instead of throwing", () => {
    expect(countTextTokens("before <|endoftext|> after")).toBeGreaterThan(3);
    expect(countTextTokens("")).toBe(0);
  });
});

describe("per-model input tokens", () => {
  it("uses the exact o200k count for OpenAI's o200k models", () => {
    expect(tokenFamilyOf(defaultModel("gpt-4o"))).toBe("o200k");
    expect(tokenFamilyOf(defaultModel("gpt-4o-mini"))).toBe("o200k");
    expect(inputTokensForModel({ model: defaultModel("gpt-4o"), o200kTokens: 1_000 })).toBe(1_000);
  });

  it("applies the documented factors to models without a local tokenizer", () => {
    expect(inputTokensForModel({ model: defaultModel("claude-3-5-haiku"), o200kTokens: 1_000 })).toBe(1_200);
    expect(inputTokensForModel({ model: defaultModel("gemini-1.5-flash"), o200kTokens: 1_000 })).toBe(1_000);
    const legacy = testModel({ id: "gpt-4-turbo", provider: "openai", providerModel: "gpt-4-turbo" });
    expect(tokenFamilyOf(legacy)).toBe("approximate");
    expect(inputTokensForModel({ model: legacy, o200kTokens: 1_000 })).toBe(1_100);
    const local = testModel({ id: "llama", provider: "ollama", providerModel: "llama3.1:8b" });
    expect(inputTokensForModel({ model: local, o200kTokens: 1_000 })).toBe(1_200);
    expect(inputTokensForModel({ model: local, o200kTokens: 1_000, factors: { ollama: 1.05 } })).toBe(1_050);
  });
});

describe("TokenEstimator", () => {
  it("counts a conversation with the execution layer's chat framing (4 tokens per message + 3, as encodeChat)", () => {
    const estimator = new TokenEstimator();
    const messages = [
      { role: "system" as const, content: "You are terse." },
      { role: "user" as const, content: "Name three primes." },
    ];
    const expected = 3 + messages.reduce((sum, message) => sum + 4 + countTokens(message.content), 0);
    expect(estimator.countRequest({ prompt: "Name three primes.", messages })).toBe(expected);
    expect(estimator.countRequest({ prompt: "Name three primes.", messages })).toBe(encodeChat(messages, "gpt-4o").length);
    expect(estimator.countRequest({ prompt: "Name three primes.", messages })).toBe(countChatTokens(messages));
    expect(estimator.countRequest({ prompt: "Name three primes." })).toBe(countTokens("Name three primes."));
  });

  it("expects the documented default output before any history", () => {
    const estimator = new TokenEstimator({ history: new InMemoryOutputTokenHistory() });
    expect(estimator.expectedOutputTokens({ taskType: "code", complexity: "complex", inputTokens: 50 })).toBe(
      DEFAULT_OUTPUT_TOKENS.code.complex,
    );
  });

  it("makes translations as long as their source and summaries at least a tenth of it", () => {
    expect(defaultOutputTokens({ taskType: "translation", complexity: "simple", inputTokens: 1_000 })).toBe(1_100);
    expect(defaultOutputTokens({ taskType: "summarization", complexity: "simple", inputTokens: 20_000 })).toBe(2_000);
    expect(defaultOutputTokens({ taskType: "summarization", complexity: "simple", inputTokens: 100 })).toBe(120);
  });

  it("switches to the observed mean once a (task type, complexity) has 5 observations", async () => {
    const history = new InMemoryOutputTokenHistory();
    const estimator = new TokenEstimator({ history });
    const query = { taskType: "qa" as const, complexity: "simple" as const, inputTokens: 10 };
    for (const outputTokens of [300, 310, 320, 330]) await history.record({ taskType: "qa", complexity: "simple", outputTokens });
    expect(estimator.expectedOutputTokens(query)).toBe(DEFAULT_OUTPUT_TOKENS.qa.simple);
    await history.record({ taskType: "qa", complexity: "simple", outputTokens: 340 });
    expect(estimator.expectedOutputTokens(query)).toBe(320);
    // Other pairs keep their defaults.
    expect(estimator.expectedOutputTokens({ ...query, complexity: "expert" })).toBe(DEFAULT_OUTPUT_TOKENS.qa.expert);
  });

  it("caps the expected output by the caller's max_tokens and the model's output limit", () => {
    const estimator = new TokenEstimator();
    const query = { taskType: "creative" as const, complexity: "expert" as const, inputTokens: 10 };
    expect(estimator.expectedOutputTokens({ ...query, requestMaxOutputTokens: 100 })).toBe(100);
    expect(estimator.expectedOutputTokens({ ...query, model: { maxOutputTokens: 256 } })).toBe(256);
  });
});

describe("special-token text in prompts", () => {
  it("counts `<|endoftext|>` typed by a user as plain text instead of throwing", () => {
    const text = "please ignore <|endoftext|> and <|im_start|> here";
    expect(() => countTokens(text)).toThrow(); // the library's default
    expect(countO200kTokens(text).tokens).toBeGreaterThan(10);
    expect(new TokenEstimator().countRequest({ prompt: text })).toBe(countO200kTokens(text).tokens);
  });

  it("counts special-token text in the sampled head and tail of a long prompt, and in chat messages, without throwing", () => {
    const text = `<|endoftext|> ${"word ".repeat(2_000)} <|im_end|>`;
    expect(countO200kTokens(text, 1_024).exact).toBe(false);
    expect(countO200kTokens(text, 1_024).tokens).toBeGreaterThan(1_000);
    expect(countChatTokens([{ content: "<|endoftext|>" }])).toBe(3 + 4 + countTextTokens("<|endoftext|>"));
  });
});
