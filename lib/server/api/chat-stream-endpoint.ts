import { AppError } from "@/lib/errors";
import type { AppServices } from "@/lib/server/app-services";
import { sseResponse, type SseMessage } from "@/lib/server/http/sse";
import type { RoutedRequest } from "@/lib/server/routing/route-input";
import { startStream, streamRouted, type RoutedStreamEvent } from "@/lib/server/routing/stream-routed";
import { chatChunk, openAIFinishReason, routerHeaders, usageChunk } from "./openai-objects";

// Chat completions with stream: true, as OpenAI streams them: a first chunk with the assistant
// role, content chunks, a final chunk with finish_reason, the usage chunk when asked for, then
// `data: [DONE]`. The response starts when the first token arrives, so the x-router-* headers name
// the model that really answers (after any silent fallback). If no model produces a token the
// answer is a plain 502 error; a failure after the first token ends the stream with an OpenAI error
// event (the SDK raises it), never with a silently shorter answer.

const data = (payload: unknown): SseMessage => ({ data: JSON.stringify(payload) });

export async function streamChatCompletion(input: { routed: RoutedRequest; services: AppServices; abort: AbortController; includeUsage: boolean }): Promise<Response> {
  const { routed, services } = input;
  const { decision } = routed;
  await startStream(routed, services.completion);
  const events = streamRouted(routed, services.completion)[Symbol.asyncIterator]();
  const first = await events.next();
  if (first.done || first.value.type === "error") {
    const record = first.done ? undefined : (first.value as Extract<RoutedStreamEvent, { type: "error" }>).record;
    throw new AppError("provider_error", record?.errorMessage ?? "Every model failed", undefined, { request_id: decision.id, error_class: record?.errorClass ?? null });
  }
  const opening = first.value;
  const modelId = opening.type === "start" ? opening.event.modelId : decision.model.id;
  const provider = opening.type === "start" ? opening.event.provider : decision.model.provider;
  const simulated = opening.type === "start" ? opening.event.simulated : false;
  const created = Math.floor(decision.decidedAt / 1000);
  const chunk = (delta: { role?: "assistant"; content?: string }, finishReason: "stop" | "length" | null = null) =>
    data(chatChunk({ requestId: decision.id, created, model: modelId, delta, finishReason }));

  async function* messages(): AsyncGenerator<SseMessage> {
    let current: IteratorResult<RoutedStreamEvent> = first;
    yield chunk({ role: "assistant", content: "" });
    for (; !current.done; current = await events.next()) {
      const streamed = current.value;
      if (streamed.type === "delta") yield chunk({ content: streamed.text });
      else if (streamed.type === "done") {
        yield chunk({}, openAIFinishReason(streamed.result.finishReason));
        if (input.includeUsage) yield data(usageChunk({ requestId: decision.id, created, model: modelId, usage: streamed.result.usage }));
        yield { data: "[DONE]" };
      } else if (streamed.type === "error") {
        yield data({
          error: {
            type: "provider_error",
            message: `${streamed.event.error.message} (stream ended after ${streamed.event.deliveredChars} characters)`,
            code: streamed.event.error.errorClass,
            request_id: decision.id,
          },
        });
      }
    }
  }
  return sseResponse({
    messages: messages(),
    onCancel: () => input.abort.abort(),
    failure: () => data({ error: { type: "internal_error", message: "The stream failed on the server." } }),
    headers: routerHeaders({ decision, modelId, provider, simulated }),
  });
}
