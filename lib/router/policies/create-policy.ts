import { z } from "zod";
import type { AdaptiveStatsStore } from "../learning/adaptive-stats-store";
import type { QualityPredictor } from "../types";
import { BudgetPolicy } from "./budget-policy";
import { EpsilonGreedyPolicy } from "./epsilon-greedy-policy";
import { LearnedPolicy } from "./learned-policy";
import type { RoutingPolicy } from "./routing-policy";
import { StaticPolicy } from "./static-policy";
import { ThompsonSamplingPolicy } from "./thompson-sampling-policy";

// Policies from configuration (settings page, env): the serialisable part is a zod-validated
// object; the learned policy's predictor and the stats store are passed in.

const weightsSchema = z
  .object({ costExponent: z.number().min(0).max(2).optional(), latencyWeight: z.number().min(0).max(5).optional() })
  .strict();

export const policyConfigSchema = z.discriminatedUnion("name", [
  z.object({ name: z.literal("static") }).strict(),
  z
    .object({
      name: z.literal("adaptive"),
      algorithm: z.enum(["epsilon_greedy", "thompson"]).default("epsilon_greedy"),
      explorationRate: z.number().min(0).max(1).optional(),
      minObservations: z.number().int().min(0).optional(),
      priorStrength: z.number().positive().optional(),
      propensitySamples: z.number().int().min(1).max(10_000).optional(),
      weights: weightsSchema.optional(),
    })
    .strict(),
  z.object({ name: z.literal("budget"), mode: z.enum(["threshold", "pacing"]).default("threshold") }).strict(),
  z.object({ name: z.literal("learned"), costWeight: z.number().min(0).optional() }).strict(),
]);
export type PolicyConfig = z.input<typeof policyConfigSchema>;

export interface PolicyDependencies {
  stats: AdaptiveStatsStore;
  predictor?: QualityPredictor;
}

export function createPolicy(config: PolicyConfig, dependencies: PolicyDependencies): RoutingPolicy {
  const parsed = policyConfigSchema.parse(config);
  switch (parsed.name) {
    case "static":
      return new StaticPolicy();
    case "budget":
      return new BudgetPolicy({ mode: parsed.mode });
    case "learned":
      if (!dependencies.predictor) throw new Error("The learned policy needs a QualityPredictor");
      return new LearnedPolicy({ predictor: dependencies.predictor, costWeight: parsed.costWeight });
    case "adaptive":
      return parsed.algorithm === "thompson"
        ? new ThompsonSamplingPolicy({
            stats: dependencies.stats,
            priorStrength: parsed.priorStrength,
            propensitySamples: parsed.propensitySamples,
            weights: parsed.weights,
          })
        : new EpsilonGreedyPolicy({
            stats: dependencies.stats,
            explorationRate: parsed.explorationRate,
            minObservations: parsed.minObservations,
            weights: parsed.weights,
          });
  }
}
