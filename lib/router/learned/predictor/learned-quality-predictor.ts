import type { Embedder } from "../../embed/embedder";
import type { ModelSpec, QualityPredictionInput, QualityPredictor } from "../../types";
import type { LearnedQualityModel } from "./learned-quality-model";
import { mapByQualityRank, registryRanks } from "./map-registry-models";

// The learned model behind the router's QualityPredictor port (lib/router/types.ts), which the
// `learned` policy calls once per request. Registry models are mapped onto the model's own models:
// explicitly, by identical id (a model trained on the app's ratings), or by quality rank (a model
// trained on benchmark files). Without an external embedder the prediction is synchronous and
// takes tens of microseconds; with one it awaits one embeddings call.

export interface LearnedQualityPredictorOptions {
  model: LearnedQualityModel;
  /** Registry model id → the model's model id; unlisted registry models are mapped by rank. */
  mapping?: Readonly<Record<string, string>>;
  /** Required when the model was trained with external embeddings (same embedder id). */
  embedder?: Embedder;
  /** Shown in decisions' reasons, e.g. "learned:routerbench". */
  id?: string;
}

export class LearnedQualityPredictor implements QualityPredictor {
  readonly id: string;
  private readonly model: LearnedQualityModel;
  private readonly explicit: ReadonlyMap<string, string>;
  private readonly embedder: Embedder | undefined;
  private cachedRegistry: readonly ModelSpec[] | undefined;
  private cachedMapping: ReadonlyMap<string, string> = new Map();

  constructor(options: LearnedQualityPredictorOptions) {
    this.model = options.model;
    this.id = options.id ?? `learned:${options.model.modelIds.length}-models`;
    for (const [registryId, modelId] of Object.entries(options.mapping ?? {})) {
      if (!options.model.modelIds.includes(modelId)) throw new RangeError(`mapping ${registryId} → "${modelId}": the model does not know it`);
    }
    this.explicit = new Map(Object.entries(options.mapping ?? {}));
    if (options.model.needsEmbedding) {
      if (!options.embedder) throw new RangeError(`this model was trained with embeddings from ${options.model.embedderId}: pass that embedder`);
      if (options.embedder.id !== options.model.embedderId) {
        throw new RangeError(`embedder ${options.embedder.id} differs from the one the model was trained with (${options.model.embedderId})`);
      }
    }
    this.embedder = options.embedder;
  }

  /** Registry model id → model id, for the registry models given (memoised per registry array). */
  mappingFor(models: readonly ModelSpec[]): ReadonlyMap<string, string> {
    if (this.cachedRegistry === models) return this.cachedMapping;
    const unmapped = models.filter((model) => !this.explicit.has(model.id));
    const ranked = mapByQualityRank(
      registryRanks(unmapped),
      this.model.models.map((model) => ({ id: model.id, quality: model.meanQuality })),
    );
    const mapping = new Map([...ranked, ...[...this.explicit].filter(([id]) => models.some((model) => model.id === id))]);
    this.cachedRegistry = models;
    this.cachedMapping = mapping;
    return mapping;
  }

  private toRegistry(qualities: Float64Array, models: readonly ModelSpec[]): Map<string, number> {
    const predicted = new Map<string, number>();
    for (const [registryId, modelId] of this.mappingFor(models)) {
      predicted.set(registryId, qualities[this.model.modelIds.indexOf(modelId)]!);
    }
    return predicted;
  }

  predict(input: QualityPredictionInput): Map<string, number> | Promise<Map<string, number>> {
    if (!this.model.needsEmbedding) return this.toRegistry(this.model.predict(input.prompt), input.models);
    return this.embedder!.embed([input.prompt]).then(([vector]) => this.toRegistry(this.model.predict(input.prompt, vector), input.models));
  }
}
