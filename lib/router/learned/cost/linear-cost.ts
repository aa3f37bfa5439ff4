import { z } from "zod";

// What one call of a model is expected to cost for a prompt, before it is made: a fixed part (the
// expected output, billed whatever the prompt) plus a part proportional to the prompt's length.
// Fitted on benchmark rows that carry per-call costs, or derived from list prices when they don't.

export const linearCostSchema = z.object({
  fixedUsd: z.number().finite().nonnegative(),
  usdPerCharacter: z.number().finite().nonnegative(),
});
export type LinearCost = z.infer<typeof linearCostSchema>;

export function estimateCallCost(cost: LinearCost, promptCharacters: number): number {
  return cost.fixedUsd + cost.usdPerCharacter * promptCharacters;
}

/**
 * Least-squares fit of cost on prompt length for one model; a negative coefficient (possible on
 * tiny or odd samples) is dropped and the other refitted, so estimates never go below zero.
 */
export function fitLinearCost(samples: readonly { characters: number; usd: number }[]): LinearCost {
  if (samples.length === 0) throw new RangeError("cannot fit a cost model without samples");
  const count = samples.length;
  const meanX = samples.reduce((sum, sample) => sum + sample.characters, 0) / count;
  const meanY = samples.reduce((sum, sample) => sum + sample.usd, 0) / count;
  let covariance = 0;
  let variance = 0;
  for (const sample of samples) {
    covariance += (sample.characters - meanX) * (sample.usd - meanY);
    variance += (sample.characters - meanX) ** 2;
  }
  const slope = variance > 0 ? covariance / variance : 0;
  const intercept = meanY - slope * meanX;
  if (slope <= 0) return { fixedUsd: Math.max(0, meanY), usdPerCharacter: 0 };
  if (intercept < 0) {
    // Through the origin: slope = Σxy / Σx².
    const xy = samples.reduce((sum, sample) => sum + sample.characters * sample.usd, 0);
    const xx = samples.reduce((sum, sample) => sum + sample.characters ** 2, 0);
    return { fixedUsd: 0, usdPerCharacter: xx > 0 ? Math.max(0, xy / xx) : 0 };
  }
  return { fixedUsd: intercept, usdPerCharacter: slope };
}
