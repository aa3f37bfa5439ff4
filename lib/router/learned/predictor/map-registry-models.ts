import type { ModelSpec } from "../../types";

// When the app has no ratings of its own, a predictor trained on benchmark models (gpt-4-1106,
// Mixtral, …) still knows which prompts need a strong model. Registry models are mapped onto the
// predictor's models by quality rank: the registry's best model takes the predictor's best model's
// predictions, its weakest the weakest's, evenly spaced in between. A registry model whose id is
// one of the predictor's models maps to itself (a predictor trained on the app's own ratings).

export interface RankedModel {
  id: string;
  /** Registry qualityScore, or the predictor's mean training quality. */
  quality: number;
}

function byQualityDescending(left: RankedModel, right: RankedModel): number {
  return right.quality - left.quality || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0);
}

/** registry model id → predictor model id. */
export function mapByQualityRank(registry: readonly RankedModel[], predictor: readonly RankedModel[]): Map<string, string> {
  const mapping = new Map<string, string>();
  if (predictor.length === 0) return mapping;
  const predictorIds = new Set(predictor.map((model) => model.id));
  const unmatched = registry.filter((model) => !predictorIds.has(model.id));
  for (const model of registry) if (predictorIds.has(model.id)) mapping.set(model.id, model.id);
  const rankedRegistry = [...unmatched].sort(byQualityDescending);
  const rankedPredictor = [...predictor].sort(byQualityDescending);
  rankedRegistry.forEach((model, rank) => {
    const position = rankedRegistry.length === 1 ? 0 : Math.round((rank * (rankedPredictor.length - 1)) / (rankedRegistry.length - 1));
    mapping.set(model.id, rankedPredictor[position]!.id);
  });
  return mapping;
}

export function registryRanks(models: readonly Pick<ModelSpec, "id" | "qualityScore">[]): RankedModel[] {
  return models.map((model) => ({ id: model.id, quality: model.qualityScore }));
}
