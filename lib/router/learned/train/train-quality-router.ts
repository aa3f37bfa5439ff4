import type { Embedder } from "../../embed/embedder";
import { calibrationKeys } from "../calibrate/calibration";
import { selectCalibration, type CalibrationChoice } from "../calibrate/select-calibration";
import { estimateCallCost } from "../cost/linear-cost";
import { resolveCostModel } from "../cost/resolve-cost-model";
import { featureColumnCount } from "../features/prompt-featuriser";
import { promptFormat } from "../features/prompt-format";
import { LearnedQualityModel } from "../predictor/learned-quality-model";
import { costWeightGrid } from "../routing/choose-model";
import { crossFit } from "./cross-fit";
import { type FittedParts, fitQualityModels, packWeights } from "./fit-quality-models";
import type { QualityTable } from "./quality-table";
import { DEFAULT_TRAIN_OPTIONS, type TrainOptions } from "./train-options";

// Trains the learned router in two stages. Stage one fits the featuriser and one regularised
// logistic output per model (plus the consensus output) on every prompt. Stage two, the
// calibration, is fitted on cross-fitted stage-one logits (each prompt predicted by a stage one
// trained without its fold), with its mode and shrinkage chosen by cross-validated frontier area;
// the chosen setting's fully cross-fitted frontier is stored so λ can be solved for a target on
// prompts the router has not seen. Deterministic: folds come from a seeded hash of the prompt, and
// no fit has any randomness. With fewer than two folds there is no calibration and no frontier.

export { DEFAULT_TRAIN_OPTIONS, type TrainOptions } from "./train-options";
export { crossFit } from "./cross-fit";

async function embedAll(embedder: Embedder, prompts: readonly string[]): Promise<Float32Array[]> {
  const vectors: Float32Array[] = [];
  for (let start = 0; start < prompts.length; start += 64) vectors.push(...(await embedder.embed(prompts.slice(start, start + 64))));
  return vectors;
}

function meanQualities(table: QualityTable): number[] {
  return table.models.map((_, model) => {
    let sum = 0;
    let count = 0;
    for (let row = 0; row < table.prompts.length; row++) {
      const weight = table.weights[row * table.models.length + model]!;
      sum += weight * table.targets[row * table.models.length + model]!;
      count += weight;
    }
    return count > 0 ? sum / count : 0;
  });
}

/** Last training's calibration choice, for the training script's report (not part of the model). */
export interface TrainingReport {
  calibration: Pick<CalibrationChoice, "setting" | "scores"> | undefined;
}

export async function trainQualityRouter(
  table: QualityTable,
  options: TrainOptions = {},
  report?: TrainingReport,
): Promise<LearnedQualityModel> {
  if (table.prompts.length === 0) throw new RangeError("nothing to train on: the table has no prompts");
  const costs = options.costs ? [...options.costs] : resolveCostModel(table, "data").costs;
  if (costs.length !== table.models.length) throw new RangeError("one cost model per table model is required");
  const embeddings = options.embedder ? await embedAll(options.embedder, table.prompts) : undefined;
  const allRows = table.prompts.map((_, row) => row);
  const means = meanQualities(table);
  const infos = table.models.map((id, index) => ({ id, meanQuality: means[index]!, cost: costs[index]! }));
  const toModel = (fit: FittedParts, trained?: CalibrationChoice) =>
    new LearnedQualityModel({
      models: infos,
      featuriser: fit.state,
      weights: packWeights(fit.fitted, featureColumnCount(fit.state)),
      biases: fit.fitted.map((model) => model.bias),
      calibration: trained?.calibration,
      frontier: trained?.frontier ?? [],
      singles: trained?.singles,
      embedderId: options.embedder?.id,
    });

  const folds = options.calibrationFolds ?? DEFAULT_TRAIN_OPTIONS.calibrationFolds;
  let choice: CalibrationChoice | undefined;
  if (folds >= 2) {
    const crossFitted = crossFit({ table, embeddings, options, folds, toModel: (fit) => toModel(fit) });
    const meanCharacters = table.prompts.reduce((sum, prompt) => sum + prompt.length, 0) / table.prompts.length;
    const expensive = Math.max(...infos.map((info) => estimateCallCost(info.cost, meanCharacters)));
    choice = selectCalibration({
      data: {
        modelCount: table.models.length,
        logits: crossFitted.logits,
        targets: table.targets,
        weights: table.weights,
        keys: table.prompts.map((prompt) => calibrationKeys(promptFormat(prompt))),
      },
      foldOf: crossFitted.foldOf,
      folds,
      estimatedCosts: crossFitted.estimatedCosts,
      observedCosts: table.costs,
      costWeights: costWeightGrid(expensive, 20),
    });
    if (report) report.calibration = { setting: choice.setting, scores: choice.scores };
  }
  return toModel(fitQualityModels({ table, rows: allRows, embeddings, options }), choice);
}
