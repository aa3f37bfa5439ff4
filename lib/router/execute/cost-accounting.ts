import { usageCostNano, type TokenUsage } from "../cost/model-cost";
import { nanoToUsd } from "../cost/money";
import type { ModelSpec } from "../types";
import { countTextTokens } from "../tokens/o200k-token-counter";
import type { AttemptRecord } from "./execution-types";

// Prices and rounding live in lib/router/cost; this file only decides which usage to price.

/** A typical chat answer's length, for the pre-call estimate when the caller has no better figure. */
export const DEFAULT_EXPECTED_OUTPUT_TOKENS = 256;

export function estimateCostNano(model: ModelSpec, promptTokens: number, expectedOutputTokens: number): number | null {
  return usageCostNano(model, { inputTokens: promptTokens, cachedInputTokens: 0, outputTokens: expectedOutputTokens });
}

/** Used when a provider reports no usage: the prompt as counted and the text actually received. */
export function estimatedUsage(promptTokens: number, receivedText: string): TokenUsage {
  return { inputTokens: promptTokens, cachedInputTokens: 0, outputTokens: countTextTokens(receivedText) };
}

export function pricedAttempt(model: ModelSpec, usage: TokenUsage | null): { costNano: number | null; costUsd: number | null } {
  // A call that produced no usage (an error before any output) was not billed.
  if (usage === null) return { costNano: 0, costUsd: 0 };
  const costNano = usageCostNano(model, usage);
  return { costNano, costUsd: costNano === null ? null : nanoToUsd(costNano) };
}

/** The request's actual cost: the sum of its attempts; unknown (null) if any billed attempt is unpriced. */
export function totalCost(attempts: readonly AttemptRecord[]): { costNano: number | null; costUsd: number | null; costEstimated: boolean } {
  let costNano: number | null = 0;
  let costEstimated = false;
  for (const attempt of attempts) {
    if (attempt.costEstimated) costEstimated = true;
    if (attempt.usage === null) continue;
    costNano = attempt.costNano === null || costNano === null ? null : costNano + attempt.costNano;
  }
  return { costNano, costUsd: costNano === null ? null : nanoToUsd(costNano), costEstimated };
}
