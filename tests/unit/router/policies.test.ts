import { describe, expect, it } from "vitest";
import { feedbackIncrement } from "@/lib/router/learning/feedback";
import { InMemoryAdaptiveStatsStore } from "@/lib/router/learning/in-memory-stats-store";
import { seededRandom } from "@/lib/router/learning/seeded-random";
import { EpsilonGreedyPolicy } from "@/lib/router/policies/epsilon-greedy-policy";
import { LearnedPolicy } from "@/lib/router/policies/learned-policy";
import type { Candidate, PolicyContext } from "@/lib/router/policies/routing-policy";
import { ThompsonSamplingPolicy } from "@/lib/router/policies/thompson-sampling-policy";
import type { ModelSpec } from "@/lib/router/types";
import { classification, T0, testModel } from "./helpers";

const DAY = 86_400_000;
const qa = classification("simple", "qa");

function candidate(model: ModelSpec, costUsd: number, latencyMs = model.latencyMs): Candidate {
  const costNano = Math.round(costUsd * 1e9);
  return { model, estimate: { inputTokens: 100, outputTokens: 100, costNano, costUsd, worstCaseOutputTokens: 100, worstCaseCostNano: costNano, latencyMs } };
}

function context(candidates: Candidate[], random = seededRandom(1), now = T0): PolicyContext {
  return { classification: qa, candidates, random, now };
}

async function observe(
  store: InMemoryAdaptiveStatsStore,
  modelId: string,
  outcome: { count: number; success: boolean; quality?: number; at?: number; latencyMs?: number },
) {
  for (let index = 0; index < outcome.count; index++) {
    await store.increment(
      feedbackIncrement({
        cell: { complexity: "simple", taskType: "qa", modelId },
        at: outcome.at ?? T0,
        success: outcome.success,
        quality: outcome.quality,
        latencyMs: outcome.latencyMs,
      }),
    );
  }
}

const cheap = candidate(testModel({ id: "cheap", qualityScore: 0.8 }), 0.001);
const mid = candidate(testModel({ id: "mid", qualityScore: 0.85 }), 0.002);
const premium = candidate(testModel({ id: "premium", qualityScore: 0.95 }), 0.01);

describe("EpsilonGreedyPolicy (the sketch's)", () => {
  it("explores with probability 0.1 by default, only among the candidates it is given", () => {
    const policy = new EpsilonGreedyPolicy({ stats: new InMemoryAdaptiveStatsStore() });
    const random = seededRandom(42);
    let explored = 0;
    const chosen = new Set<string>();
    for (let decision = 0; decision < 5_000; decision++) {
      const choice = policy.choose(context([cheap, mid], random));
      if (choice.explored) explored++;
      chosen.add(choice.ranking[0]!.model.id);
    }
    expect(explored / 5_000).toBeGreaterThan(0.085);
    expect(explored / 5_000).toBeLessThan(0.115);
    expect([...chosen].sort()).toEqual(["cheap", "mid"]); // never a model outside the eligible set
  });

  it("does not exploit a model before it has 5 observations (falls back to the cheapest)", async () => {
    const stats = new InMemoryAdaptiveStatsStore();
    await observe(stats, "premium", { count: 4, success: true, quality: 1 });
    const policy = new EpsilonGreedyPolicy({ stats, explorationRate: 0 });
    expect(policy.choose(context([cheap, premium])).ranking[0]!.model.id).toBe("cheap");
    await observe(stats, "premium", { count: 1, success: true, quality: 1 });
    // premium: 1 × 1 / 0.01 = 100 vs cheap not yet scored: premium is now the only exploitable model.
    expect(policy.choose(context([cheap, premium])).ranking[0]!.model.id).toBe("premium");
  });

  it("scores quality × success rate ÷ cost", async () => {
    const stats = new InMemoryAdaptiveStatsStore();
    await observe(stats, "cheap", { count: 10, success: true, quality: 0.2 }); // 0.2 / 0.001 = 200
    await observe(stats, "mid", { count: 10, success: true, quality: 0.9 }); // 0.9 / 0.002 = 450
    await observe(stats, "premium", { count: 10, success: true, quality: 1 }); // 1 / 0.01 = 100
    const policy = new EpsilonGreedyPolicy({ stats, explorationRate: 0 });
    const choice = policy.choose(context([cheap, mid, premium]));
    expect(choice.ranking.map((entry) => entry.model.id)).toEqual(["mid", "cheap", "premium"]);
    await observe(stats, "mid", { count: 10, success: false }); // success rate 0.5: 225 ≈ still above 200
    await observe(stats, "mid", { count: 20, success: false }); // success rate 0.25: 112.5 < 200
    expect(policy.choose(context([cheap, mid, premium])).ranking[0]!.model.id).toBe("cheap");
  });

  it("uses the registry quality until a model is rated (the sketch scored unrated models 0)", async () => {
    const stats = new InMemoryAdaptiveStatsStore();
    await observe(stats, "cheap", { count: 5, success: true }); // 0.8 / 0.001 = 800
    await observe(stats, "mid", { count: 5, success: true, quality: 1 }); // 1 / 0.002 = 500
    const policy = new EpsilonGreedyPolicy({ stats, explorationRate: 0 });
    expect(policy.choose(context([cheap, mid])).ranking[0]!.model.id).toBe("cheap");
  });

  it("weighs latency when configured", async () => {
    const stats = new InMemoryAdaptiveStatsStore();
    const slow = candidate(testModel({ id: "slow", qualityScore: 0.9 }), 0.001);
    const fast = candidate(testModel({ id: "fast", qualityScore: 0.9 }), 0.0012);
    await observe(stats, "slow", { count: 5, success: true, latencyMs: 9_000 });
    await observe(stats, "fast", { count: 5, success: true, latencyMs: 300 });
    const costOnly = new EpsilonGreedyPolicy({ stats, explorationRate: 0 });
    expect(costOnly.choose(context([slow, fast])).ranking[0]!.model.id).toBe("slow");
    const latencyAware = new EpsilonGreedyPolicy({ stats, explorationRate: 0, weights: { latencyWeight: 1 } });
    expect(latencyAware.choose(context([slow, fast])).ranking[0]!.model.id).toBe("fast");
  });

  it("records the exact propensity of its pick", () => {
    const policy = new EpsilonGreedyPolicy({ stats: new InMemoryAdaptiveStatsStore() });
    const random = seededRandom(3);
    let sawExploredOther = false;
    for (let decision = 0; decision < 500; decision++) {
      const choice = policy.choose(context([cheap, mid, premium], random));
      const greedy = choice.ranking[0]!.model.id === "cheap";
      expect(choice.propensity).toBeCloseTo(greedy ? 0.9 + 0.1 / 3 : 0.1 / 3);
      if (!greedy) sawExploredOther = choice.explored;
    }
    expect(sawExploredOther).toBe(true);
  });
});

describe("ThompsonSamplingPolicy", () => {
  it("is reproducible with a seeded random source", async () => {
    const stats = new InMemoryAdaptiveStatsStore();
    await observe(stats, "cheap", { count: 3, success: true, quality: 0.6 });
    const policy = new ThompsonSamplingPolicy({ stats });
    const first = policy.choose(context([cheap, mid, premium], seededRandom(9)));
    const second = policy.choose(context([cheap, mid, premium], seededRandom(9)));
    expect(second).toEqual(first);
  });

  it("estimates a propensity that matches how often it actually picks each model", async () => {
    const stats = new InMemoryAdaptiveStatsStore();
    const a = candidate(testModel({ id: "a", qualityScore: 0.8 }), 0.001);
    const b = candidate(testModel({ id: "b", qualityScore: 0.8 }), 0.001);
    await observe(stats, "a", { count: 6, success: true, quality: 0.7 });
    await observe(stats, "b", { count: 6, success: true, quality: 0.6 });
    const policy = new ThompsonSamplingPolicy({ stats, propensitySamples: 200 });
    const random = seededRandom(5);
    let picksOfA = 0;
    let propensitySumForA = 0;
    const decisions = 1_500;
    for (let decision = 0; decision < decisions; decision++) {
      const choice = policy.choose(context([a, b], random));
      const pickedA = choice.ranking[0]!.model.id === "a";
      if (pickedA) picksOfA++;
      propensitySumForA += pickedA ? choice.propensity : 1 - choice.propensity;
    }
    const frequency = picksOfA / decisions;
    expect(frequency).toBeGreaterThan(0.5);
    expect(frequency).toBeLessThan(0.95);
    expect(Math.abs(propensitySumForA / decisions - frequency)).toBeLessThan(0.05);
  });

  it("notices a model that got worse, thanks to decay", async () => {
    const halfLifeMs = DAY;
    const decayed = new InMemoryAdaptiveStatsStore({ halfLifeMs });
    const undecayed = new InMemoryAdaptiveStatsStore({ halfLifeMs: 1_000 * 365 * DAY });
    const a = candidate(testModel({ id: "a", qualityScore: 0.8 }), 0.001);
    const b = candidate(testModel({ id: "b", qualityScore: 0.8 }), 0.001);
    for (const store of [decayed, undecayed]) {
      // A month of A being great and B being fine…
      for (let day = 0; day < 30; day++) {
        await observe(store, "a", { count: 20, success: true, quality: 0.95, at: T0 + day * DAY });
        await observe(store, "b", { count: 20, success: true, quality: 0.75, at: T0 + day * DAY });
      }
      // …then A regresses for two days.
      for (let day = 30; day < 32; day++) {
        await observe(store, "a", { count: 20, success: true, quality: 0.3, at: T0 + day * DAY });
        await observe(store, "b", { count: 20, success: true, quality: 0.75, at: T0 + day * DAY });
      }
    }
    const now = T0 + 32 * DAY;
    const share = (store: InMemoryAdaptiveStatsStore) => {
      const policy = new ThompsonSamplingPolicy({ stats: store, propensitySamples: 1 });
      const random = seededRandom(11);
      let picksOfB = 0;
      for (let decision = 0; decision < 400; decision++) {
        if (policy.choose(context([a, b], random, now)).ranking[0]!.model.id === "b") picksOfB++;
      }
      return picksOfB / 400;
    };
    expect(share(decayed)).toBeGreaterThan(0.9);
    expect(share(undecayed)).toBeLessThan(0.1);
  });

  it("explores untried models through the prior and flags it", () => {
    const policy = new ThompsonSamplingPolicy({ stats: new InMemoryAdaptiveStatsStore() });
    const random = seededRandom(2);
    const explored = Array.from({ length: 300 }, () => policy.choose(context([cheap, mid], random))).filter((choice) => choice.explored);
    expect(explored.length).toBeGreaterThan(0);
    expect(explored.every((choice) => choice.ranking[0]!.model.id === "mid")).toBe(true);
  });

  it("has propensity 1 when only one model is eligible", () => {
    const choice = new ThompsonSamplingPolicy({ stats: new InMemoryAdaptiveStatsStore() }).choose(context([premium]));
    expect(choice).toMatchObject({ propensity: 1, explored: false });
  });
});

describe("LearnedPolicy", () => {
  const predictor = (values: Record<string, number>) => ({
    id: "test-predictor",
    predict: async () => new Map(Object.entries(values)),
  });

  it("picks the best predicted quality minus λ × cost", async () => {
    const policy = new LearnedPolicy({ predictor: predictor({ cheap: 0.5, mid: 0.9, premium: 0.99 }), costWeight: 10 });
    const preparation = await policy.prepare({ prompt: "x", classification: qa, models: [] });
    // utilities: cheap 0.5 − 0.01 = 0.49, mid 0.9 − 0.02 = 0.88, premium 0.99 − 0.1 = 0.89
    const choice = policy.choose({ ...context([cheap, mid, premium]), preparation });
    expect(choice.ranking.map((entry) => entry.model.id)).toEqual(["premium", "mid", "cheap"]);
    expect(choice).toMatchObject({ explored: false, propensity: 1 });
    const thrifty = new LearnedPolicy({ predictor: predictor({ cheap: 0.5, mid: 0.9, premium: 0.99 }), costWeight: 100 });
    expect(thrifty.choose({ ...context([cheap, mid, premium]), preparation }).ranking[0]!.model.id).toBe("mid");
  });

  it("falls back to the registry quality for models the predictor does not know", async () => {
    const policy = new LearnedPolicy({ predictor: predictor({ cheap: 0.1 }), costWeight: 1 });
    const preparation = await policy.prepare({ prompt: "x", classification: qa, models: [] });
    expect(policy.choose({ ...context([cheap, mid]), preparation }).ranking[0]!.model.id).toBe("mid");
  });
});
