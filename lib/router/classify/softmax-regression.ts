import type { SparseVector } from "../embed/embedder";
import { seededRandom } from "../learning/seeded-random";

// Multinomial logistic regression over embeddings, trained by stochastic gradient descent with L2
// regularisation. Deterministic (seeded shuffle), sparse-aware (an update touches only the example's
// non-zero features), and small: classes × dimensions floats. Its probability of the predicted
// class is the embedding classifier's confidence.

export interface SoftmaxTrainingInput {
  vectors: readonly SparseVector[];
  /** Class index of each vector. */
  labels: readonly number[];
  classes: number;
  dimensions: number;
  epochs?: number;
  learningRate?: number;
  /** L2 penalty per epoch (weight decay); keeps probabilities from saturating on a few hundred examples. */
  l2?: number;
  seed?: number;
}

export class SoftmaxModel {
  readonly classes: number;
  readonly dimensions: number;
  /** Row-major: weights[class * dimensions + feature]. */
  readonly weights: Float32Array;
  readonly bias: Float32Array;

  constructor(shape: { classes: number; dimensions: number }) {
    this.classes = shape.classes;
    this.dimensions = shape.dimensions;
    this.weights = new Float32Array(shape.classes * shape.dimensions);
    this.bias = new Float32Array(shape.classes);
  }

  /** Class probabilities for one vector (numerically stable softmax). */
  probabilities(vector: SparseVector): Float64Array {
    const { indices, values } = vector;
    const weights = this.weights;
    const logits = new Float64Array(this.classes);
    for (let label = 0; label < this.classes; label++) {
      const offset = label * this.dimensions;
      let sum = this.bias[label]!;
      for (let position = 0; position < indices.length; position++) sum += values[position]! * weights[offset + indices[position]!]!;
      logits[label] = sum;
    }
    let max = -Infinity;
    for (const logit of logits) max = Math.max(max, logit);
    let total = 0;
    for (let label = 0; label < this.classes; label++) {
      logits[label] = Math.exp(logits[label]! - max);
      total += logits[label]!;
    }
    for (let label = 0; label < this.classes; label++) logits[label]! /= total;
    return logits;
  }
}

export function trainSoftmax(input: SoftmaxTrainingInput): SoftmaxModel {
  const { vectors, labels, classes, dimensions } = input;
  const epochs = input.epochs ?? 20;
  const baseRate = input.learningRate ?? 0.5;
  const l2 = input.l2 ?? 0.002;
  const random = seededRandom(input.seed ?? 17);
  const model = new SoftmaxModel({ classes, dimensions });
  // Locals instead of property reads in the inner loops: training runs once at start-up, but on
  // hundreds of examples × tens of epochs, and this keeps it around 100 ms.
  const weights = model.weights;
  const bias = model.bias;
  const order = vectors.map((_, index) => index);

  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const swap = Math.floor(random() * (index + 1));
      [order[index], order[swap]] = [order[swap]!, order[index]!];
    }
    const rate = baseRate / (1 + epoch * 0.1);
    for (const exampleIndex of order) {
      const vector = vectors[exampleIndex]!;
      const indices = vector.indices;
      const values = vector.values;
      const probabilities = model.probabilities(vector);
      const target = labels[exampleIndex]!;
      for (let label = 0; label < classes; label++) {
        const gradient = probabilities[label]! - (target === label ? 1 : 0);
        const step = rate * gradient;
        const offset = label * dimensions;
        for (let position = 0; position < indices.length; position++) {
          weights[offset + indices[position]!]! -= step * values[position]!;
        }
        bias[label]! -= step * 0.1;
      }
    }
    const decay = 1 - rate * l2;
    for (let weight = 0; weight < weights.length; weight++) weights[weight]! *= decay;
  }
  return model;
}
