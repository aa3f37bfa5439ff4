import { averageImprovementInQuality } from "../bench/metrics/aiq";
import { type FrontierPoint, measureFrontier, measureSingles, type SinglePoint } from "../routing/frontier";
import { type Calibration, calibrateLogits } from "./calibration";
import { type CalibrationData, type CalibrationSetting, fitCalibration } from "./fit-calibration";

// Chooses the calibration stage's mode and shrinkage by cross-validation on the training prompts,
// with the router's own yardstick: the area under the cost-quality frontier (RouterBench's AIQ)
// that each setting reaches on prompts neither stage saw. The stage-one logits are already
// cross-fitted; here each fold's calibration is fitted on the other folds too, so the frontier
// stored in the artefact (and used to solve λ) is measured on prompts the whole router never saw.

export const CALIBRATION_CANDIDATES: readonly CalibrationSetting[] = [
  { mode: "identity", precision: 0 },
  { mode: "prior", precision: 2 },
  { mode: "prior", precision: 20 },
  { mode: "difficulty", precision: 2 },
  { mode: "difficulty", precision: 20 },
  { mode: "full", precision: 2 },
  { mode: "full", precision: 20 },
];

export interface CalibrationChoice {
  calibration: Calibration;
  setting: CalibrationSetting;
  /** The chosen setting's frontier on fully cross-fitted predictions. */
  frontier: FrontierPoint[];
  singles: SinglePoint[];
  /** AIQ of every candidate, in CALIBRATION_CANDIDATES order. */
  scores: { setting: CalibrationSetting; aiq: number }[];
}

export interface SelectionInput {
  data: CalibrationData;
  /** Fold of each row (the stage-one cross-fit's folds). */
  foldOf: readonly number[];
  folds: number;
  estimatedCosts: Float64Array;
  observedCosts: Float64Array | undefined;
  costWeights: readonly number[];
  candidates?: readonly CalibrationSetting[];
}

function crossFittedQualities(input: SelectionInput, setting: CalibrationSetting): Float64Array {
  const { data, foldOf, folds } = input;
  const modelCount = data.modelCount;
  const rowCount = data.keys.length;
  const predicted = new Float64Array(rowCount * modelCount);
  for (let fold = 0; fold < folds; fold++) {
    const fitRows: number[] = [];
    const heldOut: number[] = [];
    for (let row = 0; row < rowCount; row++) (foldOf[row] === fold ? heldOut : fitRows).push(row);
    if (heldOut.length === 0 || fitRows.length === 0) continue;
    const calibration = fitCalibration(data, fitRows, setting);
    for (const row of heldOut) {
      calibrateLogits({
        calibration,
        logits: data.logits.subarray(row * (modelCount + 1), (row + 1) * (modelCount + 1)),
        modelCount,
        keys: data.keys[row]!,
        out: predicted.subarray(row * modelCount, (row + 1) * modelCount),
      });
    }
  }
  return predicted;
}

export function selectCalibration(input: SelectionInput): CalibrationChoice {
  const { data } = input;
  const candidates = input.candidates ?? CALIBRATION_CANDIDATES;
  const frontierOf = (predicted: Float64Array) =>
    measureFrontier({
      modelCount: data.modelCount,
      predicted,
      estimatedCosts: input.estimatedCosts,
      observed: data.targets,
      observedWeights: data.weights,
      observedCosts: input.observedCosts,
      costWeights: input.costWeights,
    });
  const singles = measureSingles({
    modelCount: data.modelCount,
    estimatedCosts: input.estimatedCosts,
    observed: data.targets,
    observedWeights: data.weights,
    observedCosts: input.observedCosts,
  });
  const costs = singles.map((single) => single.costUsd);
  const range = { minCostUsd: Math.min(...costs), maxCostUsd: Math.max(...costs) };
  let best: { index: number; aiq: number; frontier: FrontierPoint[] } | undefined;
  const scores = candidates.map((setting, index) => {
    const frontier = frontierOf(crossFittedQualities(input, setting));
    const aiq = range.maxCostUsd > range.minCostUsd ? averageImprovementInQuality({ points: frontier, ...range }) : frontier[0]!.quality;
    if (!best || aiq > best.aiq + 1e-12) best = { index, aiq, frontier };
    return { setting, aiq };
  });
  const chosen = candidates[best!.index]!;
  const allRows = data.keys.map((_, row) => row);
  return { calibration: fitCalibration(data, allRows, chosen), setting: chosen, frontier: best!.frontier, singles, scores };
}
