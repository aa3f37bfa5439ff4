import { chooseByUtility, costWeightGrid } from "../../routing/choose-model";
import type { EvaluationSet } from "../evaluation-set";
import type { RouterSetting } from "./bench-router";

// The λ sweep shared by every router that predicts a quality per (prompt, model): at each cost
// weight of the grid (spanning the most expensive model's mean estimated cost), each prompt goes to
// the model with the best predicted quality − λ × estimated cost. `predicted` and `estimated` are
// row-major (prompt × model) over `evaluation.models`.
export function sweepByUtility(evaluation: EvaluationSet, predicted: Float64Array, estimated: Float64Array): RouterSetting[] {
  const modelCount = evaluation.models.length;
  let expensive = 0;
  for (let model = 0; model < modelCount; model++) {
    let sum = 0;
    for (let row = 0; row < evaluation.rows.length; row++) sum += estimated[row * modelCount + model]!;
    expensive = Math.max(expensive, sum / evaluation.rows.length);
  }
  return costWeightGrid(expensive).map((costWeight) => ({
    label: `λ=${costWeight.toPrecision(3)}`,
    choices: Int32Array.from(evaluation.rows, (_, row) =>
      chooseByUtility({ qualities: predicted, costs: estimated, costWeight, offset: row * modelCount, modelCount }),
    ),
  }));
}
