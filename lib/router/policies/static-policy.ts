import { describeCandidate, describeRequest } from "./describe-candidate";
import type { PolicyChoice, PolicyContext, RoutingPolicy } from "./routing-policy";

// The sketch's selector: the cheapest eligible model (lowest estimated cost of this request).
// Deterministic, so its propensity is 1.

export class StaticPolicy implements RoutingPolicy {
  readonly name = "static" as const;

  choose({ classification, candidates }: PolicyContext): PolicyChoice {
    return {
      ranking: candidates,
      explored: false,
      propensity: 1,
      reason: `Cheapest of ${candidates.length} eligible for ${describeRequest(classification)}: ${describeCandidate(candidates[0]!)}.`,
    };
  }
}
