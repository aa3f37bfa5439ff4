import { describe, expect, it } from "vitest";
import { InMemoryAdaptiveStatsStore } from "@/lib/router/learning/in-memory-stats-store";
import { estimateOffPolicy, type LoggedDecision } from "@/lib/router/learning/off-policy-estimator";
import { seededRandom } from "@/lib/router/learning/seeded-random";
import { EpsilonGreedyPolicy } from "@/lib/router/policies/epsilon-greedy-policy";
import { type ReplayContext, replayTargetProbability } from "@/lib/router/policies/replay-target";
import type { Candidate } from "@/lib/router/policies/routing-policy";
import { StaticPolicy } from "@/lib/router/policies/static-policy";
import { classification, T0, testModel } from "./helpers";

// A logging policy that picks "a" with probability 0.3 and "b" with 0.7; "a" answers well
// (reward 0.9 on average) and "b" poorly (0.4). Always-a should be valued near 0.9.
function logs(count: number, seed: number): LoggedDecision<null>[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const pickA = random() < 0.3;
    const reward = pickA ? (random() < 0.9 ? 1 : 0) : random() < 0.4 ? 1 : 0;
    return { chosenModelId: pickA ? "a" : "b", propensity: pickA ? 0.3 : 0.7, reward, context: null };
  });
}

describe("inverse-propensity estimation", () => {
  it("values another policy on logged traffic (IPS and self-normalised IPS)", () => {
    const alwaysA = (log: LoggedDecision<null>) => (log.chosenModelId === "a" ? 1 : 0);
    const estimate = estimateOffPolicy({ logs: logs(20_000, 1), targetProbability: alwaysA });
    expect(estimate.ips).toBeCloseTo(0.9, 1);
    expect(estimate.snips).toBeCloseTo(0.9, 1);
    expect(estimate.supported).toBeGreaterThan(5_000);
    expect(estimate.effectiveSampleSize).toBeGreaterThan(5_000);
    expect(estimate.effectiveSampleSize).toBeLessThan(20_000);
    const logging = (log: LoggedDecision<null>) => log.propensity; // the logging policy itself
    const onPolicy = estimateOffPolicy({ logs: logs(20_000, 2), targetProbability: logging });
    expect(onPolicy.snips).toBeCloseTo(0.3 * 0.9 + 0.7 * 0.4, 1);
  });

  it("is unbiased across repeated samples while SNIPS is steadier", () => {
    const alwaysB = (log: LoggedDecision<null>) => (log.chosenModelId === "b" ? 1 : 0);
    const ips: number[] = [];
    const snips: number[] = [];
    for (let seed = 10; seed < 60; seed++) {
      const estimate = estimateOffPolicy({ logs: logs(200, seed), targetProbability: alwaysB });
      ips.push(estimate.ips);
      snips.push(estimate.snips);
    }
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const variance = (values: number[]) => mean(values.map((value) => (value - mean(values)) ** 2));
    expect(mean(ips)).toBeCloseTo(0.4, 1);
    expect(variance(snips)).toBeLessThan(variance(ips));
  });

  it("clips importance weights when asked, and rejects impossible propensities", () => {
    const sample: LoggedDecision<null>[] = [{ chosenModelId: "a", propensity: 0.01, reward: 1, context: null }];
    expect(estimateOffPolicy({ logs: sample, targetProbability: () => 1 }).ips).toBe(100);
    expect(estimateOffPolicy({ logs: sample, targetProbability: () => 1, maxWeight: 10 }).ips).toBe(10);
    expect(() => estimateOffPolicy({ logs: [{ ...sample[0]!, propensity: 0 }], targetProbability: () => 1 })).toThrow(RangeError);
    expect(estimateOffPolicy({ logs: [], targetProbability: () => 1 })).toMatchObject({ samples: 0, ips: 0, snips: 0 });
  });

  it("replays router policies on logged contexts to get their target probabilities", () => {
    const cheap: Candidate = {
      model: testModel({ id: "cheap" }),
      estimate: { inputTokens: 1, outputTokens: 1, costNano: 1, costUsd: 1e-9, worstCaseOutputTokens: 1, worstCaseCostNano: 1, latencyMs: 1 },
    };
    const dear: Candidate = {
      model: testModel({ id: "dear" }),
      estimate: { inputTokens: 1, outputTokens: 1, costNano: 9, costUsd: 9e-9, worstCaseOutputTokens: 1, worstCaseCostNano: 9, latencyMs: 1 },
    };
    const replayContext: ReplayContext = { classification: classification("simple", "qa"), candidates: [cheap, dear], now: T0 };
    const log = (chosenModelId: string): LoggedDecision<ReplayContext> => ({ chosenModelId, propensity: 0.5, reward: 1, context: replayContext });
    const staticTarget = replayTargetProbability({ policy: new StaticPolicy(), random: seededRandom(1) });
    expect(staticTarget(log("cheap"))).toBe(1);
    expect(staticTarget(log("dear"))).toBe(0);
    const epsilonTarget = replayTargetProbability({
      policy: new EpsilonGreedyPolicy({ stats: new InMemoryAdaptiveStatsStore(), explorationRate: 0.2 }),
      random: seededRandom(1),
      samples: 4_000,
    });
    expect(epsilonTarget(log("dear"))).toBeCloseTo(0.1, 1);
  });
});
