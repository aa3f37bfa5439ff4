import { describe, expect, it } from "vitest";
import { CascadeClassifier } from "@/lib/router/classify/cascade-classifier";
import { createClassifier } from "@/lib/router/classify/create-classifier";
import { EmbeddingClassifier } from "@/lib/router/classify/embedding-classifier";
import { LlmClassifier } from "@/lib/router/classify/llm-classifier";
import { RuleClassifier } from "@/lib/router/classify/rule-classifier";
import { feedbackIncrement } from "@/lib/router/learning/feedback";
import { InMemoryAdaptiveStatsStore } from "@/lib/router/learning/in-memory-stats-store";
import { seededRandom } from "@/lib/router/learning/seeded-random";
import { BudgetPolicy } from "@/lib/router/policies/budget-policy";
import { createPolicy } from "@/lib/router/policies/create-policy";
import { EpsilonGreedyPolicy } from "@/lib/router/policies/epsilon-greedy-policy";
import { StaticPolicy } from "@/lib/router/policies/static-policy";
import { ThompsonSamplingPolicy } from "@/lib/router/policies/thompson-sampling-policy";
import { createRouter } from "@/lib/router/router";
import type { CompletionPort } from "@/lib/router/types";
import { T0 } from "./helpers";

const stats = new InMemoryAdaptiveStatsStore();

describe("createPolicy", () => {
  it("builds each policy from validated configuration", () => {
    expect(createPolicy({ name: "static" }, { stats })).toBeInstanceOf(StaticPolicy);
    expect(createPolicy({ name: "adaptive" }, { stats })).toBeInstanceOf(EpsilonGreedyPolicy);
    const thompson = createPolicy({ name: "adaptive", algorithm: "thompson", propensitySamples: 20 }, { stats });
    expect(thompson).toBeInstanceOf(ThompsonSamplingPolicy);
    expect(createPolicy({ name: "budget", mode: "pacing" }, { stats })).toMatchObject({ name: "budget", variant: "pacing" });
    const epsilon = createPolicy({ name: "adaptive", explorationRate: 0.2, minObservations: 3 }, { stats }) as EpsilonGreedyPolicy;
    expect([epsilon.explorationRate, epsilon.minObservations]).toEqual([0.2, 3]);
  });

  it("rejects invalid configuration and a learned policy without a predictor", () => {
    expect(() => createPolicy({ name: "adaptive", explorationRate: 2 }, { stats })).toThrow();
    expect(() => createPolicy({ name: "budget", mode: "yolo" } as never, { stats })).toThrow();
    expect(() => createPolicy({ name: "learned" }, { stats })).toThrow(/QualityPredictor/);
    expect(createPolicy({ name: "learned", costWeight: 5 }, { stats, predictor: { id: "p", predict: () => new Map() } })).toMatchObject({
      name: "learned",
      costWeight: 5,
    });
    expect(createPolicy({ name: "budget" }, { stats })).toBeInstanceOf(BudgetPolicy);
  });
});

describe("createClassifier", () => {
  const completion: CompletionPort = { complete: async () => ({ text: '{"complexity":"simple","task_type":"chat"}' }) };

  it("builds rules, embedding, LLM and cascade classifiers", async () => {
    expect(await createClassifier({ kind: "rules" })).toBeInstanceOf(RuleClassifier);
    expect(await createClassifier({ kind: "embedding", strategy: "centroid" })).toBeInstanceOf(EmbeddingClassifier);
    const llm = await createClassifier({ kind: "llm", completion, model: "gemini-1.5-flash" });
    expect(llm).toBeInstanceOf(LlmClassifier);
    expect((llm as LlmClassifier).model).toBe("gemini-1.5-flash");
    const cascade = await createClassifier({ kind: "cascade", completion, embeddingThreshold: 0.99, llmThreshold: 0.99 });
    expect(cascade).toBeInstanceOf(CascadeClassifier);
    // With thresholds that nothing clears, the LLM stage decides.
    expect(await cascade.classify("hello there")).toMatchObject({ classifier: "llm", taskType: "chat" });
  });
});

describe("adaptive routing only among models that pass the hard filters", () => {
  it("never picks a model with an open circuit or over the caller's max_cost, however good its statistics", async () => {
    const store = new InMemoryAdaptiveStatsStore();
    for (let index = 0; index < 20; index++) {
      for (const modelId of ["gemini-1.5-flash", "gpt-4o"]) {
        await store.increment(
          feedbackIncrement({ cell: { complexity: "simple", taskType: "qa", modelId }, at: T0, success: true, quality: 1 }),
        );
      }
    }
    for (const policy of [
      new EpsilonGreedyPolicy({ stats: store, explorationRate: 0.5 }),
      new ThompsonSamplingPolicy({ stats: store, propensitySamples: 5 }),
    ]) {
      const router = createRouter({
        stats: store,
        policy,
        random: seededRandom(4),
        clock: () => T0,
        circuits: { isOpen: (modelId) => modelId === "gemini-1.5-flash" },
      });
      for (let decision = 0; decision < 200; decision++) {
        const chosen = await router.decide({ prompt: "What is the capital of France?", constraints: { maxCostUsd: 0.0005 } });
        expect(chosen.model.id).not.toBe("gemini-1.5-flash");
        expect(chosen.model.id).not.toBe("gpt-4o");
        expect(chosen.propensity).toBeGreaterThan(0);
        expect(chosen.propensity).toBeLessThanOrEqual(1);
      }
    }
  });
});
