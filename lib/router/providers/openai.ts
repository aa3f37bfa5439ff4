import type { Clock } from "../types";
import type { ProviderAdapter } from "./adapter";
import { buildOpenAIClient } from "./openai-client";
import { createOpenAIChatAdapter } from "./openai-chat-adapter";
import type { ProviderFetch } from "./provider-fetch";

export const OPENAI_DEFAULT_BASE_URL = "https://api.openai.com/v1";

export interface OpenAIAdapterSettings {
  providerId: string;
  apiKey: string;
  /** OPENAI_BASE_URL (through the injected lookup) or the public API. */
  baseURL?: string;
  now?: Clock;
  /** The HTTP client the SDK uses; defaults to the global fetch. */
  fetch?: ProviderFetch;
}

/** OpenAI's Chat Completions API through the official SDK. */
export function createOpenAIAdapter(settings: OpenAIAdapterSettings): ProviderAdapter {
  return createOpenAIChatAdapter({
    providerId: settings.providerId,
    kind: "openai",
    client: buildOpenAIClient({ apiKey: settings.apiKey, baseURL: settings.baseURL ?? OPENAI_DEFAULT_BASE_URL, fetch: settings.fetch }),
    secrets: [settings.apiKey],
    now: settings.now ?? Date.now,
    maxTokensField: "max_completion_tokens",
  });
}
