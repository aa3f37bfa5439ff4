import type { Embedder } from "../../embed/embedder";
import type { LinearCost } from "../cost/linear-cost";

// Options of a learned-router training and their defaults. The defaults were chosen by 5-fold
// cross-validation inside the training side of the held-out split (never on its test side).

export interface TrainOptions {
  /** L2 penalty of the logistic models (of their per-model parts when `sharedL2` is set). */
  l2?: number;
  /** L2 penalty of a weight vector shared by every model (multi-task); omitted: no sharing. */
  sharedL2?: number;
  bits?: number;
  characterGrams?: boolean;
  textScale?: number;
  denseScale?: number;
  familyScale?: number;
  /**
   * Folds of the cross-fitted calibration stage and frontier; 0 or 1 skips both (the model then
   * predicts σ(stage-one logit) and the artefact has no frontier).
   */
  calibrationFolds?: number;
  seed?: number;
  /** Cost model per table model; fitted on the table's observed costs when omitted (they must exist). */
  costs?: readonly LinearCost[];
  /** External embeddings appended to the features (e.g. an OpenAI-compatible embedder). */
  embedder?: Embedder;
  embeddingScale?: number;
  maxIterations?: number;
}

export const DEFAULT_TRAIN_OPTIONS = {
  l2: 1,
  bits: 16,
  characterGrams: false,
  textScale: 1,
  denseScale: 0.3,
  familyScale: 1,
  calibrationFolds: 5,
  /** L-BFGS iterations: beyond ~60 the held-out routing figures stop moving (early stopping). */
  maxIterations: 80,
  seed: 0,
} as const;
