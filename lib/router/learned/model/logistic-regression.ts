import { minimiseLbfgs } from "./lbfgs";
import type { SparseMatrix } from "./sparse-matrix";

// One L2-regularised logistic regression per model, fitted jointly on a shared sparse matrix:
// each pass over the rows serves every model (the index and value reads dominate the cost).
// Without sharing the solution is the same as fitting the models one by one; with `sharedL2`
// the models also share a weight vector (multi-task learning: what makes a prompt hard for one
// model usually makes it hard for all, so the rarer per-model differences need less data). Targets are soft (judge scores become a target
// probability); a weight of 0 marks a missing outcome. Biases are not penalised, so a model with
// no usable features still learns its mean quality.

export interface MultiLogisticInput {
  matrix: SparseMatrix;
  modelCount: number;
  /** Row-major rowCount × modelCount targets in [0, 1]. */
  targets: Float64Array;
  /** Row-major rowCount × modelCount weights (0 = no outcome). */
  weights: Float64Array;
  l2: number;
  /**
   * Multi-task sharing: each model's weights are w_m = u + v_m, with u (shared by every model,
   * e.g. "this prompt is hard") penalised by `sharedL2` and each v_m by `l2`. Omitted: no sharing.
   */
  sharedL2?: number;
  maxIterations?: number;
}

export interface LogisticModel {
  weights: Float32Array;
  bias: number;
}

export function sigmoid(value: number): number {
  return value >= 0 ? 1 / (1 + Math.exp(-value)) : Math.exp(value) / (1 + Math.exp(value));
}

/** log(1 + e^z), stable for large |z|. */
function softplus(value: number): number {
  return value > 0 ? value + Math.log1p(Math.exp(-value)) : Math.log1p(Math.exp(value));
}

function meanTargets(input: MultiLogisticInput): number[] {
  const { modelCount, targets, weights } = input;
  return Array.from({ length: modelCount }, (_, model) => {
    let sum = 0;
    let total = 0;
    for (let row = 0; row < input.matrix.rowCount; row++) {
      sum += weights[row * modelCount + model]! * targets[row * modelCount + model]!;
      total += weights[row * modelCount + model]!;
    }
    return total > 0 ? Math.min(0.99, Math.max(0.01, sum / total)) : 0.5;
  });
}

/** Renumbers the columns that occur in the matrix 0..used−1: unused columns keep weight 0 anyway,
 * and the optimiser's vectors shrink to what the data can move. */
function compactColumns(matrix: SparseMatrix): { indices: Int32Array; used: Int32Array } {
  const compactOf = new Int32Array(matrix.columnCount).fill(-1);
  const used: number[] = [];
  const indices = new Int32Array(matrix.indices.length);
  for (let entry = 0; entry < matrix.indices.length; entry++) {
    const column = matrix.indices[entry]!;
    if (compactOf[column] === -1) {
      compactOf[column] = used.length;
      used.push(column);
    }
    indices[entry] = compactOf[column]!;
  }
  return { indices, used: Int32Array.from(used) };
}

export function fitLogisticModels(input: MultiLogisticInput): LogisticModel[] {
  const { matrix, modelCount: models, targets, weights, l2 } = input;
  const { rowStart, values, rowCount } = matrix;
  const { indices, used } = compactColumns(matrix);
  const columns = used.length;
  const shared = input.sharedL2 !== undefined;
  const sharedL2 = input.sharedL2 ?? 0;
  // Per column: [u (when shared), v_1 … v_models], so one feature's parameters sit together.
  const stride = models + (shared ? 1 : 0);
  const first = shared ? 1 : 0;
  const biasBase = columns * stride;
  const logits = new Float64Array(models);
  const objective = (point: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0);
    let loss = 0;
    for (let row = 0; row < rowCount; row++) {
      const start = rowStart[row]!;
      const end = rowStart[row + 1]!;
      for (let model = 0; model < models; model++) logits[model] = point[biasBase + model]!;
      for (let entry = start; entry < end; entry++) {
        const offset = indices[entry]! * stride;
        const value = values[entry]!;
        const common = shared ? value * point[offset]! : 0;
        for (let model = 0; model < models; model++) logits[model]! += common + value * point[offset + first + model]!;
      }
      const cell = row * models;
      let residualSum = 0;
      for (let model = 0; model < models; model++) {
        const weight = weights[cell + model]!;
        const logit = logits[model]!;
        // Cross-entropy with a soft target: softplus(z) − t·z; its derivative is σ(z) − t.
        loss += weight * (softplus(logit) - targets[cell + model]! * logit);
        logits[model] = weight * (sigmoid(logit) - targets[cell + model]!);
        residualSum += logits[model]!;
        gradient[biasBase + model]! += logits[model]!;
      }
      for (let entry = start; entry < end; entry++) {
        const offset = indices[entry]! * stride;
        const value = values[entry]!;
        if (shared) gradient[offset]! += residualSum * value;
        for (let model = 0; model < models; model++) gradient[offset + first + model]! += logits[model]! * value;
      }
    }
    let penalty = 0;
    for (let index = 0; index < biasBase; index++) {
      const parameter = point[index]!;
      const strength = shared && index % stride === 0 ? sharedL2 : l2;
      penalty += strength * parameter * parameter;
      gradient[index]! += strength * parameter;
    }
    return loss + 0.5 * penalty;
  };
  const start = new Float64Array(biasBase + models);
  meanTargets(input).forEach((mean, model) => {
    start[biasBase + model] = Math.log(mean / (1 - mean));
  });
  const result = minimiseLbfgs(objective, start, { maxIterations: input.maxIterations ?? 200 });
  return Array.from({ length: models }, (_, model) => {
    const modelWeights = new Float32Array(matrix.columnCount);
    for (let column = 0; column < columns; column++) {
      const offset = column * stride;
      modelWeights[used[column]!] = (shared ? result.point[offset]! : 0) + result.point[offset + first + model]!;
    }
    return { weights: modelWeights, bias: result.point[biasBase + model]! };
  });
}
