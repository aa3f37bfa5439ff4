import type { Embedder } from "../../embed/embedder";
import { estimateCallCost } from "../cost/linear-cost";
import { resolveCostModel } from "../cost/resolve-cost-model";
import { featureColumnCount } from "../features/prompt-featuriser";
import { LearnedQualityModel } from "../predictor/learned-quality-model";
import { costWeightGrid } from "../routing/choose-model";
import { measureFrontier } from "../routing/frontier";
import { crossFit } from "./cross-fit";
import { type FittedParts, fitQualityModels, packWeights } from "./fit-quality-models";
import type { QualityTable } from "./quality-table";
import { DEFAULT_TRAIN_OPTIONS, type TrainOptions } from "./train-options";

// Trains the learned router: fits the featuriser and one regularised logistic model per model on
// every prompt, then measures the cost-quality frontier on cross-fitted predictions (each prompt
// predicted by a model trained without its fold) so λ can be solved for a target on prompts the
// model has not seen. Deterministic: folds come from a seeded hash of the prompt, and the fit has
// no randomness.

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

export async function trainQualityRouter(table: QualityTable, options: TrainOptions = {}): Promise<LearnedQualityModel> {
  if (table.prompts.length === 0) throw new RangeError("nothing to train on: the table has no prompts");
  const costs = options.costs ? [...options.costs] : resolveCostModel(table, "data").costs;
  if (costs.length !== table.models.length) throw new RangeError("one cost model per table model is required");
  const embeddings = options.embedder ? await embedAll(options.embedder, table.prompts) : undefined;
  const allRows = table.prompts.map((_, row) => row);
  const modelCount = table.models.length;
  const infos = table.models.map((id, index) => ({ id, meanQuality: meanQualities(table)[index]!, cost: costs[index]! }));
  const toModel = (fit: FittedParts, frontier: LearnedQualityModel["frontier"]) =>
    new LearnedQualityModel({
      models: infos,
      featuriser: fit.state,
      weights: packWeights(fit.fitted, featureColumnCount(fit.state)),
      biases: fit.fitted.map((model) => model.bias),
      frontier,
      embedderId: options.embedder?.id,
    });

  const folds = options.calibrationFolds ?? DEFAULT_TRAIN_OPTIONS.calibrationFolds;
  let frontier: LearnedQualityModel["frontier"] = [];
  if (folds >= 2) {
    const crossFitted = crossFit({ table, embeddings, options, folds, toModel: (fit) => toModel(fit, []) });
    const meanCharacters = table.prompts.reduce((sum, prompt) => sum + prompt.length, 0) / table.prompts.length;
    const expensive = Math.max(...infos.map((info) => estimateCallCost(info.cost, meanCharacters)));
    frontier = measureFrontier({
      modelCount,
      ...crossFitted,
      observed: table.targets,
      observedWeights: table.weights,
      observedCosts: table.costs,
      costWeights: costWeightGrid(expensive, 10),
    });
  }
  return toModel(fitQualityModels({ table, rows: allRows, embeddings, options }), frontier);
}
