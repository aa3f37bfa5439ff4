import { z } from "zod";
import { PROVIDER_KINDS, type Clock, type ModelSpec, type ProviderKind, type ProviderSpec } from "../types";
import type { ProviderAdapter } from "./adapter";
import { createAnthropicAdapter } from "./anthropic";
import { apiKeyEnvSchema, BASE_URL_ENV, DEFAULT_KEY_ENV, displayBaseUrl, readSetting, type CredentialLookup } from "./credentials";
import { createGoogleAdapter } from "./google";
import { createOpenAIAdapter } from "./openai";
import { createOpenAICompatibleAdapter } from "./openai-compatible";
import { MissingCredentialError, UnknownProviderError } from "./resolver-errors";
import { createSimulatorAdapter, type SimulatorAdapter } from "./simulator";
import type { SimulatorConfigInput } from "./simulator-config";
import type { ProviderFetch } from "./provider-fetch";
import type { Sleep } from "./sleep";

export const providerSpecSchema = z
  .object({
    id: z.string().min(1).max(64),
    kind: z.enum(PROVIDER_KINDS),
    baseUrl: z.url({ protocol: /^https?$/ }).optional(),
    apiKeyEnv: apiKeyEnvSchema.optional(),
  })
  .refine((spec) => spec.kind !== "openai_compatible" || spec.baseUrl !== undefined, {
    message: "an openai_compatible provider needs a baseUrl",
  });

export interface ProviderResolverOptions {
  providers: readonly ProviderSpec[];
  credentials: CredentialLookup;
  /** Production setting: a missing key is a MissingCredentialError instead of a simulated answer. */
  requireCredentials?: boolean;
  simulator?: SimulatorConfigInput;
  sleep?: Sleep;
  now?: Clock;
  /** The HTTP client live providers' SDKs use; defaults to the global fetch. */
  fetch?: ProviderFetch;
}

export interface ResolvedProvider {
  providerId: string;
  adapter: ProviderAdapter;
  simulated: boolean;
  /** Why the simulator answers, e.g. "no OPENAI_API_KEY"; null for live providers. */
  simulationReason: string | null;
}

/** What the console shows per provider. Never contains a key, only the variable's name. */
export interface ProviderStatus {
  providerId: string;
  kind: ProviderKind;
  mode: "live" | "simulated" | "unavailable";
  reason: string | null;
  keyEnv: string | null;
  baseUrl: string | null;
}

export interface ProviderResolver {
  /** Throws MissingCredentialError (strict mode) or UnknownProviderError. */
  resolve(model: ModelSpec): ResolvedProvider;
  status(): ProviderStatus[];
}

type Spec = z.infer<typeof providerSpecSchema>;

export function createProviderResolver(options: ProviderResolverOptions): ProviderResolver {
  const specs = new Map<string, Spec>();
  for (const provider of options.providers) specs.set(provider.id, providerSpecSchema.parse(provider));
  // Clients are built once per provider, key and base URL; a changed key or URL replaces its entry.
  const live = new Map<string, { fingerprint: string; resolved: ResolvedProvider }>();
  const simulators = new Map<string, ResolvedProvider>();
  const now = options.now ?? Date.now;

  function settingsOf(spec: Spec) {
    const keyEnv = spec.apiKeyEnv ?? DEFAULT_KEY_ENV[spec.kind];
    return {
      keyEnv: keyEnv ?? null,
      apiKey: readSetting(options.credentials, keyEnv) ?? null,
      baseUrl: spec.baseUrl ?? readSetting(options.credentials, BASE_URL_ENV[spec.kind]),
    };
  }

  function simulated(providerId: string, reason: string): ResolvedProvider {
    const cached = simulators.get(providerId);
    if (cached && cached.simulationReason === reason) return cached;
    const adapter: SimulatorAdapter = createSimulatorAdapter({ providerId, reason, config: options.simulator, sleep: options.sleep });
    const resolved = { providerId, adapter, simulated: true, simulationReason: reason };
    simulators.set(providerId, resolved);
    return resolved;
  }

  function liveAdapter(spec: Spec, apiKey: string | null, baseUrl: string | undefined): ProviderAdapter {
    const common = { providerId: spec.id, now, fetch: options.fetch };
    if (spec.kind === "openai_compatible") {
      // The schema guarantees a baseUrl for this kind.
      return createOpenAICompatibleAdapter({ ...common, apiKey, baseURL: spec.baseUrl ?? "" });
    }
    if (apiKey === null) throw new MissingCredentialError(spec.id, settingsOf(spec).keyEnv ?? "an API key");
    if (spec.kind === "anthropic") return createAnthropicAdapter({ ...common, apiKey, baseURL: baseUrl });
    if (spec.kind === "google") return createGoogleAdapter({ ...common, apiKey, baseURL: baseUrl });
    return createOpenAIAdapter({ ...common, apiKey, baseURL: baseUrl });
  }

  function resolveProvider(providerId: string): ResolvedProvider {
    const spec = specs.get(providerId);
    if (!spec) throw new UnknownProviderError(providerId);
    if (spec.kind === "simulator") return simulated(providerId, "this provider is the built-in simulator");
    const { keyEnv, apiKey, baseUrl } = settingsOf(spec);
    // A compatible server with no key variable needs no key (Ollama, llama.cpp, a local vLLM).
    const needsKey = spec.kind !== "openai_compatible" || spec.apiKeyEnv !== undefined;
    if (needsKey && apiKey === null) {
      if (options.requireCredentials) throw new MissingCredentialError(providerId, keyEnv ?? "an API key");
      return simulated(providerId, `no ${keyEnv ?? "API key"}`);
    }
    const fingerprint = `${baseUrl ?? ""}\u0000${apiKey ?? ""}`;
    const cached = live.get(providerId);
    if (cached && cached.fingerprint === fingerprint) return cached.resolved;
    const resolved = { providerId, adapter: liveAdapter(spec, apiKey, baseUrl), simulated: false, simulationReason: null };
    live.set(providerId, { fingerprint, resolved });
    return resolved;
  }

  function status(): ProviderStatus[] {
    return [...specs.values()].map((spec) => {
      const { keyEnv, baseUrl } = settingsOf(spec);
      const base = { providerId: spec.id, kind: spec.kind, keyEnv, baseUrl: baseUrl ? displayBaseUrl(baseUrl) : null };
      try {
        const resolved = resolveProvider(spec.id);
        return { ...base, mode: resolved.simulated ? "simulated" : "live", reason: resolved.simulationReason };
      } catch (error) {
        return { ...base, mode: "unavailable", reason: error instanceof Error ? error.message : "unavailable" };
      }
    });
  }

  return { resolve: (model) => resolveProvider(model.provider), status };
}
