import { chooseByUtility } from "./choose-model";

// The learned router's cost-quality frontier over λ, measured on prompts it was not trained on
// (cross-fitted predictions of the training file): the table λ is solved from, and what the
// console plots next to the single models.

export interface FrontierPoint {
  costWeight: number;
  /** Mean observed quality of the chosen models. */
  quality: number;
  /** Mean cost of the chosen models (observed when known, else estimated), USD per prompt. */
  costUsd: number;
  /** Mean predicted quality of the chosen models. */
  predictedQuality: number;
  /** Share of prompts sent to each model, aligned with the router's models. */
  modelShares: number[];
}

export interface FrontierInput {
  modelCount: number;
  /** Row-major prompts × models. */
  predicted: Float64Array;
  estimatedCosts: Float64Array;
  observed: Float64Array;
  /** 0 where the outcome is missing: such prompts are skipped. */
  observedWeights: Float64Array;
  /** Realised costs (NaN = unknown: the estimate is used). */
  observedCosts?: Float64Array;
  costWeights: readonly number[];
}

/** Each model on its own, on the same prompts as the frontier: what the console plots beside it. */
export interface SinglePoint {
  /** Index into the router's models. */
  model: number;
  quality: number;
  costUsd: number;
}

/** Prompts with every model's outcome: the frontier and the single models are measured on these. */
function completePrompts(input: Pick<FrontierInput, "modelCount" | "observedWeights">): number[] {
  const { modelCount } = input;
  const complete: number[] = [];
  for (let prompt = 0; prompt < input.observedWeights.length / modelCount; prompt++) {
    let ok = true;
    for (let model = 0; model < modelCount; model++) if (input.observedWeights[prompt * modelCount + model] === 0) ok = false;
    if (ok) complete.push(prompt);
  }
  return complete;
}

function realisedCost(input: Pick<FrontierInput, "estimatedCosts" | "observedCosts">, cell: number): number {
  const realised = input.observedCosts?.[cell];
  return realised !== undefined && !Number.isNaN(realised) ? realised : input.estimatedCosts[cell]!;
}

export function measureSingles(input: Omit<FrontierInput, "predicted" | "costWeights">): SinglePoint[] {
  const complete = completePrompts(input);
  const count = Math.max(1, complete.length);
  return Array.from({ length: input.modelCount }, (_, model) => {
    let quality = 0;
    let cost = 0;
    for (const prompt of complete) {
      quality += input.observed[prompt * input.modelCount + model]!;
      cost += realisedCost(input, prompt * input.modelCount + model);
    }
    return { model, quality: quality / count, costUsd: cost / count };
  });
}

export function measureFrontier(input: FrontierInput): FrontierPoint[] {
  const { modelCount } = input;
  const complete = completePrompts(input);
  return input.costWeights.map((costWeight) => {
    let quality = 0;
    let cost = 0;
    let predictedQuality = 0;
    const shares = new Array<number>(modelCount).fill(0);
    for (const prompt of complete) {
      const offset = prompt * modelCount;
      const chosen = chooseByUtility({ qualities: input.predicted, costs: input.estimatedCosts, costWeight, offset, modelCount });
      const cell = offset + chosen;
      quality += input.observed[cell]!;
      cost += realisedCost(input, cell);
      predictedQuality += input.predicted[cell]!;
      shares[chosen]! += 1;
    }
    const count = Math.max(1, complete.length);
    return {
      costWeight,
      quality: quality / count,
      costUsd: cost / count,
      predictedQuality: predictedQuality / count,
      modelShares: shares.map((share) => share / count),
    };
  });
}
