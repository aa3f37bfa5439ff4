import { estimateCallCost, type LinearCost } from "../cost/linear-cost";
import { type FeaturiserState, featureColumnCount, featurisePrompt } from "../features/prompt-featuriser";
import { sigmoid } from "../model/logistic-regression";
import type { SparseRow } from "../model/sparse-matrix";
import { chooseByUtility } from "../routing/choose-model";
import type { FrontierPoint } from "../routing/frontier";

// A trained learned router in memory: expected quality of each of its models for a prompt (one
// logistic model per model over the prompt's features), expected cost of each call, and the
// λ-rule choice. Prediction is a featurisation (tens of microseconds) and one sparse dot product
// per model.

export interface LearnedModelInfo {
  id: string;
  meanQuality: number;
  cost: LinearCost;
}

export interface LearnedQualityModelParts {
  models: readonly LearnedModelInfo[];
  featuriser: FeaturiserState;
  /** columns × models, row-major by column (column c of model m at c · models + m). */
  weights: Float32Array;
  biases: readonly number[];
  frontier: readonly FrontierPoint[];
  /** Id of the external embedder the model was trained with, if any. */
  embedderId?: string;
}

export class LearnedQualityModel {
  readonly models: readonly LearnedModelInfo[];
  readonly modelIds: readonly string[];
  readonly featuriser: FeaturiserState;
  readonly frontier: readonly FrontierPoint[];
  readonly embedderId: string | undefined;
  readonly weights: Float32Array;
  readonly biases: Float64Array;

  constructor(parts: LearnedQualityModelParts) {
    const expected = featureColumnCount(parts.featuriser) * parts.models.length;
    if (parts.weights.length !== expected) throw new RangeError(`expected ${expected} weights, got ${parts.weights.length}`);
    if (parts.biases.length !== parts.models.length) throw new RangeError("one bias per model is required");
    this.models = parts.models;
    this.modelIds = parts.models.map((model) => model.id);
    this.featuriser = parts.featuriser;
    this.frontier = parts.frontier;
    this.embedderId = parts.embedderId;
    this.weights = parts.weights;
    this.biases = Float64Array.from(parts.biases);
  }

  get needsEmbedding(): boolean {
    return this.featuriser.embeddingDimensions > 0;
  }

  featurise(prompt: string, embedding?: Float32Array): SparseRow {
    return featurisePrompt(this.featuriser, prompt, embedding);
  }

  /** Expected quality in (0, 1) per model, aligned with `models`. */
  predictRow(row: SparseRow): Float64Array {
    const count = this.models.length;
    const logits = Float64Array.from(this.biases);
    for (let entry = 0; entry < row.indices.length; entry++) {
      const offset = row.indices[entry]! * count;
      const value = row.values[entry]!;
      for (let model = 0; model < count; model++) logits[model]! += value * this.weights[offset + model]!;
    }
    for (let model = 0; model < count; model++) logits[model] = sigmoid(logits[model]!);
    return logits;
  }

  predict(prompt: string, embedding?: Float32Array): Float64Array {
    return this.predictRow(this.featurise(prompt, embedding));
  }

  /** Expected USD of one call per model, aligned with `models`. */
  estimateCosts(prompt: string): Float64Array {
    return Float64Array.from(this.models, (model) => estimateCallCost(model.cost, prompt.length));
  }

  /** Index of the model with the best expected quality − λ × expected cost. */
  choose(prompt: string, costWeight: number, embedding?: Float32Array): number {
    return chooseByUtility({ qualities: this.predict(prompt, embedding), costs: this.estimateCosts(prompt), costWeight });
  }
}
