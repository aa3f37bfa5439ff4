import { describe, expect, it } from "vitest";
import { estimateCallCost, fitLinearCost } from "@/lib/router/learned/cost/linear-cost";
import { listPriceCost, listPriceCosts, UnknownListPriceError } from "@/lib/router/learned/cost/list-price-cost";
import { resolveCostModel } from "@/lib/router/learned/cost/resolve-cost-model";
import { minimiseLbfgs } from "@/lib/router/learned/model/lbfgs";
import { fitLogisticModels, sigmoid } from "@/lib/router/learned/model/logistic-regression";
import { stackRows } from "@/lib/router/learned/model/sparse-matrix";
import { tableFromRatings } from "@/lib/router/learned/train/quality-table";

describe("L-BFGS", () => {
  it("finds the minimum of a convex quadratic", () => {
    // f(x, y) = (x − 3)² + 10 (y + 1)²
    const result = minimiseLbfgs((point, gradient) => {
      gradient[0] = 2 * (point[0]! - 3);
      gradient[1] = 20 * (point[1]! + 1);
      return (point[0]! - 3) ** 2 + 10 * (point[1]! + 1) ** 2;
    }, new Float64Array(2));
    expect(result.point[0]).toBeCloseTo(3, 4);
    expect(result.point[1]).toBeCloseTo(-1, 4);
  });
});

describe("logistic regression", () => {
  // One binary feature: rows with it are right 3 times in 4, rows without it once in 4.
  const rows = [1, 1, 1, 1, 0, 0, 0, 0].map((on) => ({ indices: Int32Array.from(on ? [0] : []), values: Float32Array.from(on ? [1] : []) }));
  const matrix = stackRows(rows, 1);
  const targets = Float64Array.from([1, 1, 1, 0, 1, 0, 0, 0]);

  it("recovers the rates when barely regularised (bias unpenalised)", () => {
    const [model] = fitLogisticModels({ matrix, modelCount: 1, targets, weights: new Float64Array(8).fill(1), l2: 1e-6, maxIterations: 500 });
    expect(sigmoid(model!.bias)).toBeCloseTo(0.25, 3);
    expect(sigmoid(model!.bias + model!.weights[0]!)).toBeCloseTo(0.75, 3);
  });

  it("ignores rows of weight 0 and shrinks weights as the penalty grows", () => {
    const weights = Float64Array.from([1, 1, 1, 0, 1, 0, 0, 0]);
    const [unpenalised] = fitLogisticModels({ matrix, modelCount: 1, targets, weights, l2: 1e-6, maxIterations: 500 });
    // Without row 3 every weighted row with the feature is right: the weight runs large.
    expect(sigmoid(unpenalised!.bias + unpenalised!.weights[0]!)).toBeGreaterThan(0.99);
    const [strong] = fitLogisticModels({ matrix, modelCount: 1, targets, weights, l2: 10 });
    expect(Math.abs(strong!.weights[0]!)).toBeLessThan(Math.abs(unpenalised!.weights[0]!));
  });

  it("fits several models jointly exactly as one by one, and shares weights on request", () => {
    const twoTargets = new Float64Array(16);
    targets.forEach((target, row) => {
      twoTargets[row * 2] = target;
      twoTargets[row * 2 + 1] = 1 - target;
    });
    const ones = new Float64Array(16).fill(1);
    const joint = fitLogisticModels({ matrix, modelCount: 2, targets: twoTargets, weights: ones, l2: 0.5, maxIterations: 500 });
    const [alone] = fitLogisticModels({ matrix, modelCount: 1, targets, weights: new Float64Array(8).fill(1), l2: 0.5, maxIterations: 500 });
    expect(joint[0]!.weights[0]).toBeCloseTo(alone!.weights[0]!, 4);
    expect(joint[1]!.weights[0]).toBeCloseTo(-alone!.weights[0]!, 4);
    // Opposite targets share nothing: a heavily favoured shared part changes neither fit.
    const shared = fitLogisticModels({ matrix, modelCount: 2, targets: twoTargets, weights: ones, l2: 0.5, sharedL2: 1e-3, maxIterations: 500 });
    expect(shared[0]!.weights[0]).toBeCloseTo(alone!.weights[0]!, 3);
  });
});

describe("cost models", () => {
  it("fits cost on prompt length and never goes negative", () => {
    const cost = fitLinearCost([
      { characters: 100, usd: 0.002 },
      { characters: 200, usd: 0.003 },
      { characters: 300, usd: 0.004 },
    ]);
    expect(cost.fixedUsd).toBeCloseTo(0.001, 12);
    expect(cost.usdPerCharacter).toBeCloseTo(0.00001, 12);
    expect(estimateCallCost(cost, 400)).toBeCloseTo(0.005, 12);
    expect(fitLinearCost([{ characters: 10, usd: 0.01 }, { characters: 20, usd: 0.001 }])).toEqual({ fixedUsd: 0.0055, usdPerCharacter: 0 });
    expect(() => fitLinearCost([])).toThrow(RangeError);
  });

  it("prices a call from list prices: 4 characters a token plus a fixed output", () => {
    // $10 / 1M input tokens = $0.0000025 per character; 250 output tokens at $30 / 1M = $0.0075.
    const cost = listPriceCost({ inputPer1M: 10, outputPer1M: 30 });
    expect(cost.usdPerCharacter).toBeCloseTo(0.0000025, 15);
    expect(cost.fixedUsd).toBeCloseTo(0.0075, 12);
    expect(() => listPriceCosts(["unknown-model"])).toThrow(UnknownListPriceError);
  });

  it("uses calls (strong = 1, weak = 0) for a file without costs", () => {
    const table = tableFromRatings([
      { prompt: "a", model: "strong", quality: 1 },
      { prompt: "a", model: "weak", quality: 0 },
    ]);
    const resolved = resolveCostModel(table, "auto");
    expect(resolved.name).toBe("calls");
    expect(resolved.costs).toEqual([
      { fixedUsd: 1, usdPerCharacter: 0 },
      { fixedUsd: 0, usdPerCharacter: 0 },
    ]);
    expect(() => resolveCostModel(table, "data")).toThrow(/observed costs/);
  });
});
