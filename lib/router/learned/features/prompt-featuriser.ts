import type { SparseRow } from "../model/sparse-matrix";
import { splitFewShot } from "./final-question";
import { FORMAT_FEATURE_NAMES, formatFeatures } from "./format-features";
import { fnv1a32 } from "../../embed/hash";
import { countNgrams } from "./ngram-terms";
import { formatSignature, PROMPT_FAMILIES, promptFamily } from "./prompt-family";

// Turns a prompt into one sparse feature row, from the prompt alone:
//   [ hashed word/bigram/char-3-gram TF-IDF of the question (L2-normalised)   2^bits columns
//   | standardised format features, shared by every family                    D columns
//   | the same features again, gated by the prompt's family                   D × F columns
//   | format-signature indicator (hashed, see prompt-family.ts)               64 columns
//   | an optional external embedding (e.g. OpenAI embeddings)                 E columns ]
// IDF is fitted on the training prompts' questions.

export interface FeaturiserState {
  bits: number;
  characterGrams: boolean;
  /** Per-bucket IDF, length 2^bits. */
  idf: Float32Array;
  denseMean: readonly number[];
  denseStd: readonly number[];
  /** Norm of the n-gram block (its effective penalty is l2 / textScale²). */
  textScale: number;
  /** Weight of the dense block relative to the n-gram block. */
  denseScale: number;
  /** Value of the format-signature indicator: large, so per-format intercepts are barely penalised. */
  familyScale: number;
  /** Dimensions and weight of an external embedding appended to each row (0 when none). */
  embeddingDimensions: number;
  embeddingScale: number;
}

export interface FeaturiserOptions {
  bits?: number;
  characterGrams?: boolean;
  textScale?: number;
  denseScale?: number;
  familyScale?: number;
  embeddingDimensions?: number;
  embeddingScale?: number;
}

const DENSE_COUNT = FORMAT_FEATURE_NAMES.length;
const FAMILY_COUNT = PROMPT_FAMILIES.length;
const CLIP = 5;
const SIGNATURE_BUCKETS = 64;

export function featureColumnCount(state: FeaturiserState): number {
  return (1 << state.bits) + DENSE_COUNT * (1 + FAMILY_COUNT) + SIGNATURE_BUCKETS + state.embeddingDimensions;
}

interface RawFeatures {
  terms: Map<number, number>;
  dense: number[];
  family: number;
  signature: number;
}

function rawFeatures(prompt: string, state: Pick<FeaturiserState, "bits" | "characterGrams">): RawFeatures {
  const parts = splitFewShot(prompt);
  return {
    terms: countNgrams(parts.question, { bits: state.bits, characterGrams: state.characterGrams }),
    dense: formatFeatures(prompt, parts),
    family: PROMPT_FAMILIES.indexOf(promptFamily(parts.question)),
    signature: fnv1a32(formatSignature(parts.question, parts.examples)) % SIGNATURE_BUCKETS,
  };
}

export function fitFeaturiser(prompts: readonly string[], options: FeaturiserOptions = {}): FeaturiserState {
  const bits = options.bits ?? 16;
  const characterGrams = options.characterGrams ?? false;
  const documentFrequency = new Float64Array(1 << bits);
  const sums = new Float64Array(DENSE_COUNT);
  const squares = new Float64Array(DENSE_COUNT);
  for (const prompt of prompts) {
    const raw = rawFeatures(prompt, { bits, characterGrams });
    for (const bucket of raw.terms.keys()) documentFrequency[bucket]! += 1;
    raw.dense.forEach((value, index) => {
      sums[index]! += value;
      squares[index]! += value * value;
    });
  }
  const count = Math.max(1, prompts.length);
  const idf = new Float32Array(1 << bits);
  for (let bucket = 0; bucket < idf.length; bucket++) {
    idf[bucket] = Math.log((1 + count) / (1 + documentFrequency[bucket]!)) + 1;
  }
  const denseMean = Array.from(sums, (sum) => sum / count);
  const denseStd = Array.from(squares, (square, index) => {
    const variance = square / count - denseMean[index]! ** 2;
    return variance > 1e-12 ? Math.sqrt(variance) : 1;
  });
  return {
    bits,
    characterGrams,
    idf,
    denseMean,
    denseStd,
    textScale: options.textScale ?? 1,
    denseScale: options.denseScale ?? 0.3,
    familyScale: options.familyScale ?? options.denseScale ?? 0.3,
    embeddingDimensions: options.embeddingDimensions ?? 0,
    embeddingScale: options.embeddingScale ?? 1,
  };
}

/** The feature row of one prompt; `embedding` is required when the state was fitted with one. */
export function featurisePrompt(state: FeaturiserState, prompt: string, embedding?: Float32Array): SparseRow {
  if (state.embeddingDimensions > 0 && embedding?.length !== state.embeddingDimensions) {
    throw new Error(`expected an embedding of ${state.embeddingDimensions} dimensions`);
  }
  const raw = rawFeatures(prompt, state);
  const size = raw.terms.size + DENSE_COUNT * 2 + 1 + state.embeddingDimensions;
  const indices = new Int32Array(size);
  const values = new Float32Array(size);
  let length = 0;
  let norm = 0;
  for (const [bucket, termCount] of raw.terms) {
    const weight = (1 + Math.log(termCount)) * state.idf[bucket]!;
    indices[length] = bucket;
    values[length++] = weight;
    norm += weight * weight;
  }
  const scale = norm > 0 ? state.textScale / Math.sqrt(norm) : 0;
  for (let entry = 0; entry < length; entry++) values[entry]! *= scale;

  const denseBase = 1 << state.bits;
  const familyBase = denseBase + DENSE_COUNT * (1 + raw.family);
  for (let feature = 0; feature < DENSE_COUNT; feature++) {
    const standard = (raw.dense[feature]! - state.denseMean[feature]!) / state.denseStd[feature]!;
    const value = Math.max(-CLIP, Math.min(CLIP, standard)) * state.denseScale;
    if (value === 0) continue;
    indices[length] = denseBase + feature;
    values[length++] = value;
    indices[length] = familyBase + feature;
    values[length++] = value;
  }
  indices[length] = denseBase + DENSE_COUNT * (1 + FAMILY_COUNT) + raw.signature;
  values[length++] = state.familyScale;
  if (embedding) {
    const embeddingBase = featureColumnCount(state) - state.embeddingDimensions;
    for (let dimension = 0; dimension < embedding.length; dimension++) {
      indices[length] = embeddingBase + dimension;
      values[length++] = embedding[dimension]! * state.embeddingScale;
    }
  }
  return { indices: indices.slice(0, length), values: values.slice(0, length) };
}
