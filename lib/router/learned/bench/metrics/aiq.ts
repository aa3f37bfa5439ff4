import { type CostQualityPoint, nonDecreasingConvexHull } from "./convex-hull";

// RouterBench's AIQ (average improvement in quality, Hu et al. 2024, eq. 4): the area under a
// router's non-decreasing convex hull over a cost range, divided by the range's width. Below the
// router's cheapest point nothing is reachable (counts as quality 0, as RouterBench's code does by
// starting the area there); beyond its most expensive point the hull stays flat. The range used by
// the benchmark is [cheapest single model's mean cost, most expensive single model's mean cost].

export function averageImprovementInQuality(input: {
  points: readonly CostQualityPoint[];
  minCostUsd: number;
  maxCostUsd: number;
}): number {
  const { minCostUsd: low, maxCostUsd: high } = input;
  if (!(high > low)) throw new RangeError("AIQ needs a cost range with maxCostUsd > minCostUsd");
  const hull = nonDecreasingConvexHull(input.points);
  if (hull.length === 0) return Number.NaN;
  // Piecewise-linear curve on [low, high]: the hull's segments, then flat to the right.
  const knots = [...hull, { costUsd: Math.max(high, hull[hull.length - 1]!.costUsd), quality: hull[hull.length - 1]!.quality }];
  let area = 0;
  for (let index = 1; index < knots.length; index++) {
    const left = knots[index - 1]!;
    const right = knots[index]!;
    const from = Math.max(low, left.costUsd);
    const to = Math.min(high, right.costUsd);
    if (to <= from) continue;
    const at = (cost: number) =>
      right.costUsd === left.costUsd
        ? right.quality
        : left.quality + ((right.quality - left.quality) * (cost - left.costUsd)) / (right.costUsd - left.costUsd);
    area += ((at(from) + at(to)) / 2) * (to - from);
  }
  return area / (high - low);
}
