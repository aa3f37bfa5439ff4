import { sigmoid } from "../model/logistic-regression";

// A logistic regression with a handful of coefficients (the calibration stage: an intercept and up
// to two slopes), fitted by Newton's method under a Gaussian prior centred on given values, with
// some coefficients constrained to be ≥ 0. The constraint is solved exactly by trying each active
// set (at most 2² of them) and keeping the feasible fit with the lowest penalised loss: the
// objective is convex, so that fit is the constrained optimum.

export interface SmallLogisticInput {
  /** Row-major rows × k design matrix (k ≤ 4). */
  design: Float64Array;
  columns: number;
  targets: ArrayLike<number>;
  /** 0 = no outcome. */
  weights: ArrayLike<number>;
  /** Prior mean of each coefficient. */
  centre: readonly number[];
  /** Prior precision of each coefficient (0 = unpenalised). */
  precision: readonly number[];
  /** Coefficients constrained to be ≥ 0. */
  nonNegative: readonly number[];
}

const ITERATIONS = 40;

/** Solves the k × k system in place (Gaussian elimination with partial pivoting). */
function solve(matrix: number[][], vector: number[]): number[] {
  const size = vector.length;
  for (let pivot = 0; pivot < size; pivot++) {
    let best = pivot;
    for (let row = pivot + 1; row < size; row++) if (Math.abs(matrix[row]![pivot]!) > Math.abs(matrix[best]![pivot]!)) best = row;
    [matrix[pivot], matrix[best]] = [matrix[best]!, matrix[pivot]!];
    [vector[pivot], vector[best]] = [vector[best]!, vector[pivot]!];
    const diagonal = matrix[pivot]![pivot]! || 1e-12;
    for (let row = pivot + 1; row < size; row++) {
      const factor = matrix[row]![pivot]! / diagonal;
      for (let column = pivot; column < size; column++) matrix[row]![column]! -= factor * matrix[pivot]![column]!;
      vector[row]! -= factor * vector[pivot]!;
    }
  }
  const solution = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row--) {
    let sum = vector[row]!;
    for (let column = row + 1; column < size; column++) sum -= matrix[row]![column]! * solution[column]!;
    solution[row] = sum / (matrix[row]![row]! || 1e-12);
  }
  return solution;
}

function penalisedLoss(input: SmallLogisticInput, coefficients: readonly number[]): number {
  const { design, columns, targets, weights } = input;
  let loss = 0;
  for (let row = 0; row < targets.length; row++) {
    const weight = weights[row]!;
    if (weight === 0) continue;
    let logit = 0;
    for (let column = 0; column < columns; column++) logit += design[row * columns + column]! * coefficients[column]!;
    const softplus = logit > 0 ? logit + Math.log1p(Math.exp(-logit)) : Math.log1p(Math.exp(logit));
    loss += weight * (softplus - targets[row]! * logit);
  }
  for (let column = 0; column < columns; column++) loss += 0.5 * input.precision[column]! * (coefficients[column]! - input.centre[column]!) ** 2;
  return loss;
}

/** Newton's method with the coefficients in `fixed` held at 0; step-halving keeps every step a descent. */
function newton(input: SmallLogisticInput, fixed: ReadonlySet<number>): number[] {
  const { design, columns, targets, weights, centre, precision } = input;
  const free = Array.from({ length: columns }, (_, column) => column).filter((column) => !fixed.has(column));
  const coefficients = centre.map((value, column) => (fixed.has(column) ? 0 : value));
  let loss = penalisedLoss(input, coefficients);
  for (let iteration = 0; iteration < ITERATIONS && free.length > 0; iteration++) {
    const gradient = new Array<number>(columns).fill(0);
    const hessian = Array.from({ length: columns }, () => new Array<number>(columns).fill(0));
    for (let row = 0; row < targets.length; row++) {
      const weight = weights[row]!;
      if (weight === 0) continue;
      let logit = 0;
      for (let column = 0; column < columns; column++) logit += design[row * columns + column]! * coefficients[column]!;
      const probability = sigmoid(logit);
      const residual = weight * (probability - targets[row]!);
      const curvature = weight * probability * (1 - probability);
      for (let left = 0; left < columns; left++) {
        const x = design[row * columns + left]!;
        gradient[left]! += residual * x;
        for (let right = 0; right < columns; right++) hessian[left]![right]! += curvature * x * design[row * columns + right]!;
      }
    }
    for (let column = 0; column < columns; column++) {
      gradient[column]! += precision[column]! * (coefficients[column]! - centre[column]!);
      hessian[column]![column]! += precision[column]! + 1e-9;
    }
    const step = solve(
      free.map((left) => free.map((right) => hessian[left]![right]!)),
      free.map((column) => gradient[column]!),
    );
    let scale = 1;
    let next = coefficients;
    let nextLoss = loss;
    for (let halving = 0; halving < 30; halving++) {
      next = [...coefficients];
      free.forEach((column, index) => (next[column]! -= scale * step[index]!));
      nextLoss = penalisedLoss(input, next);
      if (nextLoss <= loss + 1e-12) break;
      scale /= 2;
    }
    const moved = Math.max(...free.map((column) => Math.abs(next[column]! - coefficients[column]!)));
    free.forEach((column) => (coefficients[column] = next[column]!));
    const improved = loss - nextLoss;
    loss = Math.min(loss, nextLoss);
    if (moved < 1e-9 || improved < 1e-10 * (1 + Math.abs(loss))) break;
  }
  return coefficients;
}

export function fitSmallLogistic(input: SmallLogisticInput): number[] {
  let best: { coefficients: number[]; loss: number } | undefined;
  const constrained = input.nonNegative;
  for (let mask = 0; mask < 1 << constrained.length; mask++) {
    const fixed = new Set(constrained.filter((_, index) => (mask >> index) & 1));
    const coefficients = newton(input, fixed);
    if (constrained.some((column) => !fixed.has(column) && coefficients[column]! < 0)) continue;
    const loss = penalisedLoss(input, coefficients);
    if (!best || loss < best.loss - 1e-12) best = { coefficients, loss };
  }
  // The all-fixed active set is always feasible, so `best` exists.
  return best!.coefficients;
}
