import { z } from "zod";

const milliseconds = z.number().int().min(0).max(3_600_000);

/** How hard the executor tries. Every field has a default; callers override per executor or per request. */
export const executionPolicySchema = z.object({
  /** Retries of one model after its first attempt, for retryable failures only. */
  maxRetriesPerModel: z.number().int().min(0).max(10).default(2),
  /** Attempts across all models (skips not counted): bounds the work one request can cause. */
  maxAttempts: z.number().int().min(1).max(50).default(8),
  /** Exponential backoff: base * 2^retry, capped, with equal jitter (half fixed, half random). */
  backoffBaseMs: milliseconds.default(250),
  backoffMaxMs: milliseconds.default(8_000),
  /** A provider asking us to wait longer than this is skipped for the next model instead. */
  maxRetryAfterMs: milliseconds.default(20_000),
  /** One non-streaming attempt, request to complete body. */
  attemptTimeoutMs: milliseconds.min(1).default(60_000),
  /** A streaming attempt, request to first token. */
  firstTokenTimeoutMs: milliseconds.min(1).default(30_000),
  /** A stream that has started may pause this long between chunks. */
  streamIdleTimeoutMs: milliseconds.min(1).default(30_000),
  /** The whole request: every attempt, backoff and fallback. */
  timeoutMs: milliseconds.min(1).default(120_000),
});

export type ExecutionPolicy = z.infer<typeof executionPolicySchema>;
export type ExecutionPolicyInput = z.input<typeof executionPolicySchema>;

export const DEFAULT_EXECUTION_POLICY: ExecutionPolicy = executionPolicySchema.parse({});
