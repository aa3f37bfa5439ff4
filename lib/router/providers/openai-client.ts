import OpenAI from "openai";
import type { ProviderFetch } from "./provider-fetch";

// Long enough never to pre-empt the executor, which times attempts out through their AbortSignal
// (the SDK's own timeout stops at the response headers and would not cover a slow body anyway).
const SDK_TIMEOUT_MS = 10 * 60_000;

// The SDK refuses to start without a key. Keyless local servers (Ollama, llama.cpp) get this
// placeholder, and the Authorization header is removed so nothing pretends to authenticate.
const KEYLESS_PLACEHOLDER = "keyless";

/**
 * Every option the SDK would otherwise read from process.env is passed explicitly, so the
 * adapter uses only what the resolver injected.
 */
export function buildOpenAIClient(settings: { apiKey: string | null; baseURL: string; fetch?: ProviderFetch }): OpenAI {
  return new OpenAI({
    apiKey: settings.apiKey ?? KEYLESS_PLACEHOLDER,
    adminAPIKey: null,
    organization: null,
    project: null,
    webhookSecret: null,
    baseURL: settings.baseURL,
    maxRetries: 0,
    timeout: SDK_TIMEOUT_MS,
    logLevel: "off",
    ...(settings.fetch ? { fetch: settings.fetch } : {}),
    ...(settings.apiKey === null ? { defaultHeaders: { Authorization: null } } : {}),
  });
}
