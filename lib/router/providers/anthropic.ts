import Anthropic from "@anthropic-ai/sdk";
import { z } from "zod";
import type { Clock } from "../types";
import type { ChatMessage, ProviderAdapter, ProviderCallInput, ProviderCompletion, ProviderStreamChunk } from "./adapter";
import { anthropicErrorToProviderError } from "./anthropic-error";
import { anthropicUsageSchema, mergeAnthropicUsage, normaliseAnthropicUsage, type AnthropicUsage } from "./anthropic-usage";
import { ProviderError } from "./provider-error";
import type { ProviderFetch } from "./provider-fetch";

export const ANTHROPIC_DEFAULT_BASE_URL = "https://api.anthropic.com";

// Explicit, so the SDK neither reads ANTHROPIC_* variables nor refuses large max_tokens without
// streaming; the executor's AbortSignal is what actually times attempts out.
const SDK_TIMEOUT_MS = 10 * 60_000;

const messageSchema = z.object({
  content: z.array(z.object({ type: z.string(), text: z.string().nullish() })),
  stop_reason: z.string().nullish(),
  usage: anthropicUsageSchema.nullish(),
});

const streamEventSchema = z.object({
  type: z.string(),
  message: z.object({ usage: anthropicUsageSchema.nullish() }).nullish(),
  delta: z.object({ type: z.string().nullish(), text: z.string().nullish(), stop_reason: z.string().nullish() }).nullish(),
  usage: anthropicUsageSchema.nullish(),
});

export interface AnthropicAdapterSettings {
  providerId: string;
  apiKey: string;
  /** ANTHROPIC_BASE_URL (through the injected lookup) or the public API. */
  baseURL?: string;
  now?: Clock;
  /** The HTTP client the SDK uses; defaults to the global fetch. */
  fetch?: ProviderFetch;
}

// The Messages API takes system text separately from the turns.
function requestBody(input: ProviderCallInput) {
  const system = input.messages.filter((message) => message.role === "system").map((message) => message.content);
  const turns = input.messages.filter(
    (message): message is ChatMessage & { role: "user" | "assistant" } => message.role !== "system",
  );
  return {
    model: input.model.providerModel,
    // Required by the API; billing follows tokens actually generated, so the model's limit is a safe default.
    max_tokens: input.maxOutputTokens ?? input.model.maxOutputTokens,
    messages: turns.map((message) => ({ role: message.role, content: message.content })),
    ...(system.length > 0 ? { system: system.join("\n\n") } : {}),
    ...(input.temperature !== undefined ? { temperature: input.temperature } : {}),
  };
}

/** Anthropic's Messages API through the official `@anthropic-ai/sdk`. */
export function createAnthropicAdapter(settings: AnthropicAdapterSettings): ProviderAdapter {
  const { providerId } = settings;
  const client = new Anthropic({
    apiKey: settings.apiKey,
    baseURL: settings.baseURL ?? ANTHROPIC_DEFAULT_BASE_URL,
    webhookKey: null,
    maxRetries: 0,
    timeout: SDK_TIMEOUT_MS,
    logLevel: "off",
    ...(settings.fetch ? { fetch: settings.fetch } : {}),
  });
  const now = settings.now ?? Date.now;
  const context = (phase: "request" | "stream") => ({ providerId, secrets: [settings.apiKey], now, phase });
  const malformed = (what: string) =>
    new ProviderError({ errorClass: "malformed_response", providerId, message: `${providerId} malformed_response: ${what}` });

  async function complete(input: ProviderCallInput): Promise<ProviderCompletion> {
    let response: unknown;
    try {
      response = await client.messages.create({ ...requestBody(input), stream: false }, { signal: input.signal, maxRetries: 0 });
    } catch (error) {
      throw anthropicErrorToProviderError(error, context("request"));
    }
    const parsed = messageSchema.safeParse(response);
    if (!parsed.success) throw malformed("the response did not match the Messages shape");
    const text = parsed.data.content.map((block) => (block.type === "text" ? (block.text ?? "") : "")).join("");
    return {
      text,
      usage: parsed.data.usage ? normaliseAnthropicUsage(parsed.data.usage) : null,
      finishReason: parsed.data.stop_reason ?? null,
    };
  }

  async function* stream(input: ProviderCallInput): AsyncGenerator<ProviderStreamChunk> {
    let events: AsyncIterable<unknown>;
    try {
      events = await client.messages.create({ ...requestBody(input), stream: true }, { signal: input.signal, maxRetries: 0 });
    } catch (error) {
      throw anthropicErrorToProviderError(error, context("request"));
    }
    let usage: AnthropicUsage = {};
    let finished = false;
    try {
      for await (const event of events) {
        const parsed = streamEventSchema.safeParse(event);
        if (!parsed.success) throw malformed("a stream event did not match the Messages shape");
        const { type, delta } = parsed.data;
        if (type === "message_start" && parsed.data.message?.usage) usage = mergeAnthropicUsage(usage, parsed.data.message.usage);
        if (type === "content_block_delta" && delta?.type === "text_delta" && delta.text) yield { type: "delta", text: delta.text };
        if (type === "message_delta") {
          if (parsed.data.usage) usage = mergeAnthropicUsage(usage, parsed.data.usage);
          yield { type: "usage", usage: normaliseAnthropicUsage(usage) };
          if (delta?.stop_reason) {
            finished = true;
            yield { type: "finish", finishReason: delta.stop_reason };
          }
        }
        if (type === "message_stop") finished = true;
      }
    } catch (error) {
      throw anthropicErrorToProviderError(error, context("stream"));
    }
    // The SDK ends iteration quietly when the body ends early or the request is aborted.
    if (!finished) {
      throw new ProviderError({
        errorClass: "stream_interrupted",
        providerId,
        message: `${providerId} stream_interrupted: the stream ended before message_stop`,
      });
    }
  }

  return { providerId, kind: "anthropic", complete, stream };
}
