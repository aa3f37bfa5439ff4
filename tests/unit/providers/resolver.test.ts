import { describe, expect, it } from "vitest";
import { MissingCredentialError, UnknownProviderError } from "@/lib/router/providers/resolver-errors";
import { createProviderResolver, providerSpecSchema } from "@/lib/router/providers/resolver";
import { DEFAULT_PROVIDERS } from "@/lib/router/registry/default-models";
import type { ProviderSpec } from "@/lib/router/types";
import { seededModel, testModel } from "@/tests/fakes/test-models";

const OPENAI_KEY = "sk-proj-resolver-0123456789abcdef";

function resolverWith(settings: Record<string, string>, options: { strict?: boolean; providers?: ProviderSpec[] } = {}) {
  return createProviderResolver({
    providers: options.providers ?? [...DEFAULT_PROVIDERS],
    credentials: (name) => settings[name],
    requireCredentials: options.strict,
    simulator: { latencyScale: 0 },
  });
}

describe("provider resolver", () => {
  it("uses the real adapter when the key is configured and the simulator, saying why, when not", () => {
    const resolver = resolverWith({ OPENAI_API_KEY: OPENAI_KEY });
    expect(resolver.resolve(seededModel("gpt-4o"))).toMatchObject({ simulated: false, simulationReason: null, adapter: { kind: "openai" } });
    expect(resolver.resolve(seededModel("claude-3-5-haiku"))).toMatchObject({ simulated: true, simulationReason: "no ANTHROPIC_API_KEY", adapter: { kind: "simulator" } });
    expect(resolver.resolve(seededModel("gemini-1.5-flash"))).toMatchObject({ simulated: true, simulationReason: "no GEMINI_API_KEY" });
  });

  it("treats a blank key as missing", () => {
    expect(resolverWith({ OPENAI_API_KEY: "   " }).resolve(seededModel("gpt-4o")).simulated).toBe(true);
  });

  it("fails loudly in strict mode, naming the variable and never a value", () => {
    const resolver = resolverWith({ OPENAI_API_KEY: OPENAI_KEY }, { strict: true });
    expect(() => resolver.resolve(seededModel("claude-3-5-haiku"))).toThrow(MissingCredentialError);
    try {
      resolver.resolve(seededModel("claude-3-5-haiku"));
    } catch (error) {
      expect(error).toMatchObject({ errorClass: "not_configured", envVar: "ANTHROPIC_API_KEY", isRetryable: false });
    }
    expect(resolver.resolve(seededModel("gpt-4o")).simulated).toBe(false);
  });

  it("rejects models of unknown providers", () => {
    expect(() => resolverWith({}).resolve(testModel({ id: "x", provider: "nobody" }))).toThrow(UnknownProviderError);
  });

  it("builds one client per provider, key and base URL, and a new one when the key changes", () => {
    const settings: Record<string, string> = { OPENAI_API_KEY: OPENAI_KEY };
    const resolver = createProviderResolver({ providers: [...DEFAULT_PROVIDERS], credentials: (name) => settings[name] });
    const first = resolver.resolve(seededModel("gpt-4o")).adapter;
    expect(resolver.resolve(seededModel("gpt-4o-mini")).adapter).toBe(first);
    settings.OPENAI_API_KEY = "sk-proj-rotated-0123456789abcdef";
    expect(resolver.resolve(seededModel("gpt-4o")).adapter).not.toBe(first);
  });

  it("lets custom OpenAI-compatible providers name their key variable, or need none", () => {
    const providers: ProviderSpec[] = [
      { id: "groq", kind: "openai_compatible", baseUrl: "https://api.groq.com/openai/v1", apiKeyEnv: "GROQ_API_KEY" },
      { id: "ollama", kind: "openai_compatible", baseUrl: "http://localhost:11434/v1" },
    ];
    const resolver = resolverWith({}, { providers });
    expect(resolver.resolve(testModel({ id: "llama-3.1-8b", provider: "groq" }))).toMatchObject({ simulated: true, simulationReason: "no GROQ_API_KEY" });
    expect(resolver.resolve(testModel({ id: "llama3.2", provider: "ollama" }))).toMatchObject({ simulated: false, adapter: { kind: "openai_compatible" } });
    expect(resolverWith({ GROQ_API_KEY: "gsk_0123456789abcdefghij" }, { providers }).resolve(testModel({ id: "m", provider: "groq" })).simulated).toBe(false);
  });

  it("serves a simulator-kind provider from the simulator", () => {
    const resolver = resolverWith({}, { providers: [{ id: "demo", kind: "simulator" }], strict: true });
    expect(resolver.resolve(testModel({ id: "demo-model", provider: "demo" }))).toMatchObject({ simulated: true, simulationReason: "this provider is the built-in simulator" });
  });

  it("reports each provider's mode and base URL without any key", () => {
    const resolver = resolverWith({ OPENAI_API_KEY: OPENAI_KEY, OPENAI_BASE_URL: "http://user:pass@127.0.0.1:4010/v1?token=abc" });
    const status = resolver.status();
    expect(status).toEqual([
      { providerId: "openai", kind: "openai", mode: "live", reason: null, keyEnv: "OPENAI_API_KEY", baseUrl: "http://127.0.0.1:4010/v1" },
      { providerId: "anthropic", kind: "anthropic", mode: "simulated", reason: "no ANTHROPIC_API_KEY", keyEnv: "ANTHROPIC_API_KEY", baseUrl: null },
      { providerId: "google", kind: "google", mode: "simulated", reason: "no GEMINI_API_KEY", keyEnv: "GEMINI_API_KEY", baseUrl: null },
    ]);
    expect(JSON.stringify(status)).not.toContain(OPENAI_KEY);
    expect(resolverWith({}, { strict: true }).status().map((provider) => provider.mode)).toEqual(["unavailable", "unavailable", "unavailable"]);
  });

  it("validates provider specs: key variables must look like keys, compatible servers need a URL", () => {
    expect(providerSpecSchema.safeParse({ id: "evil", kind: "openai_compatible", baseUrl: "https://evil.test/v1", apiKeyEnv: "DATABASE_URL" }).success).toBe(false);
    expect(providerSpecSchema.safeParse({ id: "local", kind: "openai_compatible" }).success).toBe(false);
    expect(providerSpecSchema.safeParse({ id: "local", kind: "openai_compatible", baseUrl: "file:///etc/passwd" }).success).toBe(false);
    expect(providerSpecSchema.safeParse({ id: "together", kind: "openai_compatible", baseUrl: "https://api.together.xyz/v1", apiKeyEnv: "TOGETHER_API_KEY" }).success).toBe(true);
  });
});
