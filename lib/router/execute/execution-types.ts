import type { TokenUsage } from "../cost/model-cost";
import type { ModelSpec } from "../types";
import type { ChatMessage } from "../providers/adapter";
import type { ErrorClass } from "../providers/error-class";
import type { AttemptBudget } from "./attempt-budget";
import type { ExecutionPolicyInput } from "./execution-policy";

export interface ExecutionRequest {
  messages: readonly ChatMessage[];
  /**
   * Models to try, in order: the selection's ranking (chosen first) or the candidates of
   * buildFallbackPlan (chosen model, then an explicit chain).
   */
  candidates: readonly ModelSpec[];
  maxOutputTokens?: number;
  temperature?: number;
  /** Prompt tokens if already counted (e.g. by the classifier); counted with gpt-tokenizer otherwise. */
  promptTokens?: number;
  /** Expected answer length for the pre-call cost estimate. */
  expectedOutputTokens?: number;
  signal?: AbortSignal;
  /** Per-request overrides of the executor's policy (timeouts, retries). */
  policy?: ExecutionPolicyInput;
  /** The request's worst-case budget reservation: each model is covered before its first call, or skipped. */
  budget?: AttemptBudget;
}

/** One try of one model, or one model skipped without a call. */
export interface AttemptRecord {
  modelId: string;
  provider: string;
  /** 1 for a model's first attempt, 2 for its first retry... */
  attempt: number;
  status: "success" | "error" | "skipped";
  httpStatus: number | null;
  errorClass: ErrorClass | null;
  /** Sanitised; never contains a key. */
  errorMessage: string | null;
  startedAt: number;
  latencyMs: number;
  usage: TokenUsage | null;
  costNano: number | null;
  costUsd: number | null;
  /** The usage (hence the cost) was estimated with the tokenizer because the provider reported none. */
  costEstimated: boolean;
  simulated: boolean;
  /** The wait taken before the next attempt of the same model, when this one was retried. */
  retryDelayMs: number | null;
}

export interface ExecutionResult {
  text: string;
  finishReason: string | null;
  modelId: string;
  provider: string;
  providerModel: string;
  simulated: boolean;
  /** Why the simulator answered, e.g. "no OPENAI_API_KEY". */
  simulationReason: string | null;
  /** Usage of the answering attempt. */
  usage: TokenUsage;
  usageReported: boolean;
  /** Actual cost of the request: every attempt's cost (failed attempts usually cost nothing). Null when unpriced. */
  costNano: number | null;
  costUsd: number | null;
  costEstimated: boolean;
  /** The pre-call estimate for the answering model (prompt tokens plus expected output). */
  estimatedCostNano: number | null;
  estimatedCostUsd: number | null;
  latencyMs: number;
  /** Streams only: from the start of the request (failed attempts included) to the first text. */
  timeToFirstTokenMs: number | null;
  attempts: AttemptRecord[];
}

export interface ExecutionErrorInfo {
  errorClass: ErrorClass;
  message: string;
  httpStatus: number | null;
  isRetryable: boolean;
}

export type StreamEvent =
  | {
      type: "start";
      modelId: string;
      provider: string;
      providerModel: string;
      simulated: boolean;
      simulationReason: string | null;
    }
  | { type: "delta"; text: string }
  | { type: "done"; result: ExecutionResult }
  | {
      type: "error";
      error: ExecutionErrorInfo;
      /** The model whose stream broke, or null when no model produced any text. */
      modelId: string | null;
      /** What the consumer already received before the failure: never a silent truncation. */
      deliveredChars: number;
      deliveredTokens: number;
      costNano: number | null;
      costUsd: number | null;
      costEstimated: boolean;
      latencyMs: number;
      timeToFirstTokenMs: number | null;
      attempts: AttemptRecord[];
    };
