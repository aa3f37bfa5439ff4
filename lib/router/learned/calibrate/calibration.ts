import { sigmoid } from "../model/logistic-regression";

// The second stage of the learned router: turns the text model's raw logits into calibrated
// expected qualities per model, per prompt format. Routing by argmax of p̂ − λ·cost is only sound
// when p̂ is calibrated per model and per kind of prompt; the raw per-prompt logits of 11 noisy
// models are not (on RouterBench they route worse than a per-format mean). For each model m and
// prompt group g:
//
//   p̂_m = σ(a_gm + b_gm · d + c_gm · ℓ_m)
//
// d is the standardised logit of the "consensus" output (the share of all models that answer the
// prompt correctly: a per-prompt difficulty trained on every model's outcome at once), ℓ_m the
// model's own logit. Groups are nested (all prompts → family → exact format signature) and each
// level is shrunk towards its parent, so a rare format falls back on its family. Which terms are
// used (the mode) is chosen by cross-validation at training time:
// - identity: p̂ = σ(ℓ_m), the text model as it is;
// - prior: a_gm only (the per-format mean quality: what a format-level router knows);
// - difficulty: a_gm + b_gm · d (an item-response model: one difficulty per prompt, a
//   per-model, per-format ability and discrimination);
// - full: all three terms.

export const CALIBRATION_MODES = ["identity", "prior", "difficulty", "full"] as const;
export type CalibrationMode = (typeof CALIBRATION_MODES)[number];

/** Coefficients per model: [intercept, difficulty slope, own-logit slope]. */
export const CALIBRATION_COEFFICIENTS = 3;

export interface Calibration {
  mode: CalibrationMode;
  /** Prior precision of each group's shrinkage towards its parent level. */
  precision: number;
  /** Mean and standard deviation of the consensus logit on the cross-fitted training prompts. */
  difficultyCentre: number;
  difficultyScale: number;
  /** Group key → models × 3 coefficients (row-major by model). */
  groups: ReadonlyMap<string, Float64Array>;
}

/** Group keys of a prompt, most specific first; "all" always exists in a fitted calibration. */
export function calibrationKeys(format: { family: string; signature: string }): string[] {
  return [`format:${format.signature}`, `family:${format.family}`, "all"];
}

/**
 * Calibrated expected quality per model from the stage-one logits (models first, consensus last).
 * Writes into `out` (length = models) and returns it.
 */
export function calibrateLogits(input: {
  calibration: Calibration | undefined;
  logits: ArrayLike<number>;
  modelCount: number;
  keys: readonly string[];
  out?: Float64Array;
}): Float64Array {
  const { calibration, logits, modelCount } = input;
  const out = input.out ?? new Float64Array(modelCount);
  if (!calibration || calibration.mode === "identity") {
    for (let model = 0; model < modelCount; model++) out[model] = sigmoid(logits[model]!);
    return out;
  }
  let coefficients: Float64Array | undefined;
  for (const key of input.keys) {
    coefficients = calibration.groups.get(key);
    if (coefficients) break;
  }
  coefficients ??= calibration.groups.get("all");
  if (!coefficients) throw new RangeError("the calibration has no group for this prompt, not even 'all'");
  // The prior mode has no difficulty term (and a model without the consensus output has no logit for it).
  const difficulty = calibration.mode === "prior" ? 0 : (logits[modelCount]! - calibration.difficultyCentre) / calibration.difficultyScale;
  for (let model = 0; model < modelCount; model++) {
    const base = model * CALIBRATION_COEFFICIENTS;
    out[model] = sigmoid(coefficients[base]! + coefficients[base + 1]! * difficulty + coefficients[base + 2]! * logits[model]!);
  }
  return out;
}
