import type { Candidate } from "../policies/routing-policy";

// "Cheapest" is the lowest estimated cost of this request (the sketch summed per-1k prices, which
// ranks a model with cheap input and expensive output wrongly for long prompts). Unpriced models
// (only present when allowed) rank after priced ones; ties go to higher quality, then lower latency.

export function compareByCost(left: Candidate, right: Candidate): number {
  const leftCost = left.estimate.costNano ?? Number.POSITIVE_INFINITY;
  const rightCost = right.estimate.costNano ?? Number.POSITIVE_INFINITY;
  if (leftCost !== rightCost) return leftCost < rightCost ? -1 : 1;
  if (left.model.qualityScore !== right.model.qualityScore) return right.model.qualityScore - left.model.qualityScore;
  return left.estimate.latencyMs - right.estimate.latencyMs;
}
