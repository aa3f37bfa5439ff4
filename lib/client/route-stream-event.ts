import {
  routeResponseSchema,
  routeStreamDecisionSchema,
  routeStreamDeltaSchema,
  routeStreamErrorSchema,
  routeStreamStartSchema,
  type RouteResponse,
  type RouteStreamDecision,
  type RouteStreamError,
  type RouteStreamStart,
} from "@/lib/schemas/route";
import { ApiError } from "./api-error";
import type { ServerSentEvent } from "./sse-parser";

// The events of POST /v1/route with stream: true (see lib/schemas/route.ts), typed and validated.

export type RouteStreamEvent =
  | { type: "decision"; decision: RouteStreamDecision }
  | { type: "start"; start: RouteStreamStart }
  | { type: "delta"; text: string }
  | { type: "done"; response: RouteResponse }
  | { type: "error"; failure: RouteStreamError };

function parseData<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, event: ServerSentEvent): T {
  let json: unknown;
  try {
    json = JSON.parse(event.data);
  } catch {
    throw invalidEvent(event.event, "its data is not JSON");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw invalidEvent(event.event, "its data has an unexpected shape");
  return parsed.data;
}

function invalidEvent(name: string, why: string): ApiError {
  return new ApiError({ status: 200, type: "invalid_response", message: `The answer stream sent a "${name}" event that cannot be read: ${why}.` });
}

/** Types one received event; unknown event names (future additions, keep-alives) give undefined. */
export function parseRouteStreamEvent(event: ServerSentEvent): RouteStreamEvent | undefined {
  switch (event.event) {
    case "decision":
      return { type: "decision", decision: parseData(routeStreamDecisionSchema, event) };
    case "start":
      return { type: "start", start: parseData(routeStreamStartSchema, event) };
    case "delta":
      return { type: "delta", text: parseData(routeStreamDeltaSchema, event).text };
    case "done":
      return { type: "done", response: parseData(routeResponseSchema, event) };
    case "error":
      return { type: "error", failure: parseData(routeStreamErrorSchema, event) };
    default:
      return undefined;
  }
}
