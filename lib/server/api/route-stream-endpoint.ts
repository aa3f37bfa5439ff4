import type { RouteStreamError } from "@/lib/schemas/route";
import type { AppServices } from "@/lib/server/app-services";
import { sseResponse, type SseMessage } from "@/lib/server/http/sse";
import { startStream, streamRouted } from "@/lib/server/routing/stream-routed";
import type { RoutedRequest } from "@/lib/server/routing/route-input";
import { routeResponse, routeStreamDecision } from "@/lib/server/routing/route-response";
import { attemptToWire } from "@/lib/server/routing/wire-attempts";
import { isSimulated } from "@/lib/server/routing/simulation-status";

// POST /v1/route with stream: true. Events, in order: decision (as soon as the model is chosen),
// start (the model that answers, after any silent fallback before the first token), delta…, then
// exactly one of done (a RouteResponse, sent after the request is committed) or error (how much
// was delivered, and every attempt). The request's row exists, as in_progress, before the first
// event is sent.

const event = (name: string, data: unknown): SseMessage => ({ event: name, data: JSON.stringify(data) });

export async function streamRouteResponse(input: { routed: RoutedRequest; services: AppServices; abort: AbortController }): Promise<Response> {
  const { routed, services } = input;
  const { decision } = routed;
  await startStream(routed, services.completion);
  async function* messages(): AsyncGenerator<SseMessage> {
    yield event("decision", routeStreamDecision(decision, isSimulated(services, decision.model.id)));
    for await (const streamed of streamRouted(routed, services.completion)) {
      if (streamed.type === "start") {
        const { modelId, provider, providerModel, simulated, simulationReason } = streamed.event;
        yield event("start", { model: modelId, provider, provider_model: providerModel, simulated, simulation_reason: simulationReason });
      } else if (streamed.type === "delta") {
        yield event("delta", { text: streamed.text });
      } else if (streamed.type === "done") {
        yield event("done", routeResponse({ decision, record: streamed.record, result: streamed.result }));
      } else {
        const failure: RouteStreamError = {
          request_id: decision.id,
          error: { type: "provider_error", message: streamed.event.error.message },
          model: streamed.event.modelId,
          delivered_chars: streamed.event.deliveredChars,
          delivered_tokens: streamed.event.deliveredTokens,
          attempts: streamed.event.attempts.map(attemptToWire),
        };
        yield event("error", failure);
      }
    }
  }
  return sseResponse({
    messages: messages(),
    onCancel: () => input.abort.abort(),
    failure: () => event("error", { request_id: decision.id, error: { type: "internal_error", message: "The stream failed on the server." }, model: null, delivered_chars: 0, delivered_tokens: 0, attempts: [] }),
    headers: { "x-router-request-id": decision.id },
  });
}
