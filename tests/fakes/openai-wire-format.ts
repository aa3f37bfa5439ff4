import { maskKey, sseFrame, type ReplyPlan, type WireFormat, type WireResponse } from "./wire-format";

// OpenAI's Chat Completions wire format as the public API sends it: bodies, SSE chunks ending in
// `data: [DONE]`, and `{ "error": { message, type, param, code } }` error bodies with the status
// conventions of api.openai.com (x-request-id, retry-after and x-ratelimit-* on 429).

const ERROR_DEFAULTS: Readonly<Record<number, { type: string; code: string | null; message: string }>> = {
  400: { type: "invalid_request_error", code: null, message: "Invalid request: 'messages' must be a non-empty array." },
  401: { type: "invalid_request_error", code: "invalid_api_key", message: "Incorrect API key provided." },
  403: { type: "invalid_request_error", code: "unsupported_country_region_territory", message: "Country, region, or territory not supported" },
  404: { type: "invalid_request_error", code: "model_not_found", message: "The model does not exist or you do not have access to it." },
  408: { type: "server_error", code: null, message: "Request timed out." },
  409: { type: "invalid_request_error", code: null, message: "Another request is modifying this resource." },
  429: { type: "requests", code: "rate_limit_exceeded", message: "Rate limit reached for requests. Please try again in 1s." },
  500: { type: "server_error", code: null, message: "The server had an error while processing your request. Sorry about that!" },
  502: { type: "server_error", code: null, message: "Bad gateway." },
  503: { type: "server_error", code: null, message: "The engine is currently overloaded, please try again later." },
};

function usageBody(plan: ReplyPlan) {
  if (!plan.usage) return undefined;
  return {
    prompt_tokens: plan.usage.input,
    completion_tokens: plan.usage.output,
    total_tokens: plan.usage.input + plan.usage.output + plan.usage.uncountedThoughts,
    prompt_tokens_details: { cached_tokens: plan.usage.cached, audio_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: plan.usage.reasoning, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
  };
}

function chunk(plan: ReplyPlan, choices: unknown[], extra: Record<string, unknown> = {}) {
  return sseFrame({ id: plan.id, object: "chat.completion.chunk", created: 1_764_000_000, model: plan.model, system_fingerprint: "fp_fake", choices, ...extra });
}

export const openAIWireFormat: WireFormat = {
  name: "openai",
  basePath: "/v1",
  endpoint: "/v1/chat/completions",
  defaultFinishReason: "stop",
  completionBody: (plan) => ({
    id: plan.id,
    object: "chat.completion",
    created: 1_764_000_000,
    model: plan.model,
    choices: [{ index: 0, message: { role: "assistant", content: plan.text, refusal: null, annotations: [] }, logprobs: null, finish_reason: plan.finishReason }],
    ...(plan.usage ? { usage: usageBody(plan) } : {}),
    service_tier: "default",
    system_fingerprint: "fp_fake",
  }),
  streamPrelude: (plan) => [chunk(plan, [{ index: 0, delta: { role: "assistant", content: "", refusal: null }, logprobs: null, finish_reason: null }])],
  streamDelta: (plan, text) => chunk(plan, [{ index: 0, delta: { content: text }, logprobs: null, finish_reason: null }]),
  streamFinale: (plan) => [
    chunk(plan, [{ index: 0, delta: {}, logprobs: null, finish_reason: plan.finishReason }]),
    ...(plan.usage && plan.streamUsageRequested ? [chunk(plan, [], { usage: usageBody(plan) })] : []),
    sseFrame("[DONE]"),
  ],
  streamErrorEvent: () => sseFrame({ error: { message: "The server had an error while processing your request.", type: "server_error", param: null, code: null } }),
  errorResponse(step, model): WireResponse {
    const defaults = ERROR_DEFAULTS[step.status] ?? { type: "server_error", code: null, message: `HTTP ${step.status}` };
    const headers: Record<string, string> = { "x-request-id": `req_fake_${step.status}` };
    if (step.status === 429) Object.assign(headers, { "x-ratelimit-limit-requests": "500", "x-ratelimit-remaining-requests": "0" });
    return {
      status: step.status,
      headers,
      body: {
        error: {
          message: (step.message ?? defaults.message).replace("The model", `The model \`${model}\``),
          type: step.errorType ?? defaults.type,
          param: null,
          code: step.code ?? defaults.code,
        },
      },
    };
  },
  contextLengthResponse: (_model, promptTokens) => ({
    status: 400,
    headers: { "x-request-id": "req_fake_context" },
    body: {
      error: {
        message: `This model's maximum context length is 128000 tokens. However, your messages resulted in ${promptTokens} tokens. Please reduce the length of the messages.`,
        type: "invalid_request_error",
        param: "messages",
        code: "context_length_exceeded",
      },
    },
  }),
  // api.openai.com quotes the key it received, masked, in the message.
  authFailure: (receivedKey) => ({
    status: 401,
    headers: { "x-request-id": "req_fake_auth" },
    body: {
      error: {
        message: `Incorrect API key provided: ${maskKey(receivedKey ?? "")}. You can find your API key at https://platform.openai.com/account/api-keys.`,
        type: "invalid_request_error",
        param: null,
        code: "invalid_api_key",
      },
    },
  }),
  readKey: (headers) => headers.authorization?.replace(/^Bearer\s+/i, "") ?? null,
};
