import type { Embedder, SparseVector } from "../embed/embedder";
import { fnv1a32 } from "../embed/hash";
import { COMPLEXITIES, type Complexity, TASK_TYPES, type TaskType } from "../types";
import { KnnIndex } from "./knn-index";
import { fitLabelHead, type LabelHead } from "./label-head";
import type { LabelledExample } from "./labelled-examples";
import { clipForScanning } from "./prompt-features";
import { denseToSparse } from "./vector-math";

// The fitted state of the embedding classifier, built once from labelled examples and cached per
// (embedder, examples, softmax on/off), so creating a classifier per request never refits.

/** An embedder that can embed synchronously into a sparse vector (LocalEmbedder): the fast path. */
export interface SparseEmbedder extends Embedder {
  embedSparse(text: string): SparseVector;
}

export function isSparseEmbedder(embedder: Embedder): embedder is SparseEmbedder {
  return typeof (embedder as Partial<SparseEmbedder>).embedSparse === "function";
}

export interface EmbeddingModel {
  embedderId: string;
  exampleCount: number;
  index: KnnIndex;
  complexity: LabelHead<Complexity>;
  taskType: LabelHead<TaskType>;
}

/** What is embedded of a prompt: its first and last 1,000 characters (instruction and ask). */
export function textForEmbedding(prompt: string): string {
  return clipForScanning(prompt, { head: 1_000, tail: 1_000 });
}

export async function embedForClassification(embedder: Embedder, texts: readonly string[]): Promise<SparseVector[]> {
  const clipped = texts.map(textForEmbedding);
  if (isSparseEmbedder(embedder)) return clipped.map((text) => embedder.embedSparse(text));
  return (await embedder.embed(clipped)).map(denseToSparse);
}

export interface ModelFitInput {
  embedder: Embedder;
  examples: readonly LabelledExample[];
  vectors: readonly SparseVector[];
  trainSoftmax: boolean;
}

function fitEmbeddingModel({ embedder, examples, vectors, trainSoftmax }: ModelFitInput): EmbeddingModel {
  const shared = { vectors, dimensions: embedder.dimensions, trainSoftmax };
  return {
    embedderId: embedder.id,
    exampleCount: examples.length,
    index: new KnnIndex(vectors),
    complexity: fitLabelHead({ ...shared, labels: COMPLEXITIES, exampleLabels: examples.map((example) => example.complexity) }),
    taskType: fitLabelHead({ ...shared, labels: TASK_TYPES, exampleLabels: examples.map((example) => example.taskType) }),
  };
}

const cache = new WeakMap<Embedder, Map<string, EmbeddingModel>>();

function cacheKey(examples: readonly LabelledExample[], trainSoftmax: boolean): string {
  let hash = 0x811c9dc5;
  for (const example of examples) hash = fnv1a32(`${example.complexity}|${example.taskType}|${example.text}\u0000`, hash);
  return `${examples.length}:${hash.toString(16)}:${trainSoftmax ? "softmax" : "plain"}`;
}

function cachedModel(input: Omit<ModelFitInput, "vectors">): EmbeddingModel | undefined {
  return cache.get(input.embedder)?.get(cacheKey(input.examples, input.trainSoftmax));
}

function rememberModel(input: Omit<ModelFitInput, "vectors">, model: EmbeddingModel): void {
  let models = cache.get(input.embedder);
  if (!models) cache.set(input.embedder, (models = new Map()));
  models.set(cacheKey(input.examples, input.trainSoftmax), model);
}

/** Fits (or reuses) the model synchronously; only for sparse embedders. */
export function fitSparseModelCached(input: Omit<ModelFitInput, "vectors"> & { embedder: SparseEmbedder }): EmbeddingModel {
  const cached = cachedModel(input);
  if (cached) return cached;
  const vectors = input.examples.map((example) => input.embedder.embedSparse(textForEmbedding(example.text)));
  const model = fitEmbeddingModel({ ...input, vectors });
  rememberModel(input, model);
  return model;
}

export async function fitModelCached(input: Omit<ModelFitInput, "vectors">): Promise<EmbeddingModel> {
  const cached = cachedModel(input);
  if (cached) return cached;
  const vectors = await embedForClassification(
    input.embedder,
    input.examples.map((example) => example.text),
  );
  const model = fitEmbeddingModel({ ...input, vectors });
  rememberModel(input, model);
  return model;
}
