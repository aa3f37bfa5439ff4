// Limited-memory BFGS for smooth convex objectives (here: L2-regularised logistic loss). Plain
// and deterministic: two-loop recursion, backtracking line search with the Armijo condition.
// Buffers are allocated once: the vectors can have hundreds of thousands of entries.

export type Objective = (point: Float64Array, gradientOut: Float64Array) => number;

export interface LbfgsOptions {
  maxIterations?: number;
  history?: number;
  /** Stop when the largest gradient component is below this. */
  gradientTolerance?: number;
  /** Stop when the objective improves by less than this fraction. */
  relativeTolerance?: number;
}

export interface LbfgsResult {
  point: Float64Array;
  value: number;
  iterations: number;
}

function dot(left: Float64Array, right: Float64Array): number {
  let sum = 0;
  for (let index = 0; index < left.length; index++) sum += left[index]! * right[index]!;
  return sum;
}

function maxAbs(vector: Float64Array): number {
  let max = 0;
  for (let index = 0; index < vector.length; index++) max = Math.max(max, Math.abs(vector[index]!));
  return max;
}

class CurvatureHistory {
  readonly steps: Float64Array[];
  readonly changes: Float64Array[];
  readonly rho: Float64Array;
  private readonly alphas: Float64Array;
  private newest = -1;
  size = 0;

  constructor(capacity: number, dimensions: number) {
    this.steps = Array.from({ length: capacity }, () => new Float64Array(dimensions));
    this.changes = Array.from({ length: capacity }, () => new Float64Array(dimensions));
    this.rho = new Float64Array(capacity);
    this.alphas = new Float64Array(capacity);
  }

  /** Slot to write the next pair into; call `commit` once it is filled. */
  nextSlot(): number {
    return (this.newest + 1) % this.steps.length;
  }

  commit(slot: number, curvature: number): void {
    this.rho[slot] = 1 / curvature;
    this.newest = slot;
    this.size = Math.min(this.size + 1, this.steps.length);
  }

  clear(): void {
    this.size = 0;
  }

  /** direction = −H·gradient by the two-loop recursion. */
  direction(gradient: Float64Array, out: Float64Array): void {
    const capacity = this.steps.length;
    for (let k = 0; k < out.length; k++) out[k] = -gradient[k]!;
    for (let back = 0; back < this.size; back++) {
      const slot = (this.newest - back + capacity) % capacity;
      const alpha = this.rho[slot]! * dot(this.steps[slot]!, out);
      this.alphas[slot] = alpha;
      const change = this.changes[slot]!;
      for (let k = 0; k < out.length; k++) out[k]! -= alpha * change[k]!;
    }
    if (this.size > 0) {
      const change = this.changes[this.newest]!;
      const scale = 1 / (this.rho[this.newest]! * dot(change, change));
      for (let k = 0; k < out.length; k++) out[k]! *= scale;
    }
    for (let forward = this.size - 1; forward >= 0; forward--) {
      const slot = (this.newest - forward + capacity) % capacity;
      const beta = this.rho[slot]! * dot(this.changes[slot]!, out);
      const coefficient = this.alphas[slot]! - beta;
      const step = this.steps[slot]!;
      for (let k = 0; k < out.length; k++) out[k]! += coefficient * step[k]!;
    }
  }
}

export function minimiseLbfgs(objective: Objective, start: Float64Array, options: LbfgsOptions = {}): LbfgsResult {
  const maxIterations = options.maxIterations ?? 300;
  const gradientTolerance = options.gradientTolerance ?? 1e-5;
  const relativeTolerance = options.relativeTolerance ?? 1e-8;
  const dimensions = start.length;
  const history = new CurvatureHistory(options.history ?? 8, dimensions);
  let point = Float64Array.from(start);
  let gradient = new Float64Array(dimensions);
  let candidate = new Float64Array(dimensions);
  let candidateGradient = new Float64Array(dimensions);
  const direction = new Float64Array(dimensions);
  let value = objective(point, gradient);
  let iteration = 0;
  for (; iteration < maxIterations && maxAbs(gradient) > gradientTolerance; iteration++) {
    history.direction(gradient, direction);
    let slope = dot(direction, gradient);
    if (slope >= 0) {
      // Curvature information went stale: restart from steepest descent.
      history.clear();
      for (let k = 0; k < dimensions; k++) direction[k] = -gradient[k]!;
      slope = dot(direction, gradient);
    }
    let stepSize = history.size === 0 ? Math.min(1, 1 / Math.sqrt(-slope)) : 1;
    let candidateValue = Infinity;
    for (let attempt = 0; attempt < 40; attempt++) {
      for (let k = 0; k < dimensions; k++) candidate[k] = point[k]! + stepSize * direction[k]!;
      candidateValue = objective(candidate, candidateGradient);
      if (candidateValue <= value + 1e-4 * stepSize * slope) break;
      stepSize *= 0.5;
    }
    if (!(candidateValue < value)) break;
    const slot = history.nextSlot();
    const step = history.steps[slot]!;
    const change = history.changes[slot]!;
    for (let k = 0; k < dimensions; k++) {
      step[k] = candidate[k]! - point[k]!;
      change[k] = candidateGradient[k]! - gradient[k]!;
    }
    const curvature = dot(step, change);
    if (curvature > 1e-12) history.commit(slot, curvature);
    const improvement = (value - candidateValue) / Math.max(1, Math.abs(value));
    [point, candidate] = [candidate, point];
    [gradient, candidateGradient] = [candidateGradient, gradient];
    value = candidateValue;
    if (improvement < relativeTolerance) {
      iteration++;
      break;
    }
  }
  return { point, value, iterations: iteration };
}
