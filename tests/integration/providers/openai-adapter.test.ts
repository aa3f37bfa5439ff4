import { createServer } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ProviderStreamChunk } from "@/lib/router/providers/adapter";
import { createGoogleAdapter } from "@/lib/router/providers/google";
import { createOpenAIAdapter } from "@/lib/router/providers/openai";
import { createOpenAICompatibleAdapter } from "@/lib/router/providers/openai-compatible";
import { ProviderError } from "@/lib/router/providers/provider-error";
import { startOpenAIWireServer } from "@/tests/fakes/openai-wire-server";
import type { FakeWireServer } from "@/tests/fakes/wire-server";
import { testModel } from "@/tests/fakes/test-models";

const API_KEY = "sk-test-openai-0123456789abcdefSECRET";
const model = testModel({ id: "gpt-4o-mini" });
const messages = [
  { role: "system" as const, content: "Be brief." },
  { role: "user" as const, content: "What is the capital of France?" },
];
let server: FakeWireServer;

async function failureOf(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

async function collect(stream: AsyncIterable<ProviderStreamChunk>): Promise<{ chunks: ProviderStreamChunk[]; error: ProviderError | null }> {
  const chunks: ProviderStreamChunk[] = [];
  try {
    for await (const chunk of stream) chunks.push(chunk);
    return { chunks, error: null };
  } catch (error) {
    expect(error).toBeInstanceOf(ProviderError);
    return { chunks, error: error as ProviderError };
  }
}

function adapter() {
  return createOpenAIAdapter({ providerId: "openai", apiKey: API_KEY, baseURL: server.baseUrl });
}

const signal = () => new AbortController().signal;

beforeAll(async () => {
  server = await startOpenAIWireServer();
});
afterEach(() => server.reset());
afterAll(() => server.close());

describe("OpenAI adapter over the real openai SDK", () => {
  it("returns text and normalised usage, cached and reasoning tokens included", async () => {
    server.script([{ kind: "reply", text: "Paris.", usage: { input: 1200, cached: 1024, output: 90, reasoning: 64 } }]);
    const completion = await adapter().complete({ model, messages, maxOutputTokens: 50, temperature: 0, signal: signal() });
    expect(completion).toEqual({ text: "Paris.", usage: { inputTokens: 1200, cachedInputTokens: 1024, outputTokens: 90 }, finishReason: "stop" });
    const [request] = server.requests;
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request?.body).toMatchObject({ model: "gpt-4o-mini", max_completion_tokens: 50, temperature: 0, messages });
  });

  it("streams deltas, the finish reason and the usage chunk it asked for", async () => {
    server.script([{ kind: "reply", chunks: ["Par", "is", "."], usage: { input: 20, cached: 0, output: 3 } }]);
    const { chunks, error } = await collect(adapter().stream({ model, messages, signal: signal() }));
    expect(error).toBeNull();
    expect(chunks).toEqual([
      { type: "delta", text: "Par" },
      { type: "delta", text: "is" },
      { type: "delta", text: "." },
      { type: "finish", finishReason: "stop" },
      { type: "usage", usage: { inputTokens: 20, cachedInputTokens: 0, outputTokens: 3 } },
    ]);
    expect(server.requests[0]?.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it("reports null usage when the server sends none", async () => {
    server.script([{ kind: "reply", text: "ok", omitUsage: true }]);
    expect((await adapter().complete({ model, messages, signal: signal() })).usage).toBeNull();
  });

  it.each([
    { status: 400, errorClass: "bad_request", isRetryable: false },
    { status: 401, errorClass: "authentication", isRetryable: false },
    { status: 403, errorClass: "permission", isRetryable: false },
    { status: 404, errorClass: "not_found", isRetryable: false },
    { status: 408, errorClass: "timeout", isRetryable: true },
    { status: 409, errorClass: "conflict", isRetryable: true },
    { status: 429, errorClass: "rate_limited", isRetryable: true },
    { status: 500, errorClass: "server_error", isRetryable: true },
    { status: 502, errorClass: "server_error", isRetryable: true },
    { status: 503, errorClass: "server_error", isRetryable: true },
  ])("maps HTTP $status to $errorClass (retryable: $isRetryable) with exactly one request", async ({ status, errorClass, isRetryable }) => {
    server.script([{ kind: "error", status }]);
    const error = await failureOf(adapter().complete({ model, messages, signal: signal() }));
    expect(error).toMatchObject({ errorClass, isRetryable, status, providerId: "openai" });
    expect(server.requests).toHaveLength(1); // the SDK's own retries are off
  });

  it("reads retry-after (seconds) and retry-after-ms from a 429", async () => {
    server.script([{ kind: "error", status: 429, headers: { "retry-after": "7" } }, { kind: "error", status: 429, headers: { "retry-after-ms": "1250" } }]);
    expect((await failureOf(adapter().complete({ model, messages, signal: signal() }))).retryAfterMs).toBe(7000);
    expect((await failureOf(adapter().complete({ model, messages, signal: signal() }))).retryAfterMs).toBe(1250);
  });

  it("treats a 429 insufficient_quota as quota_exceeded, which is not retryable", async () => {
    server.script([{ kind: "error", status: 429, errorType: "insufficient_quota", code: "insufficient_quota", message: "You exceeded your current quota." }]);
    expect(await failureOf(adapter().complete({ model, messages, signal: signal() }))).toMatchObject({ errorClass: "quota_exceeded", isRetryable: false });
  });

  it("honours a server's x-should-retry: false", async () => {
    server.script([{ kind: "error", status: 503, headers: { "x-should-retry": "false" } }]);
    expect(await failureOf(adapter().complete({ model, messages, signal: signal() }))).toMatchObject({ errorClass: "server_error", isRetryable: false });
  });

  it("recognises OpenAI's context_length_exceeded code", async () => {
    server.script([{ kind: "context_length" }]);
    expect(await failureOf(adapter().complete({ model, messages, signal: signal() }))).toMatchObject({
      errorClass: "context_length",
      isRetryable: false,
      status: 400,
      providerCode: "context_length_exceeded",
    });
  });

  it("classifies a gateway's HTML 502 by its status", async () => {
    server.script([{ kind: "error", status: 502, html: true }]);
    expect(await failureOf(adapter().complete({ model, messages, signal: signal() }))).toMatchObject({ errorClass: "server_error", status: 502, isRetryable: true });
  });

  it("reports a malformed JSON body as malformed_response", async () => {
    server.script([{ kind: "malformed" }]);
    expect(await failureOf(adapter().complete({ model, messages, signal: signal() }))).toMatchObject({ errorClass: "malformed_response", isRetryable: false });
  });

  it("reports a reset connection and a refused connection as connection errors", async () => {
    server.script([{ kind: "reset" }]);
    expect(await failureOf(adapter().complete({ model, messages, signal: signal() }))).toMatchObject({ errorClass: "connection", isRetryable: true });
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const refused = createOpenAIAdapter({ providerId: "openai", apiKey: API_KEY, baseURL: `http://127.0.0.1:${closedPort}/v1` });
    expect(await failureOf(refused.complete({ model, messages, signal: signal() }))).toMatchObject({ errorClass: "connection", isRetryable: true });
  });

  it("says stream_interrupted when a stream breaks, after yielding what arrived", async () => {
    server.script([{ kind: "stream_break", afterChunks: 2, mode: "destroy" }]);
    const broken = await collect(adapter().stream({ model, messages, signal: signal() }));
    expect(broken.chunks.filter((chunk) => chunk.type === "delta")).toHaveLength(2);
    expect(broken.error).toMatchObject({ errorClass: "stream_interrupted", isRetryable: true });

    server.script([{ kind: "stream_break", afterChunks: 1, mode: "end" }]);
    const ended = await collect(adapter().stream({ model, messages, signal: signal() }));
    expect(ended.chunks).toHaveLength(1);
    expect(ended.error).toMatchObject({ errorClass: "stream_interrupted" });
  });

  it("maps an in-stream error event and a malformed stream event", async () => {
    server.script([{ kind: "stream_break", afterChunks: 0, mode: "error_event" }]);
    expect((await collect(adapter().stream({ model, messages, signal: signal() }))).error).toMatchObject({ errorClass: "server_error", status: null });
    server.script([{ kind: "malformed", afterChunks: 1 }]);
    expect((await collect(adapter().stream({ model, messages, signal: signal() }))).error).toMatchObject({ errorClass: "malformed_response" });
  });

  it("stops when its signal aborts", async () => {
    server.script([{ kind: "hang" }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    expect(await failureOf(adapter().complete({ model, messages, signal: controller.signal }))).toMatchObject({ errorClass: "aborted" });
  });

  it("never lets the key out: the 401 that quotes it is redacted", async () => {
    const strict = await startOpenAIWireServer({ apiKey: "sk-the-right-key-000000000000" });
    try {
      const client = createOpenAIAdapter({ providerId: "openai", apiKey: API_KEY, baseURL: strict.baseUrl });
      const error = await failureOf(client.complete({ model, messages, signal: signal() }));
      expect(error.errorClass).toBe("authentication");
      const exposed = `${error.message} ${JSON.stringify(error)} ${String(error.stack)}`;
      expect(exposed).not.toContain(API_KEY);
      expect(exposed).not.toContain(API_KEY.slice(-4));
      expect(exposed).toContain("[redacted]");
    } finally {
      await strict.close();
    }
  });

  it("redacts a key a provider echoes verbatim", async () => {
    server.script([{ kind: "error", status: 400, message: `Bad header Authorization: Bearer ${API_KEY}` }]);
    const error = await failureOf(adapter().complete({ model, messages, signal: signal() }));
    expect(JSON.stringify(error)).not.toContain(API_KEY);
  });

  it("ignores OPENAI_* variables in process.env: only injected settings count", async () => {
    const saved = { ...process.env };
    process.env.OPENAI_BASE_URL = "http://127.0.0.1:9/v1";
    process.env.OPENAI_ORG_ID = "org-from-env";
    try {
      await adapter().complete({ model, messages, signal: signal() });
      expect(server.requests).toHaveLength(1);
      expect(server.requests[0]?.headers["openai-organization"]).toBeUndefined();
    } finally {
      process.env = saved;
    }
  });
});

describe("Gemini and OpenAI-compatible adapters over the same wire format", () => {
  it("sends max_tokens and the Gemini key as a Bearer token", async () => {
    const gemini = createGoogleAdapter({ providerId: "google", apiKey: "AIzaFakeGeminiKey0123456789abcd", baseURL: server.baseUrl });
    const completion = await gemini.complete({ model: testModel({ id: "gemini-1.5-flash", provider: "google" }), messages, maxOutputTokens: 64, signal: signal() });
    expect(completion.text).toContain("gemini-1.5-flash");
    expect(server.requests[0]?.body).toMatchObject({ max_tokens: 64 });
    expect(server.requests[0]?.headers.authorization).toBe("Bearer AIzaFakeGeminiKey0123456789abcd");
  });

  it("counts thinking tokens that a server reports only in total_tokens as output", async () => {
    // Gemini-style: completion_tokens leaves thoughts out, total_tokens counts them.
    server.script([{ kind: "reply", text: "ok", usage: { input: 10, output: 5, uncountedThoughts: 7 } }]);
    const compatible = createOpenAICompatibleAdapter({ providerId: "local", apiKey: null, baseURL: server.baseUrl });
    const completion = await compatible.complete({ model: testModel({ id: "llama3", provider: "local" }), messages, signal: signal() });
    expect(completion.usage).toEqual({ inputTokens: 10, cachedInputTokens: 0, outputTokens: 12 });
  });

  it("sends no Authorization header to a keyless server", async () => {
    const compatible = createOpenAICompatibleAdapter({ providerId: "ollama", apiKey: null, baseURL: server.baseUrl });
    await compatible.complete({ model: testModel({ id: "llama3.2", provider: "ollama" }), messages, signal: signal() });
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
    expect(server.requests[0]?.body).not.toHaveProperty("max_completion_tokens");
  });
});
