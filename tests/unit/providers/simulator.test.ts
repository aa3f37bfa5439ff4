import { describe, expect, it } from "vitest";
import type { ProviderStreamChunk } from "@/lib/router/providers/adapter";
import { countChatTokens, countTextTokens } from "@/lib/router/tokens/o200k-token-counter";
import { ProviderError } from "@/lib/router/providers/provider-error";
import { createSimulatorAdapter } from "@/lib/router/providers/simulator";
import { simulatorConfigSchema, type SimulatorConfigInput } from "@/lib/router/providers/simulator-config";
import { ManualClock } from "@/tests/fakes/manual-clock";
import { seededModel, testModel } from "@/tests/fakes/test-models";

const model = seededModel("gpt-4o-mini");
const ask = (content: string) => [{ role: "user" as const, content }];
const live = () => new AbortController().signal;

function simulator(config: SimulatorConfigInput = {}, clock = new ManualClock()) {
  return createSimulatorAdapter({ providerId: "openai", reason: "no OPENAI_API_KEY", config: { latencyScale: 0, ...config }, sleep: clock.sleep });
}

async function outcome(promise: Promise<unknown>): Promise<unknown> {
  return promise.then((value) => value, (error: unknown) => error);
}

async function drain(stream: AsyncIterable<ProviderStreamChunk>) {
  const chunks: ProviderStreamChunk[] = [];
  try {
    for await (const chunk of stream) chunks.push(chunk);
    return { chunks, error: null };
  } catch (error) {
    return { chunks, error: error as ProviderError };
  }
}

describe("simulator answers", () => {
  it("says it is simulated and why, and never claims to be the model", async () => {
    const { text } = await simulator().complete({ model, messages: ask("Explain how photosynthesis turns light into chemical energy."), signal: live() });
    expect(text.startsWith("[Simulated answer: no OPENAI_API_KEY. gpt-4o-mini was not called")).toBe(true);
    expect(text).toContain('"photosynthesis"');
    expect(text).toContain("A real answer from gpt-4o-mini would likely");
  });

  it("reports usage that is the real token count of the prompt and of its own text", async () => {
    const messages = [{ role: "system" as const, content: "Be helpful." }, ...ask("List five uses of graphene in electronics.")];
    const completion = await simulator().complete({ model, messages, signal: live() });
    expect(completion.usage).toEqual({ inputTokens: countChatTokens(messages), cachedInputTokens: 0, outputTokens: countTextTokens(completion.text) });
  });

  it("writes longer answers for longer, open-ended prompts than for short factual ones", async () => {
    const short = await simulator().complete({ model, messages: ask("What is the capital of Peru?"), signal: live() });
    const long = await simulator().complete({
      model,
      messages: ask(`Implement a rate limiter in TypeScript with a token bucket, tests and docs. ${"Consider burst traffic, clock skew and distributed nodes. ".repeat(20)}`),
      signal: live(),
    });
    expect(long.usage?.outputTokens ?? 0).toBeGreaterThan(2 * (short.usage?.outputTokens ?? 0));
  });

  it("respects maxOutputTokens and says so in the finish reason", async () => {
    const completion = await simulator().complete({ model, messages: ask(`Explain everything about databases. ${"indexes ".repeat(300)}`), maxOutputTokens: 80, signal: live() });
    expect(completion.finishReason).toBe("length");
    expect(completion.usage?.outputTokens).toBeLessThanOrEqual(80);
  });

  it("is deterministic by seed: same seed, same answer; another seed, another length", async () => {
    const prompt = ask("Describe the water cycle and its effect on climate.");
    const first = await simulator({ seed: 7 }).complete({ model, messages: prompt, signal: live() });
    const again = await simulator({ seed: 7 }).complete({ model, messages: prompt, signal: live() });
    expect(again).toEqual(first);
    const lengths = new Set<number>();
    for (const seed of [1, 2, 3, 4, 5]) lengths.add((await simulator({ seed }).complete({ model, messages: prompt, signal: live() })).usage?.outputTokens ?? 0);
    expect(lengths.size).toBeGreaterThan(1);
  });

  it("draws latency around the model's registered latency, scaled, and waits for it", async () => {
    const clock = new ManualClock();
    const adapter = simulator({ latencyScale: 1, seed: 3 }, clock);
    for (let call = 0; call < 20; call++) await adapter.complete({ model, messages: ask("hi"), signal: live() });
    const mean = clock.sleeps.reduce((sum, ms) => sum + ms, 0) / clock.sleeps.length;
    expect(mean).toBeGreaterThan(model.latencyMs * 0.7);
    expect(mean).toBeLessThan(model.latencyMs * 1.3);
    const instant = new ManualClock();
    await simulator({ latencyScale: 0 }, instant).complete({ model, messages: ask("hi"), signal: live() });
    expect(instant.sleeps).toEqual([]);
  });

  it("streams its answer in chunks that add up to the text, then usage and finish", async () => {
    const messages = ask("Write a short poem about autumn leaves.");
    const whole = await simulator().complete({ model, messages, signal: live() });
    const { chunks, error } = await drain(simulator().stream({ model, messages, signal: live() }));
    expect(error).toBeNull();
    const text = chunks.flatMap((chunk) => (chunk.type === "delta" ? [chunk.text] : [])).join("");
    expect(text).toBe(whole.text);
    expect(chunks.slice(-2)).toEqual([{ type: "usage", usage: whole.usage }, { type: "finish", finishReason: whole.finishReason }]);
  });

  it("refuses a prompt larger than the model's context window, as a provider would", async () => {
    const tiny = testModel({ id: "tiny", contextWindow: 50 });
    const error = await outcome(simulator().complete({ model: tiny, messages: ask("word ".repeat(200)), signal: live() }));
    expect(error).toMatchObject({ errorClass: "context_length", status: 400 });
  });
});

describe("simulator failure injection", () => {
  it.each([
    [{ errorRate: 1 }, { errorClass: "server_error", status: 500 }],
    [{ rateLimitRate: 1, rateLimitRetryAfterSeconds: 3 }, { errorClass: "rate_limited", status: 429, retryAfterMs: 3000 }],
    [{ malformedRate: 1 }, { errorClass: "malformed_response" }],
  ])("injects %o", async (faults, expected) => {
    const error = await outcome(simulator({ faults }).complete({ model, messages: ask("hi"), signal: live() }));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject(expected);
  });

  it("injects timeouts: the call hangs until its signal aborts", async () => {
    const controller = new AbortController();
    const pending = outcome(simulator({ faults: { timeoutRate: 1 } }).complete({ model, messages: ask("hi"), signal: controller.signal }));
    controller.abort(new Error("attempt timeout"));
    expect(await pending).toMatchObject({ message: "attempt timeout" });
  });

  it("injects streams that break midway, after some text", async () => {
    const { chunks, error } = await drain(simulator({ faults: { streamBreakRate: 1 } }).stream({ model, messages: ask("Explain TCP slow start."), signal: live() }));
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.every((chunk) => chunk.type === "delta")).toBe(true);
    expect(error).toMatchObject({ errorClass: "stream_interrupted" });
  });

  it("repeats the same failure pattern for the same seed, and a different one for another seed", async () => {
    async function pattern(seed: number): Promise<string> {
      const adapter = simulator({ seed, faults: { errorRate: 0.3, rateLimitRate: 0.2 } });
      let marks = "";
      for (let call = 0; call < 40; call++) {
        const result = await outcome(adapter.complete({ model, messages: ask("hi"), signal: live() }));
        marks += result instanceof ProviderError ? (result.errorClass === "rate_limited" ? "R" : "E") : ".";
      }
      return marks;
    }
    const first = await pattern(11);
    expect(await pattern(11)).toBe(first);
    expect(await pattern(12)).not.toBe(first);
    expect(first).toMatch(/E/);
    expect(first).toMatch(/R/);
    expect(first).toMatch(/\./);
  });

  it("rejects fault rates that add up to more than 1", () => {
    expect(simulatorConfigSchema.safeParse({ faults: { errorRate: 0.6, timeoutRate: 0.6 } }).success).toBe(false);
  });
});
