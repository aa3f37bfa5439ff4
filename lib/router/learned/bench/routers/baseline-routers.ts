import { seededRandom } from "../../../learning/seeded-random";
import { chooseByUtility, costWeightGrid } from "../../routing/choose-model";
import type { EvaluationSet } from "../evaluation-set";
import type { BenchContext, BenchRouter, RouterRun } from "./bench-router";

// Reference points: every model on its own, random mixes of the strongest and the cheapest model,
// and the oracle (which knows every outcome, so it bounds what any router can reach).

function meanOverRows(evaluation: EvaluationSet, table: Float64Array, model: number): number {
  const count = evaluation.models.length;
  let sum = 0;
  for (let row = 0; row < evaluation.rows.length; row++) sum += table[row * count + model]!;
  return sum / Math.max(1, evaluation.rows.length);
}

export function singleModelRouter(model: string): BenchRouter {
  return {
    name: `single:${model}`,
    description: `always ${model}`,
    async run(evaluation) {
      const index = evaluation.models.indexOf(model);
      return { settings: [{ label: "always", choices: new Int32Array(evaluation.rows.length).fill(index) }] };
    },
  };
}

/** Indices of the training file's best model (highest mean quality) and cheapest model. */
export function strongAndCheap(context: BenchContext): { strong: number; cheap: number } {
  const { train, costModel } = context;
  const meanQuality = train.models.map((_, model) => {
    const scores = train.rows.map((row) => row.scores[model]).filter((score): score is number => score !== null && score !== undefined);
    return scores.reduce((sum, score) => sum + score, 0) / Math.max(1, scores.length);
  });
  const meanCharacters = train.rows.reduce((sum, row) => sum + row.prompt.length, 0) / Math.max(1, train.rows.length);
  const meanCost = costModel.costs.map((cost) => cost.fixedUsd + cost.usdPerCharacter * meanCharacters);
  const strong = meanQuality.indexOf(Math.max(...meanQuality));
  const cheap = meanCost.indexOf(Math.min(...meanCost));
  return { strong, cheap };
}

export function randomMixRouter(context: BenchContext): BenchRouter {
  const { strong, cheap } = strongAndCheap(context);
  const strongModel = context.train.models[strong]!;
  const cheapModel = context.train.models[cheap]!;
  return {
    name: "random",
    description: `${strongModel} with probability p, else ${cheapModel}`,
    async run(evaluation): Promise<RouterRun> {
      const strongIndex = evaluation.models.indexOf(strongModel);
      const cheapIndex = evaluation.models.indexOf(cheapModel);
      const settings = Array.from({ length: 11 }, (_, step) => {
        const probability = step / 10;
        const random = seededRandom(context.seed + step);
        const choices = Int32Array.from(evaluation.rows, () => (random() < probability ? strongIndex : cheapIndex));
        return { label: `p=${probability.toFixed(1)}`, choices };
      });
      return { settings };
    },
  };
}

export function oracleRouter(context: BenchContext): BenchRouter {
  const { strong } = strongAndCheap(context);
  const strongModel = context.train.models[strong]!;
  return {
    name: "oracle",
    description: "knows every outcome: best quality − λ × cost per prompt (λ = 0: cheapest of the best)",
    async run(evaluation): Promise<RouterRun> {
      const count = evaluation.models.length;
      const expensive = Math.max(...evaluation.models.map((_, model) => meanOverRows(evaluation, evaluation.cost, model)));
      const settings = costWeightGrid(expensive).map((costWeight) => ({
        label: `λ=${costWeight.toPrecision(3)}`,
        choices: Int32Array.from(evaluation.rows, (_, row) =>
          chooseByUtility({ qualities: evaluation.quality, costs: evaluation.cost, costWeight, offset: row * count, modelCount: count }),
        ),
      }));
      if (count !== 2) return { settings };
      // RouteLLM's optimal router: strong calls first where the strong model gains most.
      const strongIndex = evaluation.models.indexOf(strongModel);
      const weakIndex = 1 - strongIndex;
      const strongScores = Float64Array.from(
        evaluation.rows,
        (_, row) => evaluation.quality[row * 2 + strongIndex]! - evaluation.quality[row * 2 + weakIndex]!,
      );
      return { settings, strongScores };
    },
  };
}
