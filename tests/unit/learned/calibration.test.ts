import { describe, expect, it } from "vitest";
import { calibrateLogits, calibrationKeys } from "@/lib/router/learned/calibrate/calibration";
import { type CalibrationData, fitCalibration } from "@/lib/router/learned/calibrate/fit-calibration";
import { fitSmallLogistic } from "@/lib/router/learned/calibrate/penalised-logistic";
import { selectCalibration } from "@/lib/router/learned/calibrate/select-calibration";
import { seededRandom } from "@/lib/router/learning/seeded-random";

const sigmoid = (value: number) => 1 / (1 + Math.exp(-value));

/** rows × [1, x] with y ~ Bernoulli(σ(intercept + slope · x)), from a seeded source. */
function logisticSample(input: { rows: number; intercept: number; slope: number; seed: number }) {
  const random = seededRandom(input.seed);
  const design = new Float64Array(input.rows * 2);
  const targets = new Float64Array(input.rows);
  for (let row = 0; row < input.rows; row++) {
    const x = random() * 4 - 2;
    design[row * 2] = 1;
    design[row * 2 + 1] = x;
    targets[row] = random() < sigmoid(input.intercept + input.slope * x) ? 1 : 0;
  }
  return { design, columns: 2, targets, weights: new Float64Array(input.rows).fill(1) };
}

describe("the calibration stage's small logistic fit", () => {
  it("recovers a positive slope, and clamps a negative one to exactly 0", () => {
    const positive = fitSmallLogistic({ ...logisticSample({ rows: 4_000, intercept: 0.5, slope: 1.2, seed: 1 }), centre: [0, 0], precision: [0, 0], nonNegative: [1] });
    expect(positive[0]!).toBeCloseTo(0.5, 0);
    expect(positive[1]!).toBeGreaterThan(1);
    expect(positive[1]!).toBeLessThan(1.4);
    const negative = fitSmallLogistic({ ...logisticSample({ rows: 4_000, intercept: 0.5, slope: -1, seed: 2 }), centre: [0, 0], precision: [0, 0], nonNegative: [1] });
    expect(negative[1]).toBe(0);
    // With the slope at 0 the intercept is the logit of the mean outcome.
    expect(negative[0]!).toBeGreaterThan(0.2);
  });

  it("stays at the prior centre when the prior is strong, and ignores rows of weight 0", () => {
    const sample = logisticSample({ rows: 500, intercept: 2, slope: 2, seed: 3 });
    const held = fitSmallLogistic({ ...sample, centre: [-1, 0.5], precision: [1e9, 1e9], nonNegative: [1] });
    expect(held[0]!).toBeCloseTo(-1, 4);
    expect(held[1]!).toBeCloseTo(0.5, 4);
    const unweighted = fitSmallLogistic({ ...sample, weights: new Float64Array(500), centre: [0.3, 0.1], precision: [1, 1], nonNegative: [1] });
    expect(unweighted[0]!).toBeCloseTo(0.3, 6);
    expect(unweighted[1]!).toBeCloseTo(0.1, 6);
  });
});

/**
 * Two models over two prompt formats: "strong" is right 90% of the time on both; "cheap" 85% on
 * format A, 20% on format B. Stage-one logits: `informative` says whether each row's own logits
 * carry its outcome or are noise.
 */
function twoFormatData(input: { rows: number; informative: boolean; seed: number }): CalibrationData {
  const random = seededRandom(input.seed);
  const logits = new Float64Array(input.rows * 3);
  const targets = new Float64Array(input.rows * 2);
  const keys: string[][] = [];
  for (let row = 0; row < input.rows; row++) {
    const formatB = row % 2 === 1;
    const outcomes = [random() < 0.9 ? 1 : 0, random() < (formatB ? 0.2 : 0.85) ? 1 : 0];
    outcomes.forEach((outcome, model) => {
      targets[row * 2 + model] = outcome;
      logits[row * 3 + model] = input.informative ? (outcome ? 2 : -2) + random() - 0.5 : random() * 4 - 2;
    });
    logits[row * 3 + 2] = random() - 0.5;
    keys.push(calibrationKeys({ family: "multiple_choice", signature: formatB ? "B" : "A" }));
  }
  return { modelCount: 2, logits, targets, weights: new Float64Array(input.rows * 2).fill(1), keys };
}

describe("fitting and applying the calibration", () => {
  it("learns each format's mean quality per model and falls back to the family for unseen formats", () => {
    const data = twoFormatData({ rows: 800, informative: false, seed: 4 });
    const calibration = fitCalibration(data, data.keys.map((_, row) => row), { mode: "prior", precision: 2 });
    const logits = [0, 0, 0];
    const onA = calibrateLogits({ calibration, logits, modelCount: 2, keys: calibrationKeys({ family: "multiple_choice", signature: "A" }) });
    const onB = calibrateLogits({ calibration, logits, modelCount: 2, keys: calibrationKeys({ family: "multiple_choice", signature: "B" }) });
    expect(onA[1]!).toBeGreaterThan(0.75);
    expect(onB[1]!).toBeLessThan(0.3);
    expect(onB[0]!).toBeGreaterThan(0.8);
    const unseen = calibrateLogits({ calibration, logits, modelCount: 2, keys: calibrationKeys({ family: "multiple_choice", signature: "C" }) });
    expect(unseen[1]!).toBeGreaterThan(onB[1]!);
    expect(unseen[1]!).toBeLessThan(onA[1]!);
    const otherFamily = calibrateLogits({ calibration, logits, modelCount: 2, keys: calibrationKeys({ family: "code", signature: "D" }) });
    expect(otherFamily[1]!).toBeCloseTo(unseen[1]!, 6); // both fall back to the one family fitted, then "all"
  });

  it("passes the stage-one logits through unchanged in identity mode", () => {
    const data = twoFormatData({ rows: 50, informative: true, seed: 5 });
    const calibration = fitCalibration(data, data.keys.map((_, row) => row), { mode: "identity", precision: 0 });
    const out = calibrateLogits({ calibration, logits: [1.5, -0.5, 9], modelCount: 2, keys: ["all"] });
    expect(out[0]!).toBeCloseTo(sigmoid(1.5), 12);
    expect(out[1]!).toBeCloseTo(sigmoid(-0.5), 12);
  });
});

describe("choosing the calibration by cross-validated frontier area", () => {
  const costs = (rows: number) => Float64Array.from({ length: rows * 2 }, (_, cell) => (cell % 2 === 0 ? 1 : 0.05));
  const select = (data: CalibrationData) =>
    selectCalibration({
      data,
      foldOf: data.keys.map((_, row) => row % 4),
      folds: 4,
      estimatedCosts: costs(data.keys.length),
      observedCosts: undefined,
      costWeights: [0, 0.01, 0.03, 0.1, 0.3, 1, 3, 10],
    });

  it("prefers the per-format prior over noise logits", () => {
    const choice = select(twoFormatData({ rows: 600, informative: false, seed: 6 }));
    expect(choice.setting.mode).not.toBe("identity");
    const identity = choice.scores.find((score) => score.setting.mode === "identity")!;
    expect(Math.max(...choice.scores.map((score) => score.aiq))).toBeGreaterThan(identity.aiq);
    expect(choice.singles.map((single) => single.model)).toEqual([0, 1]);
    expect(choice.frontier[0]!.costWeight).toBe(0);
  });

  it("keeps the per-prompt logits when they carry the outcome", () => {
    const choice = select(twoFormatData({ rows: 600, informative: true, seed: 7 }));
    expect(["identity", "full"]).toContain(choice.setting.mode);
    const prior = Math.max(...choice.scores.filter((score) => score.setting.mode === "prior").map((score) => score.aiq));
    expect(choice.scores.find((score) => score.setting === choice.setting)!.aiq).toBeGreaterThan(prior);
  });
});
