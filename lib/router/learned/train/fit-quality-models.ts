import { featureColumnCount, type FeaturiserState, featurisePrompt, fitFeaturiser } from "../features/prompt-featuriser";
import { fitLogisticModels, type LogisticModel } from "../model/logistic-regression";
import { stackRows } from "../model/sparse-matrix";
import type { QualityTable } from "./quality-table";
import { DEFAULT_TRAIN_OPTIONS, type TrainOptions } from "./train-options";

// One fit on a subset of a quality table's prompts: the featuriser (IDF and format-feature
// statistics from those prompts only) and one logistic model per model.

export interface FitInput {
  table: QualityTable;
  rows: readonly number[];
  embeddings: readonly Float32Array[] | undefined;
  options: TrainOptions;
}

export interface FittedParts {
  state: FeaturiserState;
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
  const targets = new Float64Array(rows.length * modelCount);
  const weights = new Float64Array(rows.length * modelCount);
  rows.forEach((row, position) => {
    for (let model = 0; model < modelCount; model++) {
      targets[position * modelCount + model] = table.targets[row * modelCount + model]!;
      weights[position * modelCount + model] = table.weights[row * modelCount + model]!;
    }
  });
  const fitted = fitLogisticModels({
    matrix,
    modelCount,
    targets,
    weights,
    l2: options.l2 ?? DEFAULT_TRAIN_OPTIONS.l2,
    sharedL2: options.sharedL2,
    maxIterations: options.maxIterations ?? DEFAULT_TRAIN_OPTIONS.maxIterations,
  });
  return { state, fitted };
}

/** Per-model weights interleaved by column (column c of model m at c · models + m). */
export function packWeights(fitted: readonly LogisticModel[], columns: number): Float32Array {
  const modelCount = fitted.length;
  const packed = new Float32Array(columns * modelCount);
  fitted.forEach((model, index) => {
    for (let column = 0; column < columns; column++) packed[column * modelCount + index] = model.weights[column]!;
  });
  return packed;
}
