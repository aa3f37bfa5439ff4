import type { RouteBodyInput } from "@/lib/schemas/route";
import { routeResponseSchema } from "@/lib/schemas/route";
import { ApiError, apiErrorFromBody } from "./api-error";
import { parseBody, send } from "./http";
import { parseRouteStreamEvent, type RouteStreamEvent } from "./route-stream-event";
import { createSseParser } from "./sse-parser";

/**
 * POST /v1/route with stream: true, read with fetch and a ReadableStream: yields each event as it
 * arrives. Ends after `done` or `error`; a stream that stops before either is reported as an
 * error, never as a silently shorter answer.
 */
export async function* streamRoute(body: RouteBodyInput, signal?: AbortSignal): AsyncGenerator<RouteStreamEvent> {
  const response = await send({ path: "/v1/route", method: "POST", body: { ...body, stream: true }, signal }, "text/event-stream");
  if (!response.ok) throw apiErrorFromBody(response.status, await response.text());
  if (!(response.headers.get("content-type") ?? "").includes("text/event-stream")) {
    // A server that answered the whole thing at once is still a valid answer.
    yield { type: "done", response: parseBody(routeResponseSchema, await response.text(), "/v1/route") };
    return;
  }
  if (!response.body) throw truncated();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const parser = createSseParser();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      for (const received of parser.push(value)) {
        const event = parseRouteStreamEvent(received);
        if (!event) continue;
        yield event;
        if (event.type === "done" || event.type === "error") return;
      }
    }
  } finally {
    // Stops the download when the consumer leaves early (done, error, or the user cancelled).
    void reader.cancel().catch(() => undefined);
  }
  throw truncated();
}

function truncated(): ApiError {
  return new ApiError({ status: 200, type: "stream_interrupted", message: "The answer stream ended before the server said it was complete." });
}
