import { chatCompletionsBodySchema } from "@/lib/schemas/chat-completions";
import { AppError } from "@/lib/errors";
import type { ApiContext } from "@/lib/server/http/with-api";
import { jsonResponse } from "@/lib/server/http/with-api";
import { executeRouted } from "@/lib/server/routing/execute-routed";
import type { RouteInput } from "@/lib/server/routing/route-input";
import { conversationOf } from "./chat-messages";
import { streamChatCompletion } from "./chat-stream-endpoint";
import { chatCompletion, routerHeaders } from "./openai-objects";

// POST /v1/chat/completions, OpenAI-compatible: `model: "auto"` routes like /v1/route; a registered
// model id calls that model (with the sketch's fallback chain). Answers are valid OpenAI objects,
// so the official SDK works unchanged with its baseURL pointed here; the routing decision travels
// in x-router-* headers. A request that fails on every model answers 502 with an OpenAI-style error.

const AUTO_MODEL = "auto";

export async function chatCompletionsEndpoint(context: ApiContext<Record<string, never>>): Promise<Response> {
  const body = await context.json(chatCompletionsBodySchema);
  const conversation = conversationOf(body);
  const abort = new AbortController();
  const input: RouteInput = {
    endpoint: "chat_completions",
    prompt: conversation.prompt,
    systemPrompt: conversation.systemPrompt,
    messages: conversation.messages,
    requiredCapabilities: body.response_format && body.response_format.type !== "text" ? ["json"] : undefined,
    execute: true,
    stream: body.stream,
    maxOutputTokens: body.max_completion_tokens ?? body.max_tokens ?? undefined,
    temperature: body.temperature ?? undefined,
    pinnedModelId: body.model === AUTO_MODEL ? undefined : body.model,
    caller: context.caller,
    signal: AbortSignal.any([context.request.signal, abort.signal]),
  };
  const { services } = context;
  const routed = await services.decider.decide(input);
  if (input.stream) return streamChatCompletion({ routed, services, abort, includeUsage: body.stream_options?.include_usage === true });
  const { record, result } = await executeRouted(routed, services.completion);
  if (!result) {
    throw new AppError("provider_error", record.errorMessage ?? "Every model failed", undefined, { request_id: record.id, error_class: record.errorClass });
  }
  const headers = routerHeaders({ decision: routed.decision, modelId: result.modelId, provider: result.provider, simulated: result.simulated });
  const created = Math.floor(routed.decision.decidedAt / 1000);
  return jsonResponse(chatCompletion({ requestId: record.id, created, model: result.modelId, text: result.text, finishReason: result.finishReason, usage: result.usage }), { headers });
}
