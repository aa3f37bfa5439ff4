import type { Clock } from "../types";
import type { ProviderAdapter } from "./adapter";
import { buildOpenAIClient } from "./openai-client";
import { createOpenAIChatAdapter } from "./openai-chat-adapter";
import type { ProviderFetch } from "./provider-fetch";

export interface OpenAICompatibleAdapterSettings {
  providerId: string;
  /** e.g. "http://localhost:11434/v1" (Ollama), "https://openrouter.ai/api/v1", "https://api.groq.com/openai/v1". */
  baseURL: string;
  /** Null for servers that need no key (Ollama, llama.cpp, a local vLLM). */
  apiKey: string | null;
  now?: Clock;
  /** The HTTP client the SDK uses; defaults to the global fetch. */
  fetch?: ProviderFetch;
}

/** Any server that speaks OpenAI's Chat Completions: Ollama, vLLM, llama.cpp, OpenRouter, Groq, Together. */
export function createOpenAICompatibleAdapter(settings: OpenAICompatibleAdapterSettings): ProviderAdapter {
  return createOpenAIChatAdapter({
    providerId: settings.providerId,
    kind: "openai_compatible",
    client: buildOpenAIClient({ apiKey: settings.apiKey, baseURL: settings.baseURL, fetch: settings.fetch }),
    secrets: settings.apiKey === null ? [] : [settings.apiKey],
    now: settings.now ?? Date.now,
    // max_tokens is the field every compatible server implements.
    maxTokensField: "max_tokens",
  });
}
