import { FORMAT_FEATURE_NAMES } from "../features/format-features";
import { featureColumnCount, type FeaturiserState } from "../features/prompt-featuriser";
import { LearnedQualityModel } from "../predictor/learned-quality-model";
import { ARTIFACT_FORMAT, ARTIFACT_VERSION, type QualityRouterArtifact, qualityRouterArtifactSchema } from "./artifact-schema";
import { decodeFloat32, decodeInt32, encodeFloat32, encodeInt32 } from "./typed-array-codec";

// Model ⇄ artefact. Only columns that carry a weight or an IDF are stored, so the file holds what
// the training data touched, not the whole hashed space.

export type ArtifactTraining = QualityRouterArtifact["training"];

export class InvalidArtifactError extends Error {
  override readonly name = "InvalidArtifactError";
}

export function artifactFromModel(model: LearnedQualityModel, training: ArtifactTraining): QualityRouterArtifact {
  const state = model.featuriser;
  const modelCount = model.models.length;
  const ngramColumns = 1 << state.bits;
  let unseenIdf = 0;
  for (const value of state.idf) unseenIdf = Math.max(unseenIdf, value);
  const columns: number[] = [];
  for (let column = 0; column < featureColumnCount(state); column++) {
    let keep = column < ngramColumns && state.idf[column]! !== unseenIdf;
    for (let index = 0; index < modelCount && !keep; index++) keep = model.weights[column * modelCount + index] !== 0;
    if (keep) columns.push(column);
  }
  const idf = new Float32Array(columns.length);
  const values = new Float32Array(columns.length * modelCount);
  columns.forEach((column, position) => {
    idf[position] = column < ngramColumns ? state.idf[column]! : 0;
    for (let index = 0; index < modelCount; index++) values[position * modelCount + index] = model.weights[column * modelCount + index]!;
  });
  return {
    format: ARTIFACT_FORMAT,
    version: ARTIFACT_VERSION,
    models: model.models.map((info, index) => ({ id: info.id, meanQuality: info.meanQuality, bias: model.biases[index]!, cost: info.cost })),
    featuriser: {
      bits: state.bits,
      characterGrams: state.characterGrams,
      textScale: state.textScale,
      familyScale: state.familyScale,
      denseScale: state.denseScale,
      denseMean: [...state.denseMean],
      denseStd: [...state.denseStd],
      unseenIdf,
      embedding: model.embedderId
        ? { embedderId: model.embedderId, dimensions: state.embeddingDimensions, scale: state.embeddingScale }
        : undefined,
    },
    weights: { columns: encodeInt32(Int32Array.from(columns)), idf: encodeFloat32(idf), values: encodeFloat32(values) },
    frontier: model.frontier.map((point) => ({ ...point, modelShares: [...point.modelShares] })),
    training,
  };
}

export function modelFromArtifact(json: unknown): LearnedQualityModel {
  const parsed = qualityRouterArtifactSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidArtifactError(`not a learned-router artefact: ${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`.trim());
  }
  const artifact = parsed.data;
  const denseCount = FORMAT_FEATURE_NAMES.length;
  if (artifact.featuriser.denseMean.length !== denseCount || artifact.featuriser.denseStd.length !== denseCount) {
    throw new InvalidArtifactError(`the artefact has ${artifact.featuriser.denseMean.length} format features, this code ${denseCount}`);
  }
  const modelCount = artifact.models.length;
  const embedding = artifact.featuriser.embedding;
  const state: FeaturiserState = {
    bits: artifact.featuriser.bits,
    characterGrams: artifact.featuriser.characterGrams,
    idf: new Float32Array(1 << artifact.featuriser.bits).fill(artifact.featuriser.unseenIdf),
    denseMean: artifact.featuriser.denseMean,
    denseStd: artifact.featuriser.denseStd,
    textScale: artifact.featuriser.textScale,
    familyScale: artifact.featuriser.familyScale,
    denseScale: artifact.featuriser.denseScale,
    embeddingDimensions: embedding?.dimensions ?? 0,
    embeddingScale: embedding?.scale ?? 1,
  };
  const columns = decodeInt32(artifact.weights.columns, "weights.columns");
  const idf = decodeFloat32(artifact.weights.idf, "weights.idf");
  const values = decodeFloat32(artifact.weights.values, "weights.values");
  if (idf.length !== columns.length || values.length !== columns.length * modelCount) {
    throw new InvalidArtifactError("weights.columns, weights.idf and weights.values disagree in length");
  }
  const columnCount = featureColumnCount(state);
  const weights = new Float32Array(columnCount * modelCount);
  const ngramColumns = 1 << state.bits;
  columns.forEach((column, position) => {
    if (column < 0 || column >= columnCount) throw new InvalidArtifactError(`column ${column} is outside the feature space`);
    if (column < ngramColumns) state.idf[column] = idf[position]!;
    for (let index = 0; index < modelCount; index++) weights[column * modelCount + index] = values[position * modelCount + index]!;
  });
  return new LearnedQualityModel({
    models: artifact.models.map((model) => ({ id: model.id, meanQuality: model.meanQuality, cost: model.cost })),
    featuriser: state,
    weights,
    biases: artifact.models.map((model) => model.bias),
    frontier: artifact.frontier,
    embedderId: embedding?.embedderId,
  });
}
