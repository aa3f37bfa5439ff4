import type { AttemptBudget } from "@/lib/router/execute/attempt-budget";
import type { ChatMessage } from "@/lib/router/providers/adapter";
import type { Capability, ClassifierName, ModelSpec, PolicyName, RouteConstraints, RouteDecision } from "@/lib/router/types";
import type { RequestEndpoint } from "@/lib/server/requests/request-record";

// What the route service works on, whichever endpoint the request came through.

/** Who sent a request: the label of their API key (never the key). */
export interface Caller {
  apiKeyLabel: string;
}

export interface RouteInput {
  endpoint: RequestEndpoint;
  /** The text that is classified and stored: the prompt, or the conversation's last user message. */
  prompt: string;
  systemPrompt: string | null;
  /** What the model is sent. */
  messages: readonly ChatMessage[];
  constraints?: RouteConstraints;
  /** Capabilities beyond the task type's (e.g. json for response_format). */
  requiredCapabilities?: readonly Capability[];
  classifier?: ClassifierName;
  policy?: PolicyName;
  execute: boolean;
  stream: boolean;
  maxOutputTokens?: number;
  temperature?: number;
  /** Models to try after the chosen one instead of the rest of the ranking. */
  fallbackChain?: readonly string[];
  /** A registered model the caller named (chat completions): no routing, only its fallbacks. */
  pinnedModelId?: string;
  caller: Caller;
  signal?: AbortSignal;
}

/** A request that has its decision (and its budget reservation): ready to call a model. */
export interface RoutedRequest {
  input: RouteInput;
  decision: RouteDecision;
  /** Models to try, in order (the chosen one first). */
  candidates: readonly ModelSpec[];
  /** Grows the reservation to each model's worst case before its first call (worst-case reservations only). */
  budget?: AttemptBudget;
  startedAtMs: number;
}
