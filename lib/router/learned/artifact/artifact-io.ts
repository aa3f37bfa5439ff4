import { type Calibration, CALIBRATION_COEFFICIENTS } from "../calibrate/calibration";
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

function calibrationToJson(calibration: Calibration | undefined): QualityRouterArtifact["calibration"] {
  if (!calibration) return undefined;
  return {
    mode: calibration.mode,
    precision: calibration.precision,
    difficultyCentre: calibration.difficultyCentre,
    difficultyScale: calibration.difficultyScale,
    groups: [...calibration.groups].map(([key, coefficients]) => ({ key, coefficients: Array.from(coefficients) })),
  };
}

function calibrationFromJson(json: QualityRouterArtifact["calibration"], modelCount: number): Calibration | undefined {
  if (!json) return undefined;
  const groups = new Map<string, Float64Array>();
  for (const group of json.groups) {
    if (group.coefficients.length !== modelCount * CALIBRATION_COEFFICIENTS) {
      throw new InvalidArtifactError(`calibration group ${group.key}: expected ${modelCount * CALIBRATION_COEFFICIENTS} coefficients`);
    }
    groups.set(group.key, Float64Array.from(group.coefficients));
  }
  return { ...json, groups };
}

export function artifactFromModel(model: LearnedQualityModel, training: ArtifactTraining): QualityRouterArtifact {
  const state = model.featuriser;
  const outputs = model.outputCount;
  const ngramColumns = 1 << state.bits;
  let unseenIdf = 0;
  for (const value of state.idf) unseenIdf = Math.max(unseenIdf, value);
  const columns: number[] = [];
  for (let column = 0; column < featureColumnCount(state); column++) {
    let keep = column < ngramColumns && state.idf[column]! !== unseenIdf;
    for (let index = 0; index < outputs && !keep; index++) keep = model.weights[column * outputs + index] !== 0;
    if (keep) columns.push(column);
  }
  const idf = new Float32Array(columns.length);
  const values = new Float32Array(columns.length * outputs);
  columns.forEach((column, position) => {
    idf[position] = column < ngramColumns ? state.idf[column]! : 0;
    for (let index = 0; index < outputs; index++) values[position * outputs + index] = model.weights[column * outputs + index]!;
  });
  const modelCount = model.models.length;
  return {
    format: ARTIFACT_FORMAT,
    version: ARTIFACT_VERSION,
    models: model.models.map((info, index) => ({ id: info.id, meanQuality: info.meanQuality, bias: model.biases[index]!, cost: info.cost })),
    consensusBias: outputs > modelCount ? model.biases[modelCount]! : undefined,
    calibration: calibrationToJson(model.calibration),
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
    singles: model.singles.map((single) => ({ id: model.modelIds[single.model]!, quality: single.quality, costUsd: single.costUsd })),
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
  const outputs = modelCount + (artifact.consensusBias === undefined ? 0 : 1);
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
  if (idf.length !== columns.length || values.length !== columns.length * outputs) {
    throw new InvalidArtifactError("weights.columns, weights.idf and weights.values disagree in length");
  }
  const columnCount = featureColumnCount(state);
  const weights = new Float32Array(columnCount * outputs);
  const ngramColumns = 1 << state.bits;
  columns.forEach((column, position) => {
    if (column < 0 || column >= columnCount) throw new InvalidArtifactError(`column ${column} is outside the feature space`);
    if (column < ngramColumns) state.idf[column] = idf[position]!;
    for (let index = 0; index < outputs; index++) weights[column * outputs + index] = values[position * outputs + index]!;
  });
  const ids = artifact.models.map((model) => model.id);
  try {
    return new LearnedQualityModel({
      models: artifact.models.map((model) => ({ id: model.id, meanQuality: model.meanQuality, cost: model.cost })),
      featuriser: state,
      weights,
      biases: [...artifact.models.map((model) => model.bias), ...(artifact.consensusBias === undefined ? [] : [artifact.consensusBias])],
      calibration: calibrationFromJson(artifact.calibration, modelCount),
      frontier: artifact.frontier,
      singles: (artifact.singles ?? [])
        .filter((single) => ids.includes(single.id))
        .map((single) => ({ model: ids.indexOf(single.id), quality: single.quality, costUsd: single.costUsd })),
      embedderId: embedding?.embedderId,
    });
  } catch (error) {
    if (error instanceof RangeError) throw new InvalidArtifactError(error.message);
    throw error;
  }
}
