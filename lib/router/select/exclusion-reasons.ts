import { reservationAmountNano, type ReservationMode } from "../budget/reservation-amount";
import { nanoToUsd } from "../cost/money";
import type { Capability, CircuitView, ExclusionReason, ModelEstimate, ModelSpec, RouteConstraints } from "../types";
import { providerList } from "./route-constraints";

// Every reason a model is not eligible for one request, in EXCLUSION_REASONS order, each with a
// human-readable detail. Pure: the same inputs always give the same reasons.

export interface BudgetLimit {
  /** What is left of the hour's budget after spend and reservations, nano-USD. */
  remainingNano: number;
  /** What a call would reserve: a model is over budget when that amount does not fit. */
  reservation: ReservationMode;
}

export interface EligibilityRules {
  floor: number;
  capabilities: readonly Capability[];
  constraints: RouteConstraints;
  /** Constraints currently relaxed (dropped) by the `relax` option. */
  ignoreLatency: boolean;
  circuits?: CircuitView;
  budget?: BudgetLimit;
}

export interface Exclusion {
  reason: ExclusionReason;
  detail: string;
}

const usd = (value: number) => `$${value.toPrecision(3)}`;

export interface ModelUnderReview {
  model: ModelSpec;
  estimate: ModelEstimate;
}

export function exclusionsFor({ model, estimate }: ModelUnderReview, rules: EligibilityRules): Exclusion[] {
  const found: Exclusion[] = [];
  const { constraints } = rules;
  if (!model.enabled) found.push({ reason: "disabled", detail: "disabled in the registry" });
  if (model.qualityScore < rules.floor) {
    found.push({ reason: "below_quality", detail: `quality ${model.qualityScore} < floor ${rules.floor}` });
  }
  const missing = rules.capabilities.filter((capability) => !model.capabilities.includes(capability));
  if (missing.length > 0) found.push({ reason: "missing_capability", detail: `lacks ${missing.join(", ")}` });
  if (constraints.maxCostUsd !== undefined && estimate.costUsd !== null && estimate.costUsd > constraints.maxCostUsd) {
    found.push({ reason: "over_cost", detail: `estimated ${usd(estimate.costUsd)} > max_cost ${usd(constraints.maxCostUsd)}` });
  }
  if (!rules.ignoreLatency && constraints.maxLatencyMs !== undefined && estimate.latencyMs > constraints.maxLatencyMs) {
    found.push({ reason: "over_latency", detail: `latency ${estimate.latencyMs} ms > max_latency_ms ${constraints.maxLatencyMs}` });
  }
  const needed = estimate.inputTokens + estimate.outputTokens;
  if (needed > model.contextWindow) {
    found.push({ reason: "context_too_small", detail: `needs ${needed} tokens > context window ${model.contextWindow}` });
  }
  if (estimate.costNano === null && !constraints.allowUnpriced) {
    found.push({ reason: "unpriced", detail: "no price in the registry (allow_unpriced is off)" });
  }
  const providers = providerList(constraints.provider);
  if (providers && !providers.includes(model.provider)) {
    found.push({ reason: "provider_filtered", detail: `provider ${model.provider} not in [${providers.join(", ")}]` });
  }
  if (rules.circuits?.isOpen(model.id)) found.push({ reason: "circuit_open", detail: "circuit breaker open" });
  const reservedNano = rules.budget ? reservationAmountNano(estimate, rules.budget.reservation) : null;
  if (rules.budget && reservedNano !== null && reservedNano > rules.budget.remainingNano) {
    const what = rules.budget.reservation === "worst_case" ? `worst case ${usd(nanoToUsd(reservedNano))}` : `estimated ${usd(nanoToUsd(reservedNano))}`;
    found.push({ reason: "over_budget", detail: `${what} > ${usd(nanoToUsd(rules.budget.remainingNano))} left this hour` });
  }
  return found;
}
