import type OpenAI from "openai";
import { z } from "zod";
import type { Clock, ProviderKind } from "../types";
import type { ProviderAdapter, ProviderCallInput, ProviderCompletion, ProviderStreamChunk } from "./adapter";
import { openAIErrorToProviderError } from "./openai-error";
import { normaliseOpenAIUsage, openAIUsageSchema } from "./openai-usage";
import { ProviderError } from "./provider-error";

const completionSchema = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({ content: z.string().nullish(), refusal: z.string().nullish() }),
        finish_reason: z.string().nullish(),
      }),
    )
    .min(1),
  usage: openAIUsageSchema.nullish(),
});

const chunkSchema = z.object({
  choices: z
    .array(
      z.object({
        index: z.number().int().nullish(),
        delta: z.object({ content: z.string().nullish(), refusal: z.string().nullish() }).nullish(),
        finish_reason: z.string().nullish(),
      }),
    )
    .nullish(),
  usage: openAIUsageSchema.nullish(),
});

export interface OpenAIChatAdapterOptions {
  providerId: string;
  kind: ProviderKind;
  /** Built once per provider, key and base URL (see resolver.ts); never per request. */
  client: OpenAI;
  /** The key in use, scrubbed from any message that leaves this adapter. */
  secrets: readonly string[];
  now: Clock;
  /** OpenAI itself wants max_completion_tokens (reasoning models reject max_tokens); compatible servers know max_tokens. */
  maxTokensField: "max_completion_tokens" | "max_tokens";
}

function requestBody(input: ProviderCallInput, maxTokensField: OpenAIChatAdapterOptions["maxTokensField"]) {
  return {
    model: input.model.providerModel,
    messages: input.messages.map((message) => ({ role: message.role, content: message.content })),
    ...(input.temperature !== undefined ? { temperature: input.temperature } : {}),
    ...(input.maxOutputTokens !== undefined ? { [maxTokensField]: input.maxOutputTokens } : {}),
  };
}

/** Chat Completions over the official `openai` SDK: OpenAI, Gemini's compatible endpoint, any compatible server. */
export function createOpenAIChatAdapter(options: OpenAIChatAdapterOptions): ProviderAdapter {
  const { client, providerId } = options;
  const context = (phase: "request" | "stream") => ({ providerId, secrets: options.secrets, now: options.now, phase });
  const malformed = (what: string) =>
    new ProviderError({ errorClass: "malformed_response", providerId, message: `${providerId} malformed_response: ${what}` });
  // One attempt per call: the executor owns retries and timeouts (through the signal).
  const requestOptions = (input: ProviderCallInput) => ({ signal: input.signal, maxRetries: 0 });

  async function complete(input: ProviderCallInput): Promise<ProviderCompletion> {
    let response: unknown;
    try {
      response = await client.chat.completions.create(
        { ...requestBody(input, options.maxTokensField), stream: false },
        requestOptions(input),
      );
    } catch (error) {
      throw openAIErrorToProviderError(error, context("request"));
    }
    const parsed = completionSchema.safeParse(response);
    if (!parsed.success) throw malformed("the completion did not match the Chat Completions shape");
    const [choice] = parsed.data.choices;
    return {
      text: choice?.message.content ?? choice?.message.refusal ?? "",
      usage: parsed.data.usage ? normaliseOpenAIUsage(parsed.data.usage) : null,
      finishReason: choice?.finish_reason ?? null,
    };
  }

  async function* stream(input: ProviderCallInput): AsyncGenerator<ProviderStreamChunk> {
    let chunks: AsyncIterable<unknown>;
    try {
      chunks = await client.chat.completions.create(
        { ...requestBody(input, options.maxTokensField), stream: true, stream_options: { include_usage: true } },
        requestOptions(input),
      );
    } catch (error) {
      throw openAIErrorToProviderError(error, context("request"));
    }
    let finished = false;
    try {
      for await (const chunk of chunks) {
        const parsed = chunkSchema.safeParse(chunk);
        if (!parsed.success) throw malformed("a stream chunk did not match the Chat Completions shape");
        for (const choice of parsed.data.choices ?? []) {
          if ((choice.index ?? 0) !== 0) continue;
          const text = choice.delta?.content ?? choice.delta?.refusal;
          if (text) yield { type: "delta", text };
          if (choice.finish_reason) {
            finished = true;
            yield { type: "finish", finishReason: choice.finish_reason };
          }
        }
        if (parsed.data.usage) yield { type: "usage", usage: normaliseOpenAIUsage(parsed.data.usage) };
      }
    } catch (error) {
      throw openAIErrorToProviderError(error, context("stream"));
    }
    // The SDK ends iteration quietly when the body ends or the request is aborted; without a
    // finish_reason the answer is incomplete, and saying so is the only honest outcome.
    if (!finished) {
      throw new ProviderError({
        errorClass: "stream_interrupted",
        providerId,
        message: `${providerId} stream_interrupted: the stream ended before a finish_reason`,
      });
    }
  }

  return { providerId, kind: options.kind, complete, stream };
}
