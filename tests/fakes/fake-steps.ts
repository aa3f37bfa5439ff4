import { z } from "zod";

// What a fake provider server does for one request. Scripted per model (or for any model),
// consumed in order; with nothing scripted it replies normally. The same schema validates
// scripts posted to a standalone server's control endpoint (POST /__fake/script).

const delay = z.number().int().min(0).max(600_000);

export const fakeUsageSchema = z.object({
  input: z.number().int().min(0).optional(),
  output: z.number().int().min(0).optional(),
  /** Prompt tokens served from the provider's cache (OpenAI cached_tokens, Anthropic cache_read_input_tokens). */
  cached: z.number().int().min(0).optional(),
  /** Anthropic only: cache_creation_input_tokens. */
  cacheWrite: z.number().int().min(0).optional(),
  /** OpenAI only: completion_tokens_details.reasoning_tokens (already inside output). */
  reasoning: z.number().int().min(0).optional(),
  /** Gemini's compatible endpoint: thinking tokens counted in total_tokens but not in completion_tokens. */
  uncountedThoughts: z.number().int().min(0).optional(),
});

export const fakeStepSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("reply"),
    text: z.string().optional(),
    /** Explicit stream chunks; by default the text is cut into words. */
    chunks: z.array(z.string()).optional(),
    usage: fakeUsageSchema.optional(),
    /** Leave usage out entirely (servers that report none). */
    omitUsage: z.boolean().optional(),
    finishReason: z.string().optional(),
    delayMs: delay.optional(),
    chunkDelayMs: delay.optional(),
  }),
  z.object({
    kind: z.literal("error"),
    status: z.number().int().min(400).max(599),
    /** Overrides the provider's usual error type / code for this status. */
    errorType: z.string().optional(),
    code: z.string().optional(),
    message: z.string().optional(),
    headers: z.record(z.string(), z.string()).optional(),
    /** Send a non-JSON body (an HTML page from a gateway), as proxies do on 502/503. */
    html: z.boolean().optional(),
    delayMs: delay.optional(),
  }),
  /** The provider's real "prompt too long" error. */
  z.object({ kind: z.literal("context_length"), delayMs: delay.optional() }),
  /** 200 with a body that is not valid JSON (non-streaming) or an SSE event that is not (streaming). */
  z.object({ kind: z.literal("malformed"), afterChunks: z.number().int().min(0).optional() }),
  /** Never answers (or, streaming, stalls after `afterChunks` deltas) until the client gives up. */
  z.object({ kind: z.literal("hang"), afterChunks: z.number().int().min(0).optional() }),
  /** Destroys the socket before any response: a connection reset. */
  z.object({ kind: z.literal("reset") }),
  /**
   * Streaming only: sends `afterChunks` deltas (0 = before the first token), then breaks:
   * `destroy` kills the socket, `end` closes the body cleanly without the end marker,
   * `error_event` sends the provider's in-stream error event.
   */
  z.object({
    kind: z.literal("stream_break"),
    afterChunks: z.number().int().min(0),
    mode: z.enum(["destroy", "end", "error_event"]),
    chunkDelayMs: delay.optional(),
  }),
]);

export type FakeStep = z.infer<typeof fakeStepSchema>;
export type FakeUsage = z.infer<typeof fakeUsageSchema>;

export const fakeScriptRequestSchema = z.object({
  /** A model name as sent by the client, or omitted for "any model". */
  model: z.string().optional(),
  steps: z.array(fakeStepSchema).min(1),
});
