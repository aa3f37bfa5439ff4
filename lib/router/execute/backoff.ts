import type { RandomSource } from "../types";

/**
 * The wait before retry number `retryIndex` (0 for the first retry). A provider's retry-after is
 * taken as given; otherwise exponential backoff with equal jitter: half the step is fixed (so
 * retries never bunch at zero), half is random (so clients that failed together spread out).
 */
export function retryDelayMs(input: {
  retryIndex: number;
  baseMs: number;
  maxMs: number;
  retryAfterMs: number | null;
  random: RandomSource;
}): number {
  if (input.retryAfterMs !== null) return input.retryAfterMs;
  const step = Math.min(input.maxMs, input.baseMs * 2 ** input.retryIndex);
  return Math.round(step / 2 + input.random() * (step / 2));
}
