// RouterBench's non-decreasing convex hull of a router's (cost, quality) points: the best quality
// reachable at each cost when the router may mix two of its settings at random (the upper convex
// hull), never decreasing (spending more can always fall back to a cheaper setting).

export interface CostQualityPoint {
  costUsd: number;
  quality: number;
}

/** (b − a) × (c − a): ≥ 0 when b lies on or below the segment from a to c. */
function cross(a: CostQualityPoint, b: CostQualityPoint, c: CostQualityPoint): number {
  return (b.costUsd - a.costUsd) * (c.quality - a.quality) - (b.quality - a.quality) * (c.costUsd - a.costUsd);
}

export function nonDecreasingConvexHull(points: readonly CostQualityPoint[]): CostQualityPoint[] {
  const sorted = points
    .filter((point) => Number.isFinite(point.costUsd) && Number.isFinite(point.quality))
    .sort((left, right) => left.costUsd - right.costUsd || right.quality - left.quality);
  const upper: CostQualityPoint[] = [];
  for (const point of sorted) {
    if (upper.length > 0 && upper[upper.length - 1]!.costUsd === point.costUsd) continue;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, point) >= 0) upper.pop();
    upper.push(point);
  }
  const hull: CostQualityPoint[] = [];
  for (const point of upper) {
    if (hull.length > 0 && point.quality <= hull[hull.length - 1]!.quality) break;
    hull.push({ costUsd: point.costUsd, quality: point.quality });
  }
  return hull;
}

/** Quality on the hull at `costUsd` (NaN below the cheapest point: nothing is reachable there). */
export function qualityAtCost(hull: readonly CostQualityPoint[], costUsd: number): number {
  if (hull.length === 0 || costUsd < hull[0]!.costUsd) return Number.NaN;
  for (let index = 1; index < hull.length; index++) {
    const right = hull[index]!;
    if (costUsd <= right.costUsd) {
      const left = hull[index - 1]!;
      return left.quality + ((right.quality - left.quality) * (costUsd - left.costUsd)) / (right.costUsd - left.costUsd);
    }
  }
  return hull[hull.length - 1]!.quality;
}

/** Cheapest cost at which the hull reaches `quality` (NaN when it never does). */
export function costForQuality(hull: readonly CostQualityPoint[], quality: number): number {
  if (hull.length === 0) return Number.NaN;
  if (quality <= hull[0]!.quality) return hull[0]!.costUsd;
  for (let index = 1; index < hull.length; index++) {
    const right = hull[index]!;
    if (quality <= right.quality) {
      const left = hull[index - 1]!;
      return left.costUsd + ((right.costUsd - left.costUsd) * (quality - left.quality)) / (right.quality - left.quality);
    }
  }
  return Number.NaN;
}
