import { featureColumnCount, type FeaturiserState, featurisePrompt, fitFeaturiser } from "../features/prompt-featuriser";
import { fitLogisticModels, type LogisticModel } from "../model/logistic-regression";
import { stackRows } from "../model/sparse-matrix";
import type { QualityTable } from "./quality-table";
import { DEFAULT_TRAIN_OPTIONS, type TrainOptions } from "./train-options";

// One fit on a subset of a quality table's prompts: the featuriser (IDF and format-feature
// statistics from those prompts only) and one logistic model per model, plus one more output, the
// "consensus": the share of the prompt's observed outcomes that are correct. It is trained on every
// model's outcome at once (11 labels per RouterBench prompt instead of 1), so it estimates how hard a
// prompt is with far less noise than any single model's output; the calibration stage uses it as
// the prompt's difficulty.

export interface FitInput {
  table: QualityTable;
  rows: readonly number[];
  embeddings: readonly Float32Array[] | undefined;
  options: TrainOptions;
}

export interface FittedParts {
  state: FeaturiserState;
  /** One per model, then the consensus output. */
  fitted: LogisticModel[];
}

export function fitQualityModels({ table, rows, embeddings, options }: FitInput): FittedParts {
  const state = fitFeaturiser(
    rows.map((row) => table.prompts[row]!),
    {
      bits: options.bits ?? DEFAULT_TRAIN_OPTIONS.bits,
      characterGrams: options.characterGrams ?? DEFAULT_TRAIN_OPTIONS.characterGrams,
      textScale: options.textScale ?? DEFAULT_TRAIN_OPTIONS.textScale,
      denseScale: options.denseScale ?? DEFAULT_TRAIN_OPTIONS.denseScale,
      familyScale: options.familyScale ?? DEFAULT_TRAIN_OPTIONS.familyScale,
      embeddingDimensions: embeddings ? options.embedder!.dimensions : 0,
      embeddingScale: options.embeddingScale,
    },
  );
  const matrix = stackRows(
    rows.map((row) => featurisePrompt(state, table.prompts[row]!, embeddings?.[row])),
    featureColumnCount(state),
  );
  const modelCount = table.models.length;
  const outputs = modelCount + 1;
  const targets = new Float64Array(rows.length * outputs);
  const weights = new Float64Array(rows.length * outputs);
  rows.forEach((row, position) => {
    let observed = 0;
    let correct = 0;
    for (let model = 0; model < modelCount; model++) {
      const target = table.targets[row * modelCount + model]!;
      const weight = table.weights[row * modelCount + model]!;
      targets[position * outputs + model] = target;
      weights[position * outputs + model] = weight;
      observed += weight;
      correct += weight * target;
    }
    targets[position * outputs + modelCount] = observed > 0 ? correct / observed : 0;
    weights[position * outputs + modelCount] = observed > 0 ? 1 : 0;
  });
  const fitted = fitLogisticModels({
    matrix,
    modelCount: outputs,
    targets,
    weights,
    l2: options.l2 ?? DEFAULT_TRAIN_OPTIONS.l2,
    sharedL2: options.sharedL2,
    maxIterations: options.maxIterations ?? DEFAULT_TRAIN_OPTIONS.maxIterations,
  });
  return { state, fitted };
}

/** Per-output weights interleaved by column (column c of output o at c · outputs + o). */
export function packWeights(fitted: readonly LogisticModel[], columns: number): Float32Array {
  const modelCount = fitted.length;
  const packed = new Float32Array(columns * modelCount);
  fitted.forEach((model, index) => {
    for (let column = 0; column < columns; column++) packed[column * modelCount + index] = model.weights[column]!;
  });
  return packed;
}
