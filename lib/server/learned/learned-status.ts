import path from "node:path";
import type { ModelSpec } from "@/lib/router/types";
import type { LearnedStatusResponse } from "@/lib/schemas/learned";
import type { SqlExecutor } from "@/lib/server/sql/sql-client";
import type { LearnedRouterHolder } from "./learned-router-holder";
import { countRatedExamples } from "./rated-examples";
import { MINIMUM_RATED_MODELS, MINIMUM_RATED_PROMPTS } from "./retrain-requirements";

// GET /v1/learned: what the learned policy runs on, from the loaded artefact itself (nothing here is
// a fixed figure): its training data, the registry mapping, and its measured cost-quality frontier.

export async function learnedStatus(options: {
  holder: LearnedRouterHolder | undefined;
  registry: readonly ModelSpec[];
  costWeight: number;
  executor: SqlExecutor;
}): Promise<LearnedStatusResponse> {
  const ratings = { ...(await countRatedExamples(options.executor)), minimum_prompts: MINIMUM_RATED_PROMPTS, minimum_models: MINIMUM_RATED_MODELS };
  if (!options.holder) {
    return {
      available: false,
      reason: "No trained artefact was found: train one with `npm run train:router` or `npm run learned:retrain`.",
      artifact: null,
      mapping: [],
      cost_unit: "USD",
      cost_weight: options.costWeight,
      frontier: [],
      single_models: [],
      ratings,
    };
  }
  const { artifact, location } = options.holder.loaded;
  const costUnit = /\((.+)\)$/.exec(artifact.training.costModel)?.[1] ?? "USD";
  return {
    available: true,
    reason: null,
    artifact: {
      name: path.basename(location.file),
      origin: location.origin,
      source: artifact.training.source,
      rows: artifact.training.rows,
      prompts: artifact.training.prompts,
      cost_model: artifact.training.costModel,
      models: artifact.models.map((model) => ({ id: model.id, mean_quality: model.meanQuality })),
    },
    mapping: [...options.holder.mappingFor(options.registry)].map(([registryModel, artifactModel]) => ({
      registry_model: registryModel,
      artifact_model: artifactModel,
    })),
    cost_unit: costUnit,
    cost_weight: options.costWeight,
    frontier: artifact.frontier.map((point) => ({
      cost_weight: point.costWeight,
      quality: point.quality,
      cost: point.costUsd,
      predicted_quality: point.predictedQuality,
    })),
    single_models: (artifact.singles ?? []).map((single) => ({ model: single.id, quality: single.quality, cost: single.costUsd })),
    ratings,
  };
}
