import { sseFrame, type ReplyPlan, type WireFormat, type WireResponse } from "./wire-format";

// Anthropic's Messages wire format: message bodies, the named SSE events (message_start,
// content_block_*, ping, message_delta, message_stop), `event: error` in streams, and
// `{ "type": "error", "error": { type, message }, "request_id" }` error bodies.

const ERROR_DEFAULTS: Readonly<Record<number, { type: string; message: string }>> = {
  400: { type: "invalid_request_error", message: "messages: at least one message is required" },
  401: { type: "authentication_error", message: "invalid x-api-key" },
  402: { type: "billing_error", message: "Your credit balance is too low to access the Anthropic API." },
  403: { type: "permission_error", message: "Your API key does not have permission to use the specified resource." },
  404: { type: "not_found_error", message: "model: not found" },
  408: { type: "timeout_error", message: "Request timed out" },
  409: { type: "conflict_error", message: "Conflict" },
  413: { type: "request_too_large", message: "Request exceeds the maximum allowed number of bytes." },
  429: { type: "rate_limit_error", message: "Number of request tokens has exceeded your per-minute rate limit." },
  500: { type: "api_error", message: "Internal server error" },
  529: { type: "overloaded_error", message: "Overloaded" },
};

function errorBody(status: number, type: string, message: string): WireResponse {
  const requestId = `req_fake_${status}`;
  return { status, headers: { "request-id": requestId }, body: { type: "error", error: { type, message }, request_id: requestId } };
}

function usageBody(plan: ReplyPlan, outputTokens: number) {
  return {
    input_tokens: plan.usage?.input ?? 0,
    cache_creation_input_tokens: plan.usage?.cacheWrite ?? 0,
    cache_read_input_tokens: plan.usage?.cached ?? 0,
    output_tokens: outputTokens,
    service_tier: "standard",
  };
}

export const anthropicWireFormat: WireFormat = {
  name: "anthropic",
  basePath: "",
  endpoint: "/v1/messages",
  defaultFinishReason: "end_turn",
  completionBody: (plan) => ({
    id: `msg_${plan.id}`,
    type: "message",
    role: "assistant",
    model: plan.model,
    content: [{ type: "text", text: plan.text }],
    stop_reason: plan.finishReason,
    stop_sequence: null,
    ...(plan.usage ? { usage: usageBody(plan, plan.usage.output) } : {}),
  }),
  streamPrelude: (plan) => [
    sseFrame(
      {
        type: "message_start",
        message: { id: `msg_${plan.id}`, type: "message", role: "assistant", model: plan.model, content: [], stop_reason: null, stop_sequence: null, ...(plan.usage ? { usage: usageBody(plan, 1) } : {}) },
      },
      "message_start",
    ),
    sseFrame({ type: "content_block_start", index: 0, content_block: { type: "text", text: "" } }, "content_block_start"),
    sseFrame({ type: "ping" }, "ping"),
  ],
  streamDelta: (_plan, text) => sseFrame({ type: "content_block_delta", index: 0, delta: { type: "text_delta", text } }, "content_block_delta"),
  streamFinale: (plan) => [
    sseFrame({ type: "content_block_stop", index: 0 }, "content_block_stop"),
    sseFrame(
      { type: "message_delta", delta: { stop_reason: plan.finishReason, stop_sequence: null }, ...(plan.usage ? { usage: { output_tokens: plan.usage.output } } : {}) },
      "message_delta",
    ),
    sseFrame({ type: "message_stop" }, "message_stop"),
  ],
  streamErrorEvent: () => sseFrame({ type: "error", error: { type: "overloaded_error", message: "Overloaded" } }, "error"),
  errorResponse(step): WireResponse {
    const defaults = ERROR_DEFAULTS[step.status] ?? { type: "api_error", message: `HTTP ${step.status}` };
    const reply = errorBody(step.status, step.errorType ?? defaults.type, step.message ?? defaults.message);
    if (step.status === 429) reply.headers["anthropic-ratelimit-requests-remaining"] = "0";
    return reply;
  },
  contextLengthResponse: (_model, promptTokens) => errorBody(400, "invalid_request_error", `prompt is too long: ${promptTokens} tokens > 200000 maximum`),
  authFailure: () => errorBody(401, "authentication_error", "invalid x-api-key"),
  // The SDK sends the key as a Bearer token; older clients send x-api-key.
  readKey: (headers) => {
    const apiKey = headers["x-api-key"];
    if (typeof apiKey === "string") return apiKey;
    return headers.authorization?.replace(/^Bearer\s+/i, "") ?? null;
  },
};
