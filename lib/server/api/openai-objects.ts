import type { TokenUsage } from "@/lib/router/cost/model-cost";
import type { RouteDecision } from "@/lib/router/types";
import { ROUTER_HEADERS } from "@/lib/schemas/chat-completions";

// OpenAI Chat Completions objects (chat.completion and chat.completion.chunk) as the official SDK
// parses them, and the x-router-* headers that carry the routing decision beside them.

export type FinishReason = "stop" | "length";

export function openAIFinishReason(reason: string | null): FinishReason {
  return reason === "length" || reason === "max_tokens" ? "length" : "stop";
}

function completionId(requestId: string): string {
  return `chatcmpl-${requestId}`;
}

function openAIUsage(usage: TokenUsage) {
  return {
    prompt_tokens: usage.inputTokens,
    completion_tokens: usage.outputTokens,
    total_tokens: usage.inputTokens + usage.outputTokens,
    prompt_tokens_details: { cached_tokens: usage.cachedInputTokens },
  };
}

export function chatCompletion(input: { requestId: string; created: number; model: string; text: string; finishReason: string | null; usage: TokenUsage }) {
  return {
    id: completionId(input.requestId),
    object: "chat.completion" as const,
    created: input.created,
    model: input.model,
    choices: [
      {
        index: 0,
        message: { role: "assistant" as const, content: input.text, refusal: null },
        logprobs: null,
        finish_reason: openAIFinishReason(input.finishReason),
      },
    ],
    usage: openAIUsage(input.usage),
    system_fingerprint: null,
  };
}

export function chatChunk(input: {
  requestId: string;
  created: number;
  model: string;
  delta: { role?: "assistant"; content?: string };
  finishReason: FinishReason | null;
}) {
  return {
    id: completionId(input.requestId),
    object: "chat.completion.chunk" as const,
    created: input.created,
    model: input.model,
    choices: [{ index: 0, delta: input.delta, logprobs: null, finish_reason: input.finishReason }],
    system_fingerprint: null,
  };
}

/** The final usage chunk (stream_options.include_usage): no choices. */
export function usageChunk(input: { requestId: string; created: number; model: string; usage: TokenUsage }) {
  return {
    id: completionId(input.requestId),
    object: "chat.completion.chunk" as const,
    created: input.created,
    model: input.model,
    choices: [],
    usage: openAIUsage(input.usage),
    system_fingerprint: null,
  };
}

/** Header values must be Latin-1: anything else (×, ≥ in a reason) is percent-encoded. */
function headerSafe(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, (character) => encodeURIComponent(character));
}

export function routerHeaders(input: { decision: RouteDecision; modelId: string; provider: string; simulated: boolean }): Record<string, string> {
  const { decision } = input;
  return {
    [ROUTER_HEADERS.requestId]: decision.id,
    [ROUTER_HEADERS.model]: input.modelId,
    [ROUTER_HEADERS.provider]: input.provider,
    [ROUTER_HEADERS.complexity]: decision.classification.complexity,
    [ROUTER_HEADERS.taskType]: decision.classification.taskType,
    [ROUTER_HEADERS.reason]: headerSafe(decision.reason),
    [ROUTER_HEADERS.simulated]: String(input.simulated),
    [ROUTER_HEADERS.estimatedCost]: decision.estimatedCostUsd === null ? "unpriced" : String(decision.estimatedCostUsd),
    [ROUTER_HEADERS.explored]: String(decision.explored),
  };
}
