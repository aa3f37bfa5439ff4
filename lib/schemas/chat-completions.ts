import { z } from "zod";

// POST /v1/chat/completions: the subset of OpenAI's Chat Completions request the router honours.
// `model: "auto"` routes; a registered model id calls that model (with fallbacks). Unknown fields
// that OpenAI clients commonly send are accepted and ignored rather than rejected.

const textPartSchema = z.object({ type: z.literal("text"), text: z.string() });

export const chatMessageSchema = z.object({
  role: z.enum(["system", "developer", "user", "assistant", "tool"]),
  content: z.union([z.string(), z.array(textPartSchema.loose()), z.null()]),
  name: z.string().optional(),
});

export const chatCompletionsBodySchema = z
  .object({
    model: z.string().min(1),
    messages: z.array(chatMessageSchema).min(1, "must contain at least one message"),
    stream: z.boolean().default(false),
    stream_options: z.object({ include_usage: z.boolean().optional() }).loose().nullish(),
    max_tokens: z.number().int().positive().nullish(),
    max_completion_tokens: z.number().int().positive().nullish(),
    temperature: z.number().min(0).max(2).nullish(),
    n: z.literal(1).nullish(),
    response_format: z.object({ type: z.enum(["text", "json_object", "json_schema"]) }).loose().nullish(),
    user: z.string().max(256).optional(),
  })
  .loose()
  .meta({ id: "ChatCompletionRequest" });
export type ChatCompletionsBody = z.infer<typeof chatCompletionsBodySchema>;

/** Router metadata sent with every chat completion as response headers. */
export const ROUTER_HEADERS = {
  requestId: "x-router-request-id",
  model: "x-router-model",
  provider: "x-router-provider",
  complexity: "x-router-complexity",
  taskType: "x-router-task-type",
  reason: "x-router-reason",
  simulated: "x-router-simulated",
  estimatedCost: "x-router-estimated-cost",
  explored: "x-router-explored",
} as const;
