import type { IncomingHttpHeaders } from "node:http";
import type { FakeStep } from "./fake-steps";

/** Everything a format needs to render one successful answer. */
export interface ReplyPlan {
  id: string;
  model: string;
  text: string;
  chunks: string[];
  usage: { input: number; output: number; cached: number; cacheWrite: number; reasoning: number; uncountedThoughts: number } | null;
  finishReason: string | null;
  /** OpenAI sends a usage chunk only when asked (stream_options.include_usage). */
  streamUsageRequested: boolean;
}

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  /** Serialised as JSON unless it is already a string. */
  body: unknown;
}

/** One provider's wire format: paths, bodies, SSE frames and error shapes. */
export interface WireFormat {
  name: string;
  /** What a client's base URL ends with, e.g. "/v1" for OpenAI-style servers. */
  basePath: string;
  endpoint: string;
  defaultFinishReason: string;
  completionBody(plan: ReplyPlan): unknown;
  streamPrelude(plan: ReplyPlan): string[];
  streamDelta(plan: ReplyPlan, text: string): string;
  streamFinale(plan: ReplyPlan): string[];
  /** The provider's in-stream error event (e.g. Anthropic's `event: error` overloaded_error). */
  streamErrorEvent(plan: ReplyPlan): string;
  errorResponse(step: Extract<FakeStep, { kind: "error" }>, model: string): WireResponse;
  contextLengthResponse(model: string, promptTokens: number): WireResponse;
  authFailure(receivedKey: string | null): WireResponse;
  readKey(headers: IncomingHttpHeaders): string | null;
}

export function sseFrame(data: unknown, event?: string): string {
  const payload = typeof data === "string" ? data : JSON.stringify(data);
  return `${event ? `event: ${event}\n` : ""}data: ${payload}\n\n`;
}

/** Keys are quoted the way providers quote them in 401s: first and last few characters only. */
export function maskKey(key: string): string {
  return key.length <= 8 ? "****" : `${key.slice(0, 3)}${"*".repeat(Math.max(key.length - 7, 4))}${key.slice(-4)}`;
}
