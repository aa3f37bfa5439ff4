import { z } from "zod";
import { CALIBRATION_MODES } from "../calibrate/calibration";
import { linearCostSchema } from "../cost/linear-cost";

// The trained learned router as one JSON file: featuriser state, per-model weights over the
// columns the training data used, cost models, and the frontier measured on cross-fitted
// predictions. Deterministic: the same data and options give the same bytes (no timestamps).
// Version 2 adds the consensus output (`consensusBias`, one more value per column in
// `weights.values`) and the calibration stage; version 1 artefacts (no calibration) still load.

export const ARTIFACT_FORMAT = "learned-quality-router";
export const ARTIFACT_VERSION = 2;

const calibrationSchema = z.object({
  mode: z.enum(CALIBRATION_MODES),
  /** How strongly each group is shrunk towards its parent (chosen by cross-validation). */
  precision: z.number().finite().nonnegative(),
  difficultyCentre: z.number().finite(),
  difficultyScale: z.number().finite().positive(),
  /** Per group ("all", "family:<family>", "format:<signature>"): models × [intercept, difficulty slope, own-logit slope]. */
  groups: z.array(z.object({ key: z.string().min(1), coefficients: z.array(z.number().finite()) })),
});

const frontierPointSchema = z.object({
  costWeight: z.number().finite().nonnegative(),
  quality: z.number().finite(),
  costUsd: z.number().finite().nonnegative(),
  predictedQuality: z.number().finite(),
  modelShares: z.array(z.number().min(0).max(1)),
});

export const qualityRouterArtifactSchema = z.object({
  format: z.literal(ARTIFACT_FORMAT),
  version: z.union([z.literal(1), z.literal(ARTIFACT_VERSION)]),
  models: z
    .array(
      z.object({
        id: z.string().min(1),
        /** Mean observed quality in the training data: used to map registry models by rank. */
        meanQuality: z.number().min(0).max(1),
        bias: z.number().finite(),
        cost: linearCostSchema,
      }),
    )
    .min(1),
  /** Bias of the consensus output (version 2; its weights follow the models' in `weights.values`). */
  consensusBias: z.number().finite().optional(),
  calibration: calibrationSchema.optional(),
  featuriser: z.object({
    bits: z.number().int().min(8).max(20),
    characterGrams: z.boolean(),
    textScale: z.number().finite().nonnegative(),
    familyScale: z.number().finite().nonnegative(),
    denseScale: z.number().finite().nonnegative(),
    denseMean: z.array(z.number().finite()),
    denseStd: z.array(z.number().finite().positive()),
    /** IDF of buckets never seen in training (all share one value). */
    unseenIdf: z.number().finite().positive(),
    embedding: z.object({ embedderId: z.string().min(1), dimensions: z.number().int().positive(), scale: z.number().positive() }).optional(),
  }),
  weights: z.object({
    /** Base64 Int32: the feature columns that have weights, ascending. */
    columns: z.string(),
    /** Base64 Float32: IDF per listed n-gram column (columns beyond the n-gram block have none). */
    idf: z.string(),
    /** Base64 Float32: columns × outputs (the models, then the consensus output if any), row-major by column. */
    values: z.string(),
  }),
  frontier: z.array(frontierPointSchema),
  /** Each model alone on the same prompts as the frontier: mean observed quality and mean cost. */
  singles: z.array(z.object({ id: z.string().min(1), quality: z.number().finite(), costUsd: z.number().finite().nonnegative() })).optional(),
  training: z.object({
    source: z.string(),
    prompts: z.number().int().nonnegative(),
    l2: z.number().positive(),
    sharedL2: z.number().positive().optional(),
    seed: z.number().int(),
    calibrationFolds: z.number().int().nonnegative(),
    /** E.g. "train split of 7 / 0.3" or "all rows". */
    rows: z.string(),
    costModel: z.string(),
  }),
});

export type QualityRouterArtifact = z.infer<typeof qualityRouterArtifactSchema>;
