import type { LearnedQualityModel } from "../../predictor/learned-quality-model";
import { chooseByUtility, costWeightGrid } from "../../routing/choose-model";
import { tableFromDataset } from "../../train/quality-table";
import { type TrainOptions, trainQualityRouter } from "../../train/train-quality-router";
import type { EvaluationSet } from "../evaluation-set";
import type { BenchContext, BenchRouter, RouterRun } from "./bench-router";
import { strongAndCheap } from "./baseline-routers";

// The learned router, trained on the training file (or loaded from an artefact), swept over λ.
// Decisions use only the prompt: predicted quality and the cost model's estimate for its length.
// Training includes the cross-fitted calibration stage, exactly as `npm run train:router` does.

export function learnedRouter(context: BenchContext, options: { model?: LearnedQualityModel; train?: TrainOptions } = {}): BenchRouter {
  return {
    name: "learned",
    description: options.model
      ? "learned router from the given artefact, swept over λ"
      : "learned router trained on the training file, swept over λ",
    async run(evaluation: EvaluationSet): Promise<RouterRun> {
      const model =
        options.model ??
        (await trainQualityRouter(tableFromDataset(context.train), {
          ...options.train,
          costs: context.costModel.costs,
        }));
      const count = evaluation.models.length;
      const columnOf = evaluation.models.map((id) => model.modelIds.indexOf(id));
      if (columnOf.includes(-1)) throw new RangeError("the learned router does not know every model of the test file");
      const predicted = new Float64Array(evaluation.rows.length * count);
      const estimated = new Float64Array(evaluation.rows.length * count);
      evaluation.rows.forEach((row, rowIndex) => {
        const qualities = model.predict(row.prompt);
        const costs = model.estimateCosts(row.prompt);
        columnOf.forEach((column, index) => {
          predicted[rowIndex * count + index] = qualities[column]!;
          estimated[rowIndex * count + index] = costs[column]!;
        });
      });
      let expensive = 0;
      for (let index = 0; index < count; index++) {
        let sum = 0;
        for (let row = 0; row < evaluation.rows.length; row++) sum += estimated[row * count + index]!;
        expensive = Math.max(expensive, sum / Math.max(1, evaluation.rows.length));
      }
      const settings = costWeightGrid(expensive).map((costWeight) => ({
        label: `λ=${costWeight.toPrecision(3)}`,
        choices: Int32Array.from(evaluation.rows, (_, row) =>
          chooseByUtility({ qualities: predicted, costs: estimated, costWeight, offset: row * count, modelCount: count }),
        ),
      }));
      if (count !== 2) return { settings };
      // The λ at which a prompt switches to the strong model: ranking by it is the λ sweep.
      const strongIndex = evaluation.models.indexOf(context.train.models[strongAndCheap(context).strong]!);
      const weakIndex = 1 - strongIndex;
      const strongScores = Float64Array.from(evaluation.rows, (_, row) => {
        const gain = predicted[row * 2 + strongIndex]! - predicted[row * 2 + weakIndex]!;
        const extra = estimated[row * 2 + strongIndex]! - estimated[row * 2 + weakIndex]!;
        return extra > 0 ? gain / extra : gain;
      });
      return { settings, strongScores };
    },
  };
}
