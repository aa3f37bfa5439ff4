// RouteLLM's metrics for a strong/weak model pair, as a function of the share of calls sent to the
// strong model: PGR(s) = (quality(s) − weak) / (strong − weak), APGR = the area under the PGR
// curve over s ∈ [0, 1] (trapezoids, as RouteLLM's evaluate.py computes it), and CPT(x) = the
// smallest share of strong calls whose PGR reaches x (linear interpolation between points).

export interface ShareQualityPoint {
  /** Share of prompts sent to the strong model, in [0, 1]. */
  strongShare: number;
  quality: number;
}

export interface PgrPoint {
  strongShare: number;
  pgr: number;
}

export function pgrCurve(points: readonly ShareQualityPoint[], weakQuality: number, strongQuality: number): PgrPoint[] {
  const gap = strongQuality - weakQuality;
  if (!(Math.abs(gap) > 1e-12)) throw new RangeError("the strong and weak models have the same quality: PGR is undefined");
  return [...points]
    .sort((left, right) => left.strongShare - right.strongShare)
    .map((point) => ({ strongShare: point.strongShare, pgr: (point.quality - weakQuality) / gap }));
}

/** Area under the PGR curve divided by the share range it spans (RouteLLM's APGR). */
export function averagePgr(curve: readonly PgrPoint[]): number {
  if (curve.length < 2) throw new RangeError("APGR needs at least two points");
  let area = 0;
  for (let index = 1; index < curve.length; index++) {
    const left = curve[index - 1]!;
    const right = curve[index]!;
    area += ((left.pgr + right.pgr) / 2) * (right.strongShare - left.strongShare);
  }
  const span = curve[curve.length - 1]!.strongShare - curve[0]!.strongShare;
  return span > 0 ? area / span : Number.NaN;
}

/** Smallest share of strong calls at which the PGR curve reaches `level` (NaN if it never does). */
export function callPerformanceThreshold(curve: readonly PgrPoint[], level: number): number {
  for (let index = 0; index < curve.length; index++) {
    const point = curve[index]!;
    if (point.pgr < level) continue;
    if (index === 0) return point.strongShare;
    const previous = curve[index - 1]!;
    const fraction = (level - previous.pgr) / (point.pgr - previous.pgr);
    return previous.strongShare + fraction * (point.strongShare - previous.strongShare);
  }
  return Number.NaN;
}

/**
 * Quality when the prompts with the highest `score` go to the strong model, at each share in
 * `shares` (RouteLLM thresholds its router's score at quantiles; ties are broken by input order).
 */
export function qualityByStrongShare(input: {
  score: readonly number[];
  strong: readonly number[];
  weak: readonly number[];
  shares: readonly number[];
}): ShareQualityPoint[] {
  const count = input.score.length;
  const order = input.score.map((_, index) => index).sort((left, right) => input.score[right]! - input.score[left]! || left - right);
  const cumulative = new Float64Array(count + 1);
  let weakTotal = 0;
  for (let index = 0; index < count; index++) weakTotal += input.weak[index]!;
  order.forEach((row, rank) => {
    cumulative[rank + 1] = cumulative[rank]! + input.strong[row]! - input.weak[row]!;
  });
  return input.shares.map((share) => {
    const strongCalls = Math.round(share * count);
    return { strongShare: strongCalls / count, quality: (weakTotal + cumulative[strongCalls]!) / count };
  });
}

/** 0, 0.1, …, 1: RouteLLM's default of ten equal-size bins. */
export function evenShares(bins = 10): number[] {
  return Array.from({ length: bins + 1 }, (_, index) => index / bins);
}
