import { createPolicy } from "@/lib/router/policies/create-policy";
import { BudgetPolicy } from "@/lib/router/policies/budget-policy";
import { LearnedPolicy } from "@/lib/router/policies/learned-policy";
import type { RoutingPolicy } from "@/lib/router/policies/routing-policy";
import { StaticPolicy } from "@/lib/router/policies/static-policy";
import type { RegistryView } from "@/lib/router/registry/model-registry";
import { Router } from "@/lib/router/router";
import type { TokenEstimator } from "@/lib/router/tokens/token-estimator";
import type { CircuitView, Classifier, Clock, QualityPredictor, RandomSource } from "@/lib/router/types";
import type { SqlBudgetStore } from "@/lib/server/budget/sql-budget-store";
import type { SqlAdaptiveStatsStore } from "@/lib/server/learning/sql-stats-store";
import type { SqlOutputTokenHistory } from "@/lib/server/learning/sql-output-token-history";
import type { SettingsSnapshot } from "@/lib/server/settings/settings-store";

// Builds the router for the current settings: every policy a request may name (static, adaptive
// with the configured bandit, budget with threshold or pacing, learned when a predictor is loaded),
// the shared stores, the hourly budget and the circuit breakers. Rebuilt when the settings change.
// Decisions are not counted by the router (`recordDecisions: false`): the request writer counts
// them in the same transaction as the request.

export interface RouterDependencies {
  registry: RegistryView;
  /** Classifies when a caller gives no classification of its own (the route service always gives one). */
  classifier: Classifier;
  stats: SqlAdaptiveStatsStore;
  outputHistory: SqlOutputTokenHistory;
  budgetStore: SqlBudgetStore;
  circuits: CircuitView;
  tokens: TokenEstimator;
  clock: Clock;
  random: RandomSource;
  predictor?: QualityPredictor;
}

function buildPolicies(settings: SettingsSnapshot, dependencies: Pick<RouterDependencies, "stats" | "predictor">): RoutingPolicy[] {
  const { routing, budget } = settings;
  const adaptive = createPolicy(
    {
      name: "adaptive",
      algorithm: routing.adaptive_algorithm,
      explorationRate: routing.exploration_rate,
      minObservations: routing.min_observations,
      weights: { latencyWeight: routing.latency_weight },
    },
    { stats: dependencies.stats },
  );
  const policies: RoutingPolicy[] = [new StaticPolicy(), adaptive, new BudgetPolicy({ mode: budget.pacing ? "pacing" : "threshold" })];
  if (dependencies.predictor) policies.push(new LearnedPolicy({ predictor: dependencies.predictor, costWeight: routing.learned_lambda }));
  return policies;
}

export function buildRouter(settings: SettingsSnapshot, dependencies: RouterDependencies): Router {
  const policies = buildPolicies(settings, dependencies);
  const defaultPolicy = policies.find((policy) => policy.name === settings.routing.default_policy) ?? policies[0]!;
  return new Router({
    registry: dependencies.registry,
    classifier: dependencies.classifier,
    policy: defaultPolicy,
    policies,
    clock: dependencies.clock,
    random: dependencies.random,
    stats: dependencies.stats,
    outputHistory: dependencies.outputHistory,
    budget: {
      store: dependencies.budgetStore,
      hourlyBudgetUsd: settings.budget.hourly_budget,
      onExhausted: settings.budget.on_exhausted,
      reservation: settings.budget.reservation,
    },
    circuits: dependencies.circuits,
    tokens: dependencies.tokens,
    recordDecisions: false,
  });
}
