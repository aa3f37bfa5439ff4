import { fnv1a32 } from "../../embed/hash";
import type { LearnedQualityModel } from "../predictor/learned-quality-model";
import { type FittedParts, fitQualityModels } from "./fit-quality-models";
import type { QualityTable } from "./quality-table";
import { DEFAULT_TRAIN_OPTIONS, type TrainOptions } from "./train-options";

export interface CrossFitted {
  /** Row-major prompts × outputs stage-one logits (models, then the consensus output). */
  logits: Float64Array;
  outputCount: number;
  estimatedCosts: Float64Array;
  /** Fold of each prompt. */
  foldOf: number[];
}

/**
 * Stage-one logits for every prompt from a model trained without the prompt's fold (folds from a
 * seeded hash of the prompt text, so duplicates of a prompt share a fold).
 */
export function crossFit(input: {
  table: QualityTable;
  embeddings: readonly Float32Array[] | undefined;
  options: TrainOptions;
  folds: number;
  toModel: (fit: FittedParts) => LearnedQualityModel;
}): CrossFitted {
  const { table, embeddings, options, folds } = input;
  const modelCount = table.models.length;
  const outputCount = modelCount + 1;
  const seed = options.seed ?? DEFAULT_TRAIN_OPTIONS.seed;
  const logits = new Float64Array(table.prompts.length * outputCount);
  const estimatedCosts = new Float64Array(table.prompts.length * modelCount);
  const foldOf = table.prompts.map((prompt) => fnv1a32(`${seed}:${prompt}`) % folds);
  for (let fold = 0; fold < folds; fold++) {
    const trainRows: number[] = [];
    const heldOut: number[] = [];
    foldOf.forEach((rowFold, row) => (rowFold === fold ? heldOut : trainRows).push(row));
    if (trainRows.length === 0 || heldOut.length === 0) continue;
    const foldModel = input.toModel(fitQualityModels({ table, rows: trainRows, embeddings, options }));
    for (const row of heldOut) {
      const prompt = table.prompts[row]!;
      logits.set(foldModel.logits(prompt, embeddings?.[row]), row * outputCount);
      estimatedCosts.set(foldModel.estimateCosts(prompt), row * modelCount);
    }
  }
  return { logits, outputCount, estimatedCosts, foldOf };
}
