import { describe, expect, it } from "vitest";
import { chooseByUtility, costWeightGrid } from "@/lib/router/learned/routing/choose-model";
import type { FrontierPoint } from "@/lib/router/learned/routing/frontier";
import { measureFrontier } from "@/lib/router/learned/routing/frontier";
import { solveCostWeight, UnreachableTargetError } from "@/lib/router/learned/routing/solve-cost-weight";

const frontierPoint = (costWeight: number, quality: number, costUsd: number): FrontierPoint => ({
  costWeight,
  quality,
  costUsd,
  predictedQuality: quality,
  modelShares: [],
});

// λ ascending: quality and cost fall, with a wiggle at λ = 30 (measured frontiers are noisy).
const frontier = [
  frontierPoint(0, 0.9, 0.01),
  frontierPoint(10, 0.88, 0.006),
  frontierPoint(20, 0.85, 0.004),
  frontierPoint(30, 0.86, 0.0035),
  frontierPoint(40, 0.8, 0.001),
];

describe("solving λ", () => {
  it("turns a willingness to pay per quality point into λ", () => {
    // Paying up to $0.001 for 0.01 more quality: λ = 0.01 / 0.001 = 10 points of quality per USD.
    expect(solveCostWeight(frontier, { kind: "willingness_to_pay", usdPerQualityPoint: 0.001 })).toBeCloseTo(10, 12);
  });

  it("picks the largest λ whose quality, and every smaller λ's, meets a target", () => {
    expect(solveCostWeight(frontier, { kind: "quality", quality: 0.87 })).toBe(10);
    // 0.85 is met up to λ = 30; λ = 40 falls short.
    expect(solveCostWeight(frontier, { kind: "quality", quality: 0.85 })).toBe(30);
    expect(solveCostWeight(frontier, { kind: "quality", quality: 0.86 })).toBe(10);
  });

  it("picks the smallest λ whose spend, and every larger λ's, stays within a budget", () => {
    expect(solveCostWeight(frontier, { kind: "spend", usdPerPrompt: 0.005 })).toBe(20);
    expect(solveCostWeight(frontier, { kind: "spend", usdPerPrompt: 1 })).toBe(0);
  });

  it("says when a target is out of reach", () => {
    expect(() => solveCostWeight(frontier, { kind: "quality", quality: 0.95 })).toThrow(UnreachableTargetError);
    expect(() => solveCostWeight(frontier, { kind: "spend", usdPerPrompt: 0.0001 })).toThrow(UnreachableTargetError);
    expect(() => solveCostWeight(frontier, { kind: "quality", quality: 2 })).toThrow();
  });
});

describe("choosing a model", () => {
  it("maximises quality − λ × cost and breaks ties towards the cheaper model", () => {
    const qualities = [0.9, 0.8, 0.8];
    const costs = [0.01, 0.002, 0.001];
    expect(chooseByUtility({ qualities, costs, costWeight: 0 })).toBe(0);
    expect(chooseByUtility({ qualities, costs, costWeight: 20 })).toBe(2);
    // At λ = 0 models 1 and 2 tie on quality behind model 0; with model 0 gone, the cheaper wins.
    expect(chooseByUtility({ qualities: [0.8, 0.8], costs: [0.002, 0.001], costWeight: 0 })).toBe(1);
  });

  it("reads one prompt's models out of a row-major table", () => {
    const qualities = [0.1, 0.2, 0.9, 0.3];
    const costs = [1, 1, 1, 1];
    expect(chooseByUtility({ qualities, costs, costWeight: 0, offset: 2, modelCount: 2 })).toBe(0);
  });

  it("sweeps λ from 0 over six decades around the expensive model's cost", () => {
    const grid = costWeightGrid(0.01, 10);
    expect(grid[0]).toBe(0);
    expect(grid[1]).toBeCloseTo(1, 9);
    expect(grid[grid.length - 1]).toBeCloseTo(1e6, 3);
  });

  it("measures the frontier on complete prompts only", () => {
    const points = measureFrontier({
      modelCount: 2,
      predicted: Float64Array.from([0.9, 0.5, 0.6, 0.55, 0.9, 0.1]),
      estimatedCosts: Float64Array.from([1, 0.1, 1, 0.1, 1, 0.1]),
      observed: Float64Array.from([1, 0, 0, 1, 1, 1]),
      observedWeights: Float64Array.from([1, 1, 1, 1, 1, 0]),
      costWeights: [0, 1],
    });
    // The third prompt lacks an outcome. λ = 0: both prompts go to model 0 (observed 1 and 0).
    // λ = 1: utilities 0.9 − 1 < 0.5 − 0.1 and 0.6 − 1 < 0.55 − 0.1, so both go to model 1 (observed 0 and 1).
    expect(points[0]).toMatchObject({ costWeight: 0, quality: 0.5, costUsd: 1, modelShares: [1, 0] });
    expect(points[1]).toMatchObject({ costWeight: 1, quality: 0.5, modelShares: [0, 1] });
    expect(points[1]!.costUsd).toBeCloseTo(0.1, 12);
  });
});
