import { type Calibration, CALIBRATION_COEFFICIENTS, type CalibrationMode } from "./calibration";
import { fitSmallLogistic } from "./penalised-logistic";

// Fits the calibration stage (see calibration.ts) on cross-fitted stage-one logits: every prompt's
// logits come from a text model that did not see it, so the fit learns how far the text model's
// per-prompt predictions can be trusted on new prompts, not how well it remembers its own.
// Levels are fitted top-down: "all" (slopes shrunk towards 0, intercept free), then each family
// shrunk towards "all", then each format signature shrunk towards its family.

export interface CalibrationData {
  modelCount: number;
  /** Row-major rows × (models + 1) cross-fitted stage-one logits, the consensus output last. */
  logits: Float64Array;
  /** Row-major rows × models observed quality and weight (0 = no outcome). */
  targets: Float64Array;
  weights: Float64Array;
  /** Per row, its group keys from the most specific to "all" (see calibrationKeys). */
  keys: readonly (readonly string[])[];
}

export interface CalibrationSetting {
  mode: CalibrationMode;
  /** Prior precision of the shrinkage towards the parent level (larger = closer to the parent). */
  precision: number;
}

function meanAndSpread(values: readonly number[]): { mean: number; spread: number } {
  const mean = values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / Math.max(1, values.length);
  return { mean, spread: variance > 1e-12 ? Math.sqrt(variance) : 1 };
}

function columnsOf(mode: CalibrationMode): number {
  return mode === "prior" ? 1 : mode === "difficulty" ? 2 : 3;
}

function fitGroup(input: {
  data: CalibrationData;
  rows: readonly number[];
  difficulty: (row: number) => number;
  columns: number;
  parent: Float64Array | undefined;
  precision: number;
}): Float64Array {
  const { data, rows, columns, parent, precision } = input;
  const modelCount = data.modelCount;
  const coefficients = new Float64Array(modelCount * CALIBRATION_COEFFICIENTS);
  const design = new Float64Array(rows.length * columns);
  const targets = new Float64Array(rows.length);
  const weights = new Float64Array(rows.length);
  for (let model = 0; model < modelCount; model++) {
    let weighted = 0;
    let total = 0;
    rows.forEach((row, position) => {
      const cell = row * modelCount + model;
      design[position * columns] = 1;
      if (columns > 1) design[position * columns + 1] = input.difficulty(row);
      if (columns > 2) design[position * columns + 2] = data.logits[row * (modelCount + 1) + model]!;
      targets[position] = data.targets[cell]!;
      weights[position] = data.weights[cell]!;
      weighted += data.weights[cell]! * data.targets[cell]!;
      total += data.weights[cell]!;
    });
    const base = model * CALIBRATION_COEFFICIENTS;
    const mean = Math.min(0.99, Math.max(0.01, total > 0 ? weighted / total : 0.5));
    const centre = parent ? Array.from(parent.subarray(base, base + columns)) : [Math.log(mean / (1 - mean)), 0, 0].slice(0, columns);
    // The top level's intercept is free (it is the model's mean quality); everything else is shrunk.
    const precisions = Array.from({ length: columns }, (_, column) => (parent || column > 0 ? precision : 0));
    const fitted = fitSmallLogistic({
      design,
      columns,
      targets,
      weights,
      centre,
      precision: precisions,
      nonNegative: Array.from({ length: columns - 1 }, (_, index) => index + 1),
    });
    fitted.forEach((value, column) => (coefficients[base + column] = value));
  }
  return coefficients;
}

export function fitCalibration(data: CalibrationData, rows: readonly number[], setting: CalibrationSetting): Calibration {
  const stride = data.modelCount + 1;
  const consensus = rows.map((row) => data.logits[row * stride + data.modelCount]!);
  const { mean, spread } = meanAndSpread(consensus);
  const groups = new Map<string, Float64Array>();
  if (setting.mode === "identity") return { mode: "identity", precision: setting.precision, difficultyCentre: mean, difficultyScale: spread, groups };
  const columns = columnsOf(setting.mode);
  const difficulty = (row: number) => (data.logits[row * stride + data.modelCount]! - mean) / spread;
  const levels = Math.max(...rows.map((row) => data.keys[row]!.length));
  // Top-down: the last key of each row is "all", the first the most specific.
  for (let level = 1; level <= levels; level++) {
    const members = new Map<string, { rows: number[]; parent: string | undefined }>();
    for (const row of rows) {
      const keys = data.keys[row]!;
      const key = keys[keys.length - level];
      if (key === undefined) continue;
      const entry = members.get(key) ?? { rows: [], parent: keys[keys.length - level + 1] };
      entry.rows.push(row);
      members.set(key, entry);
    }
    for (const [key, entry] of [...members].sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))) {
      const parent = entry.parent === undefined ? undefined : groups.get(entry.parent);
      groups.set(key, fitGroup({ data, rows: entry.rows, difficulty, columns, parent, precision: setting.precision }));
    }
  }
  return { mode: setting.mode, precision: setting.precision, difficultyCentre: mean, difficultyScale: spread, groups };
}
