// The sketch's exploitation score, shared by both bandits so they optimise the same thing:
//   score = quality × success rate ÷ cost^costExponent ÷ (1 + latency in seconds)^latencyWeight
// with the estimated cost of this request (not per-1k prices). costExponent 1 and latencyWeight 0
// reproduce the sketch; a lower costExponent trades more money for quality.

export interface ScoreWeights {
  costExponent: number;
  latencyWeight: number;
}

export const DEFAULT_SCORE_WEIGHTS: ScoreWeights = { costExponent: 1, latencyWeight: 0 };

/** Keeps free (zero-cost) models from dividing by zero: one nano-dollar per million tokens, in USD. */
const COST_FLOOR_USD = 1e-9;

export interface ScoreInput {
  quality: number;
  successRate: number;
  costUsd: number;
  latencyMs: number;
}

export function adaptiveScore(input: ScoreInput, weights: ScoreWeights): number {
  const costTerm = Math.max(input.costUsd, COST_FLOOR_USD) ** weights.costExponent;
  const latencyTerm = (1 + input.latencyMs / 1_000) ** weights.latencyWeight;
  return (input.quality * input.successRate) / costTerm / latencyTerm;
}
