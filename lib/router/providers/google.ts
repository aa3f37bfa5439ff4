import type { Clock } from "../types";
import type { ProviderAdapter } from "./adapter";
import { buildOpenAIClient } from "./openai-client";
import { createOpenAIChatAdapter } from "./openai-chat-adapter";
import type { ProviderFetch } from "./provider-fetch";

/** Gemini's OpenAI-compatible endpoint (the key goes in as a Bearer token, as with OpenAI). */
export const GEMINI_OPENAI_BASE_URL = "https://generativelanguage.googleapis.com/v1beta/openai/";

export interface GoogleAdapterSettings {
  providerId: string;
  apiKey: string;
  baseURL?: string;
  now?: Clock;
  /** The HTTP client the SDK uses; defaults to the global fetch. */
  fetch?: ProviderFetch;
}

export function createGoogleAdapter(settings: GoogleAdapterSettings): ProviderAdapter {
  return createOpenAIChatAdapter({
    providerId: settings.providerId,
    kind: "google",
    client: buildOpenAIClient({ apiKey: settings.apiKey, baseURL: settings.baseURL ?? GEMINI_OPENAI_BASE_URL, fetch: settings.fetch }),
    secrets: [settings.apiKey],
    now: settings.now ?? Date.now,
    maxTokensField: "max_tokens",
  });
}
