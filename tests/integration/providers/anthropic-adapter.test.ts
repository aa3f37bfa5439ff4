import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ProviderStreamChunk } from "@/lib/router/providers/adapter";
import { createAnthropicAdapter } from "@/lib/router/providers/anthropic";
import { ProviderError } from "@/lib/router/providers/provider-error";
import { startAnthropicWireServer } from "@/tests/fakes/anthropic-wire-server";
import type { FakeWireServer } from "@/tests/fakes/wire-server";
import { seededModel } from "@/tests/fakes/test-models";

const API_KEY = "sk-ant-api03-test-0123456789abcdefSECRET";
const model = seededModel("claude-3-5-haiku");
const messages = [
  { role: "system" as const, content: "You answer in one word." },
  { role: "user" as const, content: "Capital of France?" },
];
let server: FakeWireServer;

async function failureOf(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

async function collect(stream: AsyncIterable<ProviderStreamChunk>) {
  const chunks: ProviderStreamChunk[] = [];
  try {
    for await (const chunk of stream) chunks.push(chunk);
    return { chunks, error: null };
  } catch (error) {
    expect(error).toBeInstanceOf(ProviderError);
    return { chunks, error: error as ProviderError };
  }
}

const adapter = () => createAnthropicAdapter({ providerId: "anthropic", apiKey: API_KEY, baseURL: server.baseUrl });
const signal = () => new AbortController().signal;

beforeAll(async () => {
  server = await startAnthropicWireServer();
});
afterEach(() => server.reset());
afterAll(() => server.close());

describe("Anthropic adapter over the real @anthropic-ai/sdk", () => {
  it("sends system text apart from the turns, and normalises cache reads and writes into input", async () => {
    server.script([{ kind: "reply", text: "Paris", usage: { input: 300, cached: 2000, cacheWrite: 500, output: 4 } }]);
    const completion = await adapter().complete({ model, messages, signal: signal() });
    // Anthropic's input_tokens excludes the cache; ours counts every prompt token.
    expect(completion).toEqual({ text: "Paris", usage: { inputTokens: 2800, cachedInputTokens: 2000, outputTokens: 4 }, finishReason: "end_turn" });
    expect(server.requests[0]?.body).toMatchObject({
      model: "claude-3-5-haiku-20241022",
      system: "You answer in one word.",
      messages: [{ role: "user", content: "Capital of France?" }],
      max_tokens: model.maxOutputTokens,
    });
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it("streams text deltas with usage merged from message_start and message_delta", async () => {
    server.script([{ kind: "reply", chunks: ["Pa", "ris"], usage: { input: 40, cached: 10, output: 2 } }]);
    const { chunks, error } = await collect(adapter().stream({ model, messages, signal: signal() }));
    expect(error).toBeNull();
    expect(chunks).toEqual([
      { type: "delta", text: "Pa" },
      { type: "delta", text: "ris" },
      { type: "usage", usage: { inputTokens: 50, cachedInputTokens: 10, outputTokens: 2 } },
      { type: "finish", finishReason: "end_turn" },
    ]);
  });

  it.each([
    { status: 400, errorClass: "bad_request", isRetryable: false },
    { status: 401, errorClass: "authentication", isRetryable: false },
    { status: 402, errorClass: "quota_exceeded", isRetryable: false },
    { status: 403, errorClass: "permission", isRetryable: false },
    { status: 404, errorClass: "not_found", isRetryable: false },
    { status: 408, errorClass: "timeout", isRetryable: true },
    { status: 409, errorClass: "conflict", isRetryable: true },
    { status: 413, errorClass: "bad_request", isRetryable: false },
    { status: 429, errorClass: "rate_limited", isRetryable: true },
    { status: 500, errorClass: "server_error", isRetryable: true },
    { status: 502, errorClass: "server_error", isRetryable: true },
    { status: 503, errorClass: "server_error", isRetryable: true },
    { status: 529, errorClass: "server_error", isRetryable: true },
  ])("maps HTTP $status to $errorClass (retryable: $isRetryable) with exactly one request", async ({ status, errorClass, isRetryable }) => {
    server.script([{ kind: "error", status }]);
    expect(await failureOf(adapter().complete({ model, messages, signal: signal() }))).toMatchObject({ errorClass, isRetryable, status });
    expect(server.requests).toHaveLength(1);
  });

  it("reads retry-after from a 429", async () => {
    server.script([{ kind: "error", status: 429, headers: { "retry-after": "12" } }]);
    expect((await failureOf(adapter().complete({ model, messages, signal: signal() }))).retryAfterMs).toBe(12_000);
  });

  it("recognises Anthropic's 'prompt is too long' 400 as context_length", async () => {
    server.script([{ kind: "context_length" }]);
    expect(await failureOf(adapter().complete({ model, messages, signal: signal() }))).toMatchObject({ errorClass: "context_length", status: 400, isRetryable: false });
  });

  it("maps the in-stream overloaded_error event, before and after the first token", async () => {
    server.script([{ kind: "stream_break", afterChunks: 0, mode: "error_event" }]);
    const before = await collect(adapter().stream({ model, messages, signal: signal() }));
    expect(before.chunks).toEqual([]);
    expect(before.error).toMatchObject({ errorClass: "server_error", providerCode: "overloaded_error", isRetryable: true });

    server.script([{ kind: "stream_break", afterChunks: 2, mode: "error_event" }]);
    const after = await collect(adapter().stream({ model, messages, signal: signal() }));
    expect(after.chunks).toHaveLength(2);
    expect(after.error?.errorClass).toBe("server_error");
  });

  it("says stream_interrupted when the body ends before message_stop or the socket dies", async () => {
    server.script([{ kind: "stream_break", afterChunks: 1, mode: "end" }]);
    expect((await collect(adapter().stream({ model, messages, signal: signal() }))).error).toMatchObject({ errorClass: "stream_interrupted" });
    server.script([{ kind: "stream_break", afterChunks: 1, mode: "destroy" }]);
    expect((await collect(adapter().stream({ model, messages, signal: signal() }))).error).toMatchObject({ errorClass: "stream_interrupted" });
  });

  it("reports malformed bodies and reset connections", async () => {
    server.script([{ kind: "malformed" }, { kind: "reset" }]);
    expect(await failureOf(adapter().complete({ model, messages, signal: signal() }))).toMatchObject({ errorClass: "malformed_response" });
    expect(await failureOf(adapter().complete({ model, messages, signal: signal() }))).toMatchObject({ errorClass: "connection" });
  });

  it("keeps the key out of a 401", async () => {
    const strict = await startAnthropicWireServer({ apiKey: "sk-ant-the-right-one-000000000" });
    try {
      const client = createAnthropicAdapter({ providerId: "anthropic", apiKey: API_KEY, baseURL: strict.baseUrl });
      const error = await failureOf(client.complete({ model, messages, signal: signal() }));
      expect(error.errorClass).toBe("authentication");
      expect(`${error.message} ${JSON.stringify(error)}`).not.toContain(API_KEY);
    } finally {
      await strict.close();
    }
  });

  it("ignores ANTHROPIC_BASE_URL in process.env", async () => {
    const saved = { ...process.env };
    process.env.ANTHROPIC_BASE_URL = "http://127.0.0.1:9";
    try {
      expect((await adapter().complete({ model, messages, signal: signal() })).text).toContain("fake anthropic server");
    } finally {
      process.env = saved;
    }
  });
});
