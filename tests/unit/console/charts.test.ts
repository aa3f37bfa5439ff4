import { describe, expect, it } from "vitest";
import { heatmapLevel, HEATMAP_LEVELS, layoutHeatmap, metricDomain, metricValue } from "@/lib/client/heatmap";
import { countActiveFilters, filtersFromSearchParams, filtersToQueryString, requestListPath } from "@/lib/client/request-filters";
import { distributionEntries, niceCeiling, seriesTotals, spendScale, toSpendSeries } from "@/lib/client/spend-series";
import type { MetricsResponse } from "@/lib/schemas/metrics";
import { performanceRow } from "./fixtures";

describe("heatmap", () => {
  it("lays out groups in vocabulary order (complexity, then task type) and models alphabetically", () => {
    const layout = layoutHeatmap([
      performanceRow({ complexity: "expert", task_type: "code", model: "b" }),
      performanceRow({ complexity: "simple", task_type: "code", model: "a" }),
      performanceRow({ complexity: "simple", task_type: "qa", model: "b" }),
    ]);
    expect(layout.models).toEqual(["a", "b"]);
    expect(layout.groups.map((group) => `${group.complexity}/${group.taskType}`)).toEqual(["simple/qa", "simple/code", "expert/code"]);
  });

  it("makes the best cell darkest whichever way the metric points", () => {
    expect(heatmapLevel(0.9, [0.5, 0.9], "quality")).toBe(HEATMAP_LEVELS - 1);
    expect(heatmapLevel(0.5, [0.5, 0.9], "quality")).toBe(0);
    expect(heatmapLevel(300, [300, 2000], "latency")).toBe(HEATMAP_LEVELS - 1);
    expect(heatmapLevel(2000, [300, 2000], "latency")).toBe(0);
    expect(heatmapLevel(null, [0, 1], "quality")).toBeNull();
    expect(heatmapLevel(3, [3, 3], "requests")).toBe(HEATMAP_LEVELS - 1);
  });

  it("uses decayed quality when known, and cost per request", () => {
    expect(metricValue(performanceRow({ decayed_quality: null, avg_quality: 0.7 }), "quality")).toBe(0.7);
    expect(metricValue(performanceRow({ total_cost: 0.01, requests: 4 }), "cost")).toBeCloseTo(0.0025);
    expect(metricValue(performanceRow({ requests: 0 }), "cost")).toBeNull();
    expect(metricDomain([performanceRow({ success_rate: null }), performanceRow({ success_rate: 0.5 })], "success_rate")).toEqual([0.5, 0.5]);
  });
});

describe("spend series", () => {
  const point = (cost: number, counterfactual: number, budget: number | null = 1) => ({
    start: "2026-11-25T10:00:00.000Z",
    requests: 2,
    errors: 0,
    cost,
    counterfactual_cost: counterfactual,
    budget,
    p50_latency_ms: 500,
    p95_latency_ms: 900,
  });

  it("accumulates savings against the counterfactual and flags hours over budget", () => {
    const series = toSpendSeries([point(0, 0), point(1, 4), point(2, 4, 1.5)]);
    expect(series.map((entry) => entry.cumulativeSavingsPercent)).toEqual([null, 75, 62.5]);
    expect(series.map((entry) => entry.overBudget)).toEqual([false, false, true]);
    expect(series.map((entry) => [entry.cumulativeCost, entry.cumulativeCounterfactualCost])).toEqual([[0, 0], [1, 4], [3, 8]]);
    expect(seriesTotals([point(1, 4), point(2, 4)])).toEqual({ cost: 3, counterfactualCost: 8, savedUsd: 5, requests: 4 });
  });

  it("ranks the distribution by model or provider, for requests or cost", () => {
    const metrics = {
      model_distribution: { a: 1, b: 3 },
      cost_by_model: { a: 0.5, b: 0.25 },
      provider_distribution: { openai: { requests: 4, cost: 0.75 } },
    } as unknown as MetricsResponse;
    expect(distributionEntries(metrics, "model", "requests")).toEqual([
      { name: "b", value: 3, share: 0.75 },
      { name: "a", value: 1, share: 0.25 },
    ]);
    expect(distributionEntries(metrics, "model", "cost")[0]).toMatchObject({ name: "a", value: 0.5 });
    expect(distributionEntries(metrics, "provider", "cost")).toEqual([{ name: "openai", value: 0.75, share: 1 }]);
  });
});

describe("request filters", () => {
  it("keeps only values the API accepts and round-trips them through the URL", () => {
    const filters = filtersFromSearchParams(new URLSearchParams("status=success&complexity=galaxy&simulated=true&q=%20capital%20&cursor=x"));
    expect(filters).toEqual({ status: "success", simulated: "true", q: "capital" });
    expect(countActiveFilters(filters)).toBe(3);
    expect(filtersFromSearchParams(new URLSearchParams(filtersToQueryString(filters)))).toEqual(filters);
  });

  it("builds the API path with page and CSV format", () => {
    expect(requestListPath({ filters: { model: "gpt-4o" }, cursor: "abc", limit: 50 })).toBe("/v1/requests?model=gpt-4o&limit=50&cursor=abc");
    expect(requestListPath({ filters: {}, format: "csv" })).toBe("/v1/requests?format=csv");
  });
});

describe("spend scale", () => {
  const at = (cost: number, budget: number | null) => ({
    start: "2026-11-25T10:00:00.000Z",
    cost,
    budget,
    overBudget: false,
    counterfactualCost: 0,
    cumulativeCost: 0,
    cumulativeCounterfactualCost: 0,
    cumulativeSavingsPercent: null,
    requests: 1,
    p50LatencyMs: null,
    p95LatencyMs: null,
  });

  it("shows the budget line when spend is comparable to it", () => {
    expect(spendScale([at(4, 10), at(8, 10)])).toEqual({ max: 20, budgetOffScale: false, budget: 10 });
    expect(spendScale([at(0, 10)])).toMatchObject({ max: 20, budgetOffScale: false });
    expect(spendScale([at(9.5, 8)])).toMatchObject({ max: 20, budgetOffScale: false });
  });

  it("follows spend when the budget would flatten every bar", () => {
    expect(spendScale([at(0.004, 10), at(0.002, 10)])).toEqual({ max: 0.005, budgetOffScale: true, budget: 10 });
  });

  it("rounds the axis up to 1, 2, 2.5 or 5 times a power of ten", () => {
    expect([0.0041, 0.011, 0.024, 3, 7, 120].map(niceCeiling)).toEqual([0.005, 0.02, 0.025, 5, 10, 200]);
  });
});
