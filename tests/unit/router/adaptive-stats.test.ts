import { describe, expect, it } from "vitest";
import { DEFAULT_HALF_LIFE_MS, decayWeight } from "@/lib/router/learning/adaptive-stats-store";
import { sampleBeta } from "@/lib/router/learning/beta-sampler";
import { feedbackIncrement } from "@/lib/router/learning/feedback";
import { InMemoryAdaptiveStatsStore } from "@/lib/router/learning/in-memory-stats-store";
import { buildPerformanceReport } from "@/lib/router/learning/performance-report";
import { readStats } from "@/lib/router/learning/read-stats";
import { seededRandom } from "@/lib/router/learning/seeded-random";
import { addToStatsRow, emptyStatsRow, toWeighted } from "@/lib/router/learning/stats-row";
import { T0 } from "./helpers";

const cell = { complexity: "simple" as const, taskType: "qa" as const, modelId: "m" };
const DAY = 86_400_000;

describe("addToStatsRow (the arithmetic the in-memory store and the SQL store's snapshot share)", () => {
  it("adds an increment whose decayed sums are pre-weighted at its time exactly as its parts applied one by one", () => {
    const first = toWeighted(feedbackIncrement({ cell, at: T0, success: true, quality: 1, latencyMs: 300, costNano: 10 }));
    const second = toWeighted(feedbackIncrement({ cell, at: T0 + DAY, success: false, quality: 0, latencyMs: 500, costNano: 30 }));
    const oneByOne = emptyStatsRow(cell, T0);
    addToStatsRow({ row: oneByOne, increment: first, halfLifeMs: DAY });
    addToStatsRow({ row: oneByOne, increment: second, halfLifeMs: DAY });
    // The two as one increment at the later time: the first's decayed sums count half a day later.
    const merged = {
      ...second,
      requests: 2,
      successes: 1,
      ratings: 2,
      quality: 1,
      latencyMs: 800,
      costNano: 40,
      decayed: { requests: 1.5, successes: 0.5, ratings: 1.5, quality: 0.5 },
    };
    const atOnce = emptyStatsRow(cell, T0);
    addToStatsRow({ row: atOnce, increment: merged, halfLifeMs: DAY });
    expect(atOnce).toEqual({ ...oneByOne, decayedRequests: expect.closeTo(oneByOne.decayedRequests), decayedQualitySum: expect.closeTo(oneByOne.decayedQualitySum) });
    expect(oneByOne).toMatchObject({ requests: 2, successes: 1, latencyMsSum: 800, costNanoSum: 40, decayedRequests: 3, decayedSuccesses: 1 });
  });

  it("rebases the row at the increment's time once the weight would pass 2^32", () => {
    const halfLifeMs = 1_000;
    const row = emptyStatsRow(cell, T0);
    addToStatsRow({ row, increment: toWeighted(feedbackIncrement({ cell, at: T0, success: true })), halfLifeMs });
    const later = T0 + 33 * halfLifeMs;
    addToStatsRow({ row, increment: toWeighted(feedbackIncrement({ cell, at: later, success: true })), halfLifeMs });
    expect(row.anchorMs).toBe(later);
    expect(row.decayedRequests).toBeCloseTo(1 + 2 ** -33, 12);
    expect(row.requests).toBe(2);
  });
});

describe("InMemoryAdaptiveStatsStore", () => {
  it("adds plain counters as increments", async () => {
    const store = new InMemoryAdaptiveStatsStore();
    await store.increment(feedbackIncrement({ cell, at: T0, success: true, latencyMs: 400, costNano: 1_000 }));
    await store.increment(feedbackIncrement({ cell, at: T0, success: false, latencyMs: 600, costNano: 3_000 }));
    await store.increment(feedbackIncrement({ cell, at: T0, quality: 0.5 }));
    await store.increment({ cell, at: T0, decisions: 1, explorations: 1 });
    const stats = readStats(store.row(cell)!, { now: T0, halfLifeMs: store.halfLifeMs });
    expect(stats).toMatchObject({
      decisions: 1,
      explorations: 1,
      requests: 2,
      successes: 1,
      successRate: 0.5,
      ratings: 1,
      meanQuality: 0.5,
      decayedMeanQuality: 0.5,
      meanLatencyMs: 500,
      totalCostUsd: 0.000004,
    });
  });

  it("decays old evidence with the half-life, without rewriting old rows", async () => {
    const store = new InMemoryAdaptiveStatsStore({ halfLifeMs: DAY });
    await store.increment(feedbackIncrement({ cell, at: T0, success: true, quality: 1 }));
    await store.increment(feedbackIncrement({ cell, at: T0 + DAY, success: false, quality: 0 }));
    const row = store.row(cell)!;
    const atSecond = readStats(row, { now: T0 + DAY, halfLifeMs: DAY });
    // The first observation weighs half as much as the second one day later.
    expect(atSecond.effectiveRequests).toBeCloseTo(1.5);
    expect(atSecond.effectiveSuccesses).toBeCloseTo(0.5);
    expect(atSecond.decayedMeanQuality).toBeCloseTo(1 / 3);
    expect(atSecond.meanQuality).toBe(0.5); // the plain mean is not decayed
    const dayLater = readStats(row, { now: T0 + 2 * DAY, halfLifeMs: DAY });
    expect(dayLater.effectiveRequests).toBeCloseTo(0.75);
    expect(dayLater.decayedMeanQuality).toBeCloseTo(1 / 3); // a ratio of decayed sums is stable over time
  });

  it("rebases a row's anchor when weights grow large, without changing what it means", async () => {
    const halfLifeMs = 1_000;
    const store = new InMemoryAdaptiveStatsStore({ halfLifeMs });
    await store.increment(feedbackIncrement({ cell, at: T0, success: true }));
    const later = T0 + 40 * halfLifeMs; // beyond REBASE_AFTER_HALF_LIVES
    const before = readStats(store.row(cell)!, { now: later, halfLifeMs });
    await store.increment(feedbackIncrement({ cell, at: later, success: false }));
    const row = store.row(cell)!;
    expect(row.anchorMs).toBe(later);
    const after = readStats(row, { now: later, halfLifeMs });
    expect(after.effectiveRequests).toBeCloseTo(before.effectiveRequests + 1, 9);
    expect(after.effectiveSuccesses).toBeCloseTo(before.effectiveSuccesses, 9);
    expect(row.decayedRequests).toBeLessThan(2);
  });

  it("uses a week as the default half-life", () => {
    expect(new InMemoryAdaptiveStatsStore().halfLifeMs).toBe(DEFAULT_HALF_LIFE_MS);
    expect(decayWeight({ at: T0 + DEFAULT_HALF_LIFE_MS, anchorMs: T0, halfLifeMs: DEFAULT_HALF_LIFE_MS })).toBe(2);
  });

  it("validates feedback", () => {
    expect(() => feedbackIncrement({ cell, at: T0, quality: 1.5 })).toThrow();
    expect(() => feedbackIncrement({ cell, at: T0 })).toThrow(/success or quality/);
  });
});

describe("performance report", () => {
  it("reports per (complexity, task type) and model, with exploration share", async () => {
    const store = new InMemoryAdaptiveStatsStore();
    const other = { ...cell, modelId: "n" };
    for (let index = 0; index < 4; index++) await store.increment({ cell, at: T0, decisions: 1, explorations: index === 0 ? 1 : 0 });
    await store.increment({ cell: other, at: T0, decisions: 1, explorations: 1 });
    await store.increment(feedbackIncrement({ cell, at: T0, success: true, latencyMs: 300, costNano: 2_000_000, quality: 0.8 }));
    await store.increment(feedbackIncrement({ cell: { ...cell, complexity: "expert" }, at: T0, success: false }));
    const report = buildPerformanceReport(store, T0);
    expect(report.groups.map((group) => group.key)).toEqual(["expert_qa", "simple_qa"]);
    const simple = report.groups[1]!;
    expect(simple).toMatchObject({ decisions: 5, explorations: 2, explorationShare: 0.4 });
    expect(simple.models[0]).toMatchObject({
      modelId: "m",
      requests: 1,
      successRate: 1,
      meanLatencyMs: 300,
      meanQuality: 0.8,
      totalCostUsd: 0.002,
    });
    expect(report.explorationShare).toBeCloseTo(2 / 5);
  });
});

describe("Beta sampling", () => {
  it.each([
    [2, 5],
    [0.5, 0.5],
    [30, 3],
  ])("matches the mean of Beta(%d, %d)", (alpha, beta) => {
    const random = seededRandom(7);
    let sum = 0;
    for (let draw = 0; draw < 20_000; draw++) sum += sampleBeta({ alpha, beta }, random);
    expect(sum / 20_000).toBeCloseTo(alpha / (alpha + beta), 2);
  });
});
