import { z } from "zod";
import type { BenchmarkDataset } from "../data/benchmark-types";

// What the learned router trains on: prompts × models, with an observed quality (or none) in each
// cell. Built from a benchmark file (every model ran every prompt) or from the app's own rated
// requests (each request rated for the one model that answered it).

export interface QualityTable {
  models: readonly string[];
  prompts: readonly string[];
  /** Row-major prompts × models, quality in [0, 1]. */
  targets: Float64Array;
  /** Row-major prompts × models: how many observations the target averages (0 = none). */
  weights: Float64Array;
  /** Observed USD per call, row-major prompts × models (NaN = unknown); absent when no costs at all. */
  costs: Float64Array | undefined;
}

export function tableFromDataset(dataset: BenchmarkDataset): QualityTable {
  const models = dataset.models;
  const count = dataset.rows.length * models.length;
  const targets = new Float64Array(count);
  const weights = new Float64Array(count);
  const costs = dataset.hasCosts ? new Float64Array(count).fill(Number.NaN) : undefined;
  dataset.rows.forEach((row, rowIndex) => {
    models.forEach((_, modelIndex) => {
      const cell = rowIndex * models.length + modelIndex;
      const score = row.scores[modelIndex];
      if (score !== null && score !== undefined) {
        targets[cell] = score;
        weights[cell] = 1;
      }
      const cost = row.costs?.[modelIndex];
      if (costs && cost !== null && cost !== undefined) costs[cell] = cost;
    });
  });
  return { models, prompts: dataset.rows.map((row) => row.prompt), targets, weights, costs };
}

/** One rated answer from the app: the prompt, the registry model that answered, its quality. */
export const ratedExampleSchema = z.object({
  prompt: z.string().min(1),
  model: z.string().min(1),
  quality: z.number().min(0).max(1),
  costUsd: z.number().finite().nonnegative().optional(),
});
export type RatedExample = z.infer<typeof ratedExampleSchema>;

/** Groups ratings by exact prompt text; several ratings of one (prompt, model) are averaged. */
export function tableFromRatings(ratings: readonly RatedExample[]): QualityTable {
  const validated = ratings.map((rating, index) => {
    const result = ratedExampleSchema.safeParse(rating);
    if (!result.success) throw new RangeError(`rating ${index}: ${result.error.issues[0]?.message ?? "invalid"}`);
    return result.data;
  });
  const models = [...new Set(validated.map((rating) => rating.model))].sort();
  const promptIndex = new Map<string, number>();
  for (const rating of validated) if (!promptIndex.has(rating.prompt)) promptIndex.set(rating.prompt, promptIndex.size);
  const size = promptIndex.size * models.length;
  const sums = new Float64Array(size);
  const weights = new Float64Array(size);
  const hasCosts = validated.some((rating) => rating.costUsd !== undefined);
  const costSums = new Float64Array(size);
  const costCounts = new Float64Array(size);
  for (const rating of validated) {
    const cell = promptIndex.get(rating.prompt)! * models.length + models.indexOf(rating.model);
    sums[cell]! += rating.quality;
    weights[cell]! += 1;
    if (rating.costUsd !== undefined) {
      costSums[cell]! += rating.costUsd;
      costCounts[cell]! += 1;
    }
  }
  const targets = sums.map((sum, cell) => (weights[cell]! > 0 ? sum / weights[cell]! : 0));
  const costs = hasCosts ? costSums.map((sum, cell) => (costCounts[cell]! > 0 ? sum / costCounts[cell]! : Number.NaN)) : undefined;
  return { models, prompts: [...promptIndex.keys()], targets, weights, costs };
}
