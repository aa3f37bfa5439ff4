import type { MetricsResponse, TimeseriesResponse } from "@/lib/schemas/metrics";

// Chart-ready figures for the spend page, computed from the API's timeseries and metrics. Pure, so
// the savings arithmetic is tested without a browser.

type Point = TimeseriesResponse["points"][number];

export interface SpendPoint {
  start: string;
  cost: number;
  budget: number | null;
  overBudget: boolean;
  counterfactualCost: number;
  /** Running totals since the start of the window. */
  cumulativeCost: number;
  cumulativeCounterfactualCost: number;
  /** Savings against always sending to the best model, cumulative over the window so far, in percent. */
  cumulativeSavingsPercent: number | null;
  requests: number;
  p50LatencyMs: number | null;
  p95LatencyMs: number | null;
}

export function toSpendSeries(points: readonly Point[]): SpendPoint[] {
  let cost = 0;
  let counterfactual = 0;
  return points.map((point) => {
    cost += point.cost;
    counterfactual += point.counterfactual_cost;
    return {
      start: point.start,
      cost: point.cost,
      budget: point.budget,
      overBudget: point.budget !== null && point.cost > point.budget,
      counterfactualCost: point.counterfactual_cost,
      cumulativeCost: cost,
      cumulativeCounterfactualCost: counterfactual,
      cumulativeSavingsPercent: counterfactual > 0 ? (1 - cost / counterfactual) * 100 : null,
      requests: point.requests,
      p50LatencyMs: point.p50_latency_ms,
      p95LatencyMs: point.p95_latency_ms,
    };
  });
}

export interface SpendScale {
  /** Top of the spend axis, USD. */
  max: number;
  /** The budget line is far above every bar, so the axis follows spend and the budget is stated instead. */
  budgetOffScale: boolean;
  budget: number | null;
}

/** The smallest 1, 2, 2.5 or 5 × 10^k at or above the value, so axis ticks are round numbers. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * magnitude >= value * (1 - 1e-12)) ?? 10;
  return Number((step * magnitude).toPrecision(12));
}

// Below this share of the budget the bars would be invisible next to the budget line.
const OFF_SCALE_SHARE = 0.05;

/** The spend axis: up to the budget when spend is comparable to it, else up to the spend itself. */
export function spendScale(series: readonly SpendPoint[]): SpendScale {
  const spend = Math.max(0, ...series.map((point) => point.cost));
  const budgets = series.map((point) => point.budget).filter((budget): budget is number => budget !== null);
  const budget = budgets.length > 0 ? Math.max(...budgets) : null;
  if (budget === null) return { max: niceCeiling(spend * 1.1), budgetOffScale: false, budget };
  if (spend > 0 && spend < budget * OFF_SCALE_SHARE) return { max: niceCeiling(spend * 1.1), budgetOffScale: true, budget };
  return { max: niceCeiling(Math.max(spend, budget) * 1.1), budgetOffScale: false, budget };
}

export interface SeriesTotals {
  cost: number;
  counterfactualCost: number;
  savedUsd: number;
  requests: number;
}

export function seriesTotals(points: readonly Point[]): SeriesTotals {
  const cost = points.reduce((sum, point) => sum + point.cost, 0);
  const counterfactualCost = points.reduce((sum, point) => sum + point.counterfactual_cost, 0);
  const requests = points.reduce((sum, point) => sum + point.requests, 0);
  return { cost, counterfactualCost, savedUsd: counterfactualCost - cost, requests };
}

export type DistributionDimension = "model" | "provider";
export type DistributionMeasure = "requests" | "cost";

export interface DistributionEntry {
  name: string;
  value: number;
  /** In [0, 1] of the total; 0 when the total is 0. */
  share: number;
}

/** Requests or cost per model or provider, largest first (ties by name). */
export function distributionEntries(metrics: MetricsResponse, dimension: DistributionDimension, measure: DistributionMeasure): DistributionEntry[] {
  const values: [string, number][] =
    dimension === "provider"
      ? Object.entries(metrics.provider_distribution).map(([name, entry]) => [name, entry[measure]])
      : measure === "requests"
        ? Object.entries(metrics.model_distribution)
        : Object.entries(metrics.cost_by_model);
  const total = values.reduce((sum, [, value]) => sum + value, 0);
  return values
    .map(([name, value]) => ({ name, value, share: total > 0 ? value / total : 0 }))
    .sort((left, right) => right.value - left.value || left.name.localeCompare(right.name));
}
