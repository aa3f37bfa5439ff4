import { type Calibration, calibrateLogits, calibrationKeys } from "../calibrate/calibration";
import { estimateCallCost, type LinearCost } from "../cost/linear-cost";
import { type FeaturiserState, featureColumnCount, featurisePrompt } from "../features/prompt-featuriser";
import { promptFormat } from "../features/prompt-format";
import type { SparseRow } from "../model/sparse-matrix";
import { chooseByUtility } from "../routing/choose-model";
import type { FrontierPoint, SinglePoint } from "../routing/frontier";

// A trained learned router in memory. Stage one: one logistic output per model over the prompt's
// features, plus a "consensus" output (the share of models that answer the prompt correctly).
// Stage two: the calibration (calibrate/calibration.ts) turns those logits into expected quality per
// model for the prompt's format. Then expected cost per call and the λ-rule choice. Prediction is a
// featurisation (tens of microseconds) and one sparse dot product per output.

export interface LearnedModelInfo {
  id: string;
  meanQuality: number;
  cost: LinearCost;
}

export interface LearnedQualityModelParts {
  models: readonly LearnedModelInfo[];
  featuriser: FeaturiserState;
  /** columns × outputs, row-major by column (column c of output o at c · outputs + o). */
  weights: Float32Array;
  /** One per output: models first, then the consensus output when there is one. */
  biases: readonly number[];
  /** Absent: expected quality is σ(the model's logit) (artefacts of format version 1). */
  calibration?: Calibration;
  frontier: readonly FrontierPoint[];
  singles?: readonly SinglePoint[];
  /** Id of the external embedder the model was trained with, if any. */
  embedderId?: string;
}

export class LearnedQualityModel {
  readonly models: readonly LearnedModelInfo[];
  readonly modelIds: readonly string[];
  readonly featuriser: FeaturiserState;
  readonly frontier: readonly FrontierPoint[];
  readonly singles: readonly SinglePoint[];
  readonly embedderId: string | undefined;
  readonly weights: Float32Array;
  readonly biases: Float64Array;
  readonly calibration: Calibration | undefined;
  /** Stage-one outputs: one per model, plus the consensus output when present. */
  readonly outputCount: number;

  constructor(parts: LearnedQualityModelParts) {
    const modelCount = parts.models.length;
    if (parts.biases.length !== modelCount && parts.biases.length !== modelCount + 1) {
      throw new RangeError("one bias per model (and optionally one for the consensus output) is required");
    }
    this.outputCount = parts.biases.length;
    const expected = featureColumnCount(parts.featuriser) * this.outputCount;
    if (parts.weights.length !== expected) throw new RangeError(`expected ${expected} weights, got ${parts.weights.length}`);
    const mode = parts.calibration?.mode;
    if (mode !== undefined && mode !== "identity" && mode !== "prior" && this.outputCount === modelCount) {
      throw new RangeError(`calibration mode "${mode}" needs the consensus output`);
    }
    if (mode !== undefined && mode !== "identity" && !parts.calibration!.groups.has("all")) {
      throw new RangeError('the calibration needs an "all" group');
    }
    this.models = parts.models;
    this.modelIds = parts.models.map((model) => model.id);
    this.featuriser = parts.featuriser;
    this.frontier = parts.frontier;
    this.singles = parts.singles ?? [];
    this.embedderId = parts.embedderId;
    this.weights = parts.weights;
    this.biases = Float64Array.from(parts.biases);
    this.calibration = parts.calibration;
  }

  get needsEmbedding(): boolean {
    return this.featuriser.embeddingDimensions > 0;
  }

  featurise(prompt: string, embedding?: Float32Array): SparseRow {
    return featurisePrompt(this.featuriser, prompt, embedding);
  }

  /** Stage-one logits of a featurised prompt: models first, then the consensus output. */
  logitsOfRow(row: SparseRow): Float64Array {
    const count = this.outputCount;
    const logits = Float64Array.from(this.biases);
    for (let entry = 0; entry < row.indices.length; entry++) {
      const offset = row.indices[entry]! * count;
      const value = row.values[entry]!;
      for (let output = 0; output < count; output++) logits[output]! += value * this.weights[offset + output]!;
    }
    return logits;
  }

  logits(prompt: string, embedding?: Float32Array): Float64Array {
    return this.logitsOfRow(this.featurise(prompt, embedding));
  }

  /** Expected quality in (0, 1) per model, aligned with `models`. */
  predict(prompt: string, embedding?: Float32Array): Float64Array {
    return calibrateLogits({
      calibration: this.calibration,
      logits: this.logits(prompt, embedding),
      modelCount: this.models.length,
      keys: this.calibration && this.calibration.mode !== "identity" ? calibrationKeys(promptFormat(prompt)) : [],
    });
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
