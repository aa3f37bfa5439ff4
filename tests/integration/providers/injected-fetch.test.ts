import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProviderFetch } from "@/lib/router/providers/provider-fetch";
import { createProviderResolver } from "@/lib/router/providers/resolver";
import { startAnthropicWireServer } from "@/tests/fakes/anthropic-wire-server";
import { startOpenAIWireServer } from "@/tests/fakes/openai-wire-server";
import { seededModel } from "@/tests/fakes/test-models";
import type { FakeWireServer } from "@/tests/fakes/wire-server";

// The host (lib/server) hands the SDKs the fetch Next.js wrapped, to keep Next's per-call tracing
// off the proxy's hot path. These check that an injected fetch is the one every live SDK calls
// through, for plain and streamed calls, and that the calls still reach the provider over HTTP.

let openai: FakeWireServer;
let anthropic: FakeWireServer;
beforeAll(async () => {
  [openai, anthropic] = await Promise.all([startOpenAIWireServer(), startAnthropicWireServer()]);
});
afterAll(async () => {
  await Promise.all([openai.close(), anthropic.close()]);
});

function countingResolver() {
  const seen: string[] = [];
  const fetch: ProviderFetch = (input, init) => {
    seen.push(String(input instanceof Request ? input.url : input));
    return globalThis.fetch(input, init);
  };
  const settings: Record<string, string> = {
    OPENAI_API_KEY: "sk-test-injected-fetch-0123456789",
    OPENAI_BASE_URL: openai.baseUrl,
    ANTHROPIC_API_KEY: "sk-ant-test-injected-fetch-0123456789",
    ANTHROPIC_BASE_URL: anthropic.baseUrl,
  };
  const resolver = createProviderResolver({
    providers: [
      { id: "openai", kind: "openai" },
      { id: "anthropic", kind: "anthropic" },
      { id: "local", kind: "openai_compatible", baseUrl: openai.baseUrl },
    ],
    credentials: (name) => settings[name],
    requireCredentials: true,
    fetch,
  });
  return { resolver, seen };
}

const messages = [{ role: "user" as const, content: "Say hello." }];
const signal = () => new AbortController().signal;

describe("an injected fetch", () => {
  it("carries the OpenAI, Anthropic and OpenAI-compatible SDK calls, plain and streamed", async () => {
    const { resolver, seen } = countingResolver();
    const gpt = seededModel("gpt-4o-mini");
    const claude = seededModel("claude-3-5-haiku");
    const local = { ...gpt, id: "local-model", provider: "local" };

    const answer = await resolver.resolve(gpt).adapter.complete({ model: gpt, messages, signal: signal() });
    expect(answer.text).toContain("Hello from the fake");
    await resolver.resolve(claude).adapter.complete({ model: claude, messages, signal: signal() });
    await resolver.resolve(local).adapter.complete({ model: local, messages, signal: signal() });
    let streamed = "";
    for await (const chunk of resolver.resolve(gpt).adapter.stream({ model: gpt, messages, signal: signal() })) {
      if (chunk.type === "delta") streamed += chunk.text;
    }
    expect(streamed).toContain("Hello from the fake");

    expect(seen).toEqual([
      `${openai.baseUrl}/chat/completions`,
      `${anthropic.baseUrl}/v1/messages`,
      `${openai.baseUrl}/chat/completions`,
      `${openai.baseUrl}/chat/completions`,
    ]);
    expect(openai.requests).toHaveLength(3);
    expect(anthropic.requests).toHaveLength(1);
  });
});
