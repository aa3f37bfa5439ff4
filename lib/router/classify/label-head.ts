import type { SparseVector } from "../embed/embedder";
import { sparseDot } from "../embed/local-embedder";
import type { Neighbour } from "./knn-index";
import { type SoftmaxModel, trainSoftmax } from "./softmax-regression";
import { addSparseInto, normalizeInPlace } from "./vector-math";

// One label set (complexity levels, or task types) fitted over embedded examples: a centroid per
// label, each example's label for k-nearest-neighbour votes, and optionally a softmax head.

export type EmbeddingStrategy = "softmax" | "knn" | "centroid";

export interface LabelHead<Label extends string> {
  labels: readonly Label[];
  exampleLabels: Int32Array;
  centroids: readonly Float32Array[];
  softmax?: SoftmaxModel;
}

export interface HeadPrediction<Label extends string> {
  label: Label;
  probability: number;
  nearestCentroid: Label;
  centroidSimilarity: number;
}

export interface HeadFitInput<Label extends string> {
  labels: readonly Label[];
  vectors: readonly SparseVector[];
  exampleLabels: readonly Label[];
  dimensions: number;
  trainSoftmax: boolean;
}

export function fitLabelHead<Label extends string>(input: HeadFitInput<Label>): LabelHead<Label> {
  const exampleLabels = Int32Array.from(input.exampleLabels, (label) => input.labels.indexOf(label));
  const centroids = input.labels.map(() => new Float32Array(input.dimensions));
  input.vectors.forEach((vector, example) => addSparseInto(centroids[exampleLabels[example]!]!, vector));
  centroids.forEach(normalizeInPlace);
  const softmax = input.trainSoftmax
    ? trainSoftmax({
        vectors: input.vectors,
        labels: Array.from(exampleLabels),
        classes: input.labels.length,
        dimensions: input.dimensions,
      })
    : undefined;
  return { labels: input.labels, exampleLabels, centroids, softmax };
}

/** Temperature that turns centroid cosine similarities into a distribution (they differ by ~0.05). */
const CENTROID_TEMPERATURE = 0.05;

export interface HeadQuery {
  vector: SparseVector;
  neighbours: readonly Neighbour[];
  strategy: EmbeddingStrategy;
}

export function predictWithHead<Label extends string>(
  head: LabelHead<Label>,
  { vector, neighbours, strategy }: HeadQuery,
): HeadPrediction<Label> {
  const similarities = head.centroids.map((centroid) => sparseDot(vector, centroid));
  const nearest = argmax(similarities);
  let distribution: ArrayLike<number>;
  if (strategy === "softmax" && head.softmax) distribution = head.softmax.probabilities(vector);
  else if (strategy === "knn") distribution = knnVotes(head, neighbours);
  else distribution = softmaxOf(similarities.map((similarity) => similarity / CENTROID_TEMPERATURE));
  const best = strategy === "centroid" ? nearest : argmax(distribution);
  return {
    label: head.labels[best]!,
    probability: distribution[best]!,
    nearestCentroid: head.labels[nearest]!,
    centroidSimilarity: similarities[nearest]!,
  };
}

/** Similarity-weighted vote shares of the neighbours' labels (uniform when no neighbour is similar). */
function knnVotes<Label extends string>(head: LabelHead<Label>, neighbours: readonly Neighbour[]): Float64Array {
  const votes = new Float64Array(head.labels.length);
  let total = 0;
  for (const { example, similarity } of neighbours) {
    const weight = Math.max(similarity, 0);
    votes[head.exampleLabels[example]!]! += weight;
    total += weight;
  }
  if (total === 0) return votes.fill(1 / head.labels.length);
  for (let label = 0; label < votes.length; label++) votes[label]! /= total;
  return votes;
}

function softmaxOf(values: readonly number[]): Float64Array {
  const max = Math.max(...values);
  const exps = Float64Array.from(values, (value) => Math.exp(value - max));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let index = 1; index < values.length; index++) if (values[index]! > values[best]!) best = index;
  return best;
}
