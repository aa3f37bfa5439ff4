import type { LoggedDecision } from "../learning/off-policy-estimator";
import type { RandomSource } from "../types";
import type { PolicyContext, RoutingPolicy } from "./routing-policy";

// Target probabilities for off-policy evaluation of a RoutingPolicy on logged contexts (the
// candidates and classification each decision saw). Deterministic policies give 1 or 0; stochastic
// ones are replayed `samples` times and the share of replays that pick the logged model is used.

export type ReplayContext = Omit<PolicyContext, "random">;

export interface ReplayOptions {
  policy: RoutingPolicy;
  random: RandomSource;
  samples?: number;
}

export function replayTargetProbability({ policy, random, samples = 200 }: ReplayOptions) {
  const deterministic = policy.name === "static" || policy.name === "budget" || policy.name === "learned";
  const runs = deterministic ? 1 : samples;
  return (log: LoggedDecision<ReplayContext>): number => {
    let hits = 0;
    for (let run = 0; run < runs; run++) {
      if (policy.choose({ ...log.context, random }).ranking[0]?.model.id === log.chosenModelId) hits++;
    }
    return hits / runs;
  };
}
