import type { ModelSpec, ProviderKind } from "../types";
import type { TokenUsage } from "../cost/model-cost";

export type ChatRole = "system" | "user" | "assistant";

export interface ChatMessage {
  role: ChatRole;
  content: string;
}

export interface ProviderCallInput {
  model: ModelSpec;
  messages: readonly ChatMessage[];
  /** Upper bound on generated tokens; adapters default to the model's own limit where the API needs one. */
  maxOutputTokens?: number;
  temperature?: number;
  /** Aborts the call. The executor owns timeouts and aborts through this signal. */
  signal: AbortSignal;
}

export interface ProviderCompletion {
  text: string;
  /** Normalised usage as the provider reported it; null when it reported none. */
  usage: TokenUsage | null;
  finishReason: string | null;
}

export type ProviderStreamChunk =
  | { type: "delta"; text: string }
  | { type: "usage"; usage: TokenUsage }
  | { type: "finish"; finishReason: string | null };

/**
 * One provider behind one interface. Implementations make exactly one HTTP attempt per call
 * (the SDKs' own retries are off: the executor counts and paces every attempt) and throw only
 * ProviderError. A stream that ends without the provider's end marker throws
 * `stream_interrupted` rather than ending quietly.
 */
export interface ProviderAdapter {
  readonly providerId: string;
  readonly kind: ProviderKind;
  complete(input: ProviderCallInput): Promise<ProviderCompletion>;
  stream(input: ProviderCallInput): AsyncIterable<ProviderStreamChunk>;
}
