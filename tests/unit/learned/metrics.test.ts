import { describe, expect, it } from "vitest";
import { formatSplitSummary, summariseSplits } from "@/lib/router/learned/bench/headline-figures";
import { averageImprovementInQuality } from "@/lib/router/learned/bench/metrics/aiq";
import { costForQuality, nonDecreasingConvexHull, qualityAtCost } from "@/lib/router/learned/bench/metrics/convex-hull";
import {
  averagePgr,
  callPerformanceThreshold,
  evenShares,
  pgrCurve,
  qualityByStrongShare,
} from "@/lib/router/learned/bench/metrics/gap-recovered";

const point = (costUsd: number, quality: number) => ({ costUsd, quality });

describe("non-decreasing convex hull", () => {
  const points = [point(1, 0.5), point(2, 0.6), point(4, 0.85), point(2.5, 0.5), point(3, 0.9)];

  it("keeps the upper hull up to the best quality", () => {
    // (2, 0.6) lies below the chord from (1, 0.5) to (3, 0.9) (0.7 at cost 2); (4, 0.85) is worse than (3, 0.9).
    expect(nonDecreasingConvexHull(points)).toEqual([point(1, 0.5), point(3, 0.9)]);
  });

  it("keeps the better of two points at the same cost and drops collinear middles", () => {
    expect(nonDecreasingConvexHull([point(1, 0.2), point(1, 0.4), point(2, 0.5), point(3, 0.6)])).toEqual([point(1, 0.4), point(3, 0.6)]);
  });

  it("reads quality at a cost and the cost of a quality by interpolation", () => {
    const hull = nonDecreasingConvexHull(points);
    expect(qualityAtCost(hull, 2)).toBeCloseTo(0.7, 12);
    expect(qualityAtCost(hull, 5)).toBe(0.9);
    expect(qualityAtCost(hull, 0.5)).toBeNaN();
    expect(costForQuality(hull, 0.8)).toBeCloseTo(2.5, 12);
    expect(costForQuality(hull, 0.4)).toBe(1);
    expect(costForQuality(hull, 0.95)).toBeNaN();
  });
});

describe("AIQ", () => {
  const points = [point(1, 0.5), point(2, 0.6), point(3, 0.9), point(4, 0.85)];

  it("averages the hull over the cost range, flat beyond its last point", () => {
    // [1, 3]: trapezoid (0.5 + 0.9) / 2 × 2 = 1.4; [3, 5]: 0.9 × 2 = 1.8; (1.4 + 1.8) / 4 = 0.8.
    expect(averageImprovementInQuality({ points, minCostUsd: 1, maxCostUsd: 5 })).toBeCloseTo(0.8, 12);
  });

  it("counts nothing below the router's cheapest point", () => {
    // [0, 1]: 0; [1, 3]: 1.4; [3, 4]: 0.9; 2.3 / 4.
    expect(averageImprovementInQuality({ points, minCostUsd: 0, maxCostUsd: 4 })).toBeCloseTo(0.575, 12);
  });

  it("rejects an empty cost range", () => {
    expect(() => averageImprovementInQuality({ points, minCostUsd: 2, maxCostUsd: 2 })).toThrow(RangeError);
  });
});

describe("RouteLLM's PGR, APGR and CPT", () => {
  const curve = pgrCurve(
    [
      { strongShare: 1, quality: 0.8 },
      { strongShare: 0, quality: 0.6 },
      { strongShare: 0.5, quality: 0.75 },
    ],
    0.6,
    0.8,
  );

  it("orders the curve by share and scales quality to the gap", () => {
    expect(curve.map((entry) => entry.strongShare)).toEqual([0, 0.5, 1]);
    expect(curve.map((entry) => entry.pgr)).toEqual([0, expect.closeTo(0.75, 12), 1]);
  });

  it("integrates PGR with trapezoids", () => {
    // (0 + 0.75) / 2 × 0.5 + (0.75 + 1) / 2 × 0.5 = 0.625.
    expect(averagePgr(curve)).toBeCloseTo(0.625, 12);
  });

  it("finds the share of strong calls that recovers 50% and 80% of the gap", () => {
    expect(callPerformanceThreshold(curve, 0.5)).toBeCloseTo(1 / 3, 12);
    expect(callPerformanceThreshold(curve, 0.8)).toBeCloseTo(0.6, 12);
    expect(callPerformanceThreshold(curve, 1.1)).toBeNaN();
  });

  it("refuses a pair of equally good models", () => {
    expect(() => pgrCurve([{ strongShare: 0, quality: 0.5 }], 0.7, 0.7)).toThrow(RangeError);
  });

  it("sends the highest-scored prompts to the strong model first", () => {
    const points = qualityByStrongShare({
      score: [0.9, 0.1, 0.5, 0.7],
      strong: [1, 0, 1, 1],
      weak: [0, 0, 1, 0],
      shares: [0, 0.25, 0.5, 1],
    });
    expect(points).toEqual([
      { strongShare: 0, quality: 0.25 },
      { strongShare: 0.25, quality: 0.5 },
      { strongShare: 0.5, quality: 0.75 },
      { strongShare: 1, quality: 0.75 },
    ]);
  });

  it("uses RouteLLM's ten equal bins by default", () => {
    expect(evenShares()).toHaveLength(11);
    expect(evenShares()[3]).toBeCloseTo(0.3, 12);
  });
});

describe("summaries over several held-out splits", () => {
  it("averages finite figures and counts the splits where a target was never reached", () => {
    const summary = summariseSplits([
      { learned: { "cost→95%": 0.3, "cost→100%": Number.NaN } },
      { learned: { "cost→95%": 0.2, "cost→100%": 0.9 } },
    ]);
    expect(summary.learned!["cost→95%"]).toEqual({ mean: 0.25, min: 0.2, max: 0.3, reached: 2, splits: 2 });
    expect(summary.learned!["cost→100%"]).toMatchObject({ mean: 0.9, reached: 1, splits: 2 });
    expect(formatSplitSummary(summary)).toBe("learned: cost→95% 0.250 [0.200–0.300]; cost→100% 0.900 [0.900–0.900] (1/2 reached)");
  });
});
