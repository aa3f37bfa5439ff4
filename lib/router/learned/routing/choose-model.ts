// The learned router's rule: the model with the highest expected quality − λ × expected cost.
// λ is in quality points per USD (λ = 0: best predicted quality whatever the price). Ties go to
// the cheaper model, then to the earlier one, so decisions are deterministic.

export function chooseByUtility(input: {
  qualities: ArrayLike<number>;
  costs: ArrayLike<number>;
  costWeight: number;
  /** Offset of this prompt's models in `qualities`/`costs` (row-major tables); default 0. */
  offset?: number;
  modelCount?: number;
}): number {
  const offset = input.offset ?? 0;
  const count = input.modelCount ?? input.qualities.length;
  let best = 0;
  let bestUtility = -Infinity;
  let bestCost = Infinity;
  for (let model = 0; model < count; model++) {
    const cost = input.costs[offset + model]!;
    const utility = input.qualities[offset + model]! - input.costWeight * cost;
    if (utility > bestUtility + 1e-12 || (Math.abs(utility - bestUtility) <= 1e-12 && cost < bestCost)) {
      best = model;
      bestUtility = utility;
      bestCost = cost;
    }
  }
  return best;
}

/** λ values from 0 up to where only the cheapest models are worth it, log-spaced in between. */
export function costWeightGrid(expensiveMeanCost: number, pointsPerDecade = 20): number[] {
  if (!(expensiveMeanCost > 0)) return [0];
  const grid = [0];
  for (let step = -2 * pointsPerDecade; step <= 4 * pointsPerDecade; step++) {
    grid.push(10 ** (step / pointsPerDecade) / expensiveMeanCost);
  }
  return grid;
}
