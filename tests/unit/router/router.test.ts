import { describe, expect, it } from "vitest";
import { BudgetExhaustedError } from "@/lib/router/budget/budget-exhausted-error";
import type { BudgetStore } from "@/lib/router/budget/budget-store";
import { InMemoryBudgetStore } from "@/lib/router/budget/in-memory-budget-store";
import { createClassifier } from "@/lib/router/classify/create-classifier";
import { usdToNano } from "@/lib/router/cost/money";
import { InMemoryAdaptiveStatsStore } from "@/lib/router/learning/in-memory-stats-store";
import { seededRandom } from "@/lib/router/learning/seeded-random";
import { BudgetPolicy } from "@/lib/router/policies/budget-policy";
import { createPolicy } from "@/lib/router/policies/create-policy";
import { EpsilonGreedyPolicy } from "@/lib/router/policies/epsilon-greedy-policy";
import { LearnedPolicy } from "@/lib/router/policies/learned-policy";
import { UnknownPolicyError } from "@/lib/router/policies/unknown-policy-error";
import { createRouter } from "@/lib/router/router";
import { NoEligibleModelError } from "@/lib/router/select/no-eligible-model-error";
import { DEFAULT_OUTPUT_TOKENS } from "@/lib/router/tokens/output-token-defaults";
import type { QualityPredictionInput } from "@/lib/router/types";
import { manualClock, T0 } from "./helpers";

function sequentialIds() {
  let next = 0;
  return () => `decision-${++next}`;
}

describe("Router.decide", () => {
  it("classifies, selects and explains, with injected clock and ids", async () => {
    const router = createRouter({ clock: () => T0, newId: sequentialIds() });
    const decision = await router.decide({ prompt: "What is the capital of France?" });
    expect(decision).toMatchObject({
      id: "decision-1",
      decidedAt: T0,
      policy: "static",
      explored: false,
      propensity: 1,
      minQuality: 0.7,
      relaxed: [],
      classification: { complexity: "simple", taskType: "qa", classifier: "rules" },
    });
    expect(decision.model.id).toBe("gemini-1.5-flash");
    expect(decision.ranking[0]).toBe(decision.model);
    expect(decision.explanation).toHaveLength(6);
    expect(decision.estimatedCostUsd).toBe(decision.explanation.find((entry) => entry.status === "chosen")!.costUsd);
    expect(decision.estimatedInputTokens).toBe(decision.classification.features.estimatedTokens);
    expect(decision.reason).toMatch(/^Cheapest of 6 eligible for a simple qa request: gemini-1\.5-flash/);
  });

  it("validates the request", async () => {
    const router = createRouter();
    await expect(router.decide({ prompt: "hi", constraints: { maxCostUsd: -1 } })).rejects.toThrow();
    await expect(router.decide({ prompt: "hi", constraints: { bogus: true } as never })).rejects.toThrow();
  });

  it("throws NoEligibleModelError when nothing fits", async () => {
    const router = createRouter();
    await expect(router.decide({ prompt: "hi", constraints: { provider: "mistral" } })).rejects.toBeInstanceOf(NoEligibleModelError);
  });

  it("excludes models whose circuit is open", async () => {
    const router = createRouter({ circuits: { isOpen: (modelId) => modelId === "gemini-1.5-flash" } });
    const decision = await router.decide({ prompt: "What is the capital of France?" });
    expect(decision.model.id).not.toBe("gemini-1.5-flash");
    expect(decision.explanation.find((entry) => entry.modelId === "gemini-1.5-flash")!.exclusionReason).toBe("circuit_open");
  });

  it("selects a configured policy by name and rejects unknown ones", async () => {
    const stats = new InMemoryAdaptiveStatsStore();
    const router = createRouter({ stats, random: seededRandom(1), policies: [new EpsilonGreedyPolicy({ stats })] });
    expect(router.policyNames().sort()).toEqual(["adaptive", "static"]);
    const decision = await router.decide({ prompt: "hello" }, { policy: "adaptive" });
    expect(decision).toMatchObject({ policy: "adaptive", policyVariant: "epsilon_greedy" });
    await expect(router.decide({ prompt: "hello" }, { policy: "learned" })).rejects.toBeInstanceOf(UnknownPolicyError);
  });

  it("uses a classification the caller already made, as given, without classifying again", async () => {
    const prompt = "What is the capital of France?";
    const rules = await createRouter().classify(prompt);
    let classified = 0;
    const classifier = {
      name: "rules" as const,
      classifySync: () => {
        classified++;
        return rules;
      },
      classify: async () => {
        classified++;
        return rules;
      },
    };
    const router = createRouter({ classifier });
    const expert = { ...rules, complexity: "expert" as const, taskType: "reasoning" as const, classifier: "llm" as const };
    const simple = { ...rules, classifier: "embedding" as const };
    // Two decisions about the same prompt in flight at once, each with its own classification.
    const [forExpert, forSimple] = await Promise.all([
      router.decide({ prompt }, { classification: expert }),
      router.decide({ prompt }, { classification: simple }),
    ]);
    expect(forExpert.classification).toBe(expert);
    expect(forExpert.minQuality).toBe(0.95);
    expect(forSimple.classification).toBe(simple);
    expect(forSimple.minQuality).toBe(0.7);
    expect(classified).toBe(0);
    // Without one, the router classifies itself.
    expect((await router.decide({ prompt })).classification).toBe(rules);
    expect(classified).toBe(1);
  });

  it("refuses a budget policy without a budget", () => {
    expect(() => createRouter({ policy: new BudgetPolicy() })).toThrow(/needs an hourly budget/);
  });

  it("runs the cascade with the local embedder", async () => {
    const router = createRouter({ classifier: await createClassifier({ kind: "cascade" }) });
    const decision = await router.decide({ prompt: "purple elephants dancing, compose some verses about them at dawn" });
    expect(decision.classification.stages!.length).toBeGreaterThanOrEqual(1);
    expect(["rules", "embedding"]).toContain(decision.classification.classifier);
  });

  it("passes the prompt, classification and models to a learned policy's predictor", async () => {
    const seen: QualityPredictionInput[] = [];
    const predictor = {
      id: "spy",
      predict: (input: QualityPredictionInput) => {
        seen.push(input);
        return new Map([["gpt-4o", 1]]);
      },
    };
    const router = createRouter({ policy: new LearnedPolicy({ predictor, costWeight: 0 }) });
    const decision = await router.decide({ prompt: "Write a haiku about rain" });
    expect(decision.model.id).toBe("gpt-4o");
    expect(decision.policy).toBe("learned");
    expect(seen[0]!.prompt).toBe("Write a haiku about rain");
    expect(seen[0]!.classification.taskType).toBe("creative");
    expect(seen[0]!.models).toHaveLength(6);
  });
});

describe("Router learning from feedback", () => {
  it("counts decisions and explorations, and updates statistics at once on outcomes and ratings", async () => {
    const stats = new InMemoryAdaptiveStatsStore();
    const router = createRouter({ stats, clock: () => T0, policy: createPolicy({ name: "adaptive", explorationRate: 0 }, { stats }) });
    const decision = await router.decide({ prompt: "What is the capital of France?" });
    const cell = { complexity: "simple" as const, taskType: "qa" as const, modelId: decision.model.id };
    expect(stats.row(cell)).toMatchObject({ decisions: 1, explorations: 0, requests: 0 });
    await router.recordOutcome({ decision, success: true, latencyMs: 420, costNano: 30_000 });
    expect(stats.row(cell)).toMatchObject({ requests: 1, successes: 1, latencyMsSum: 420, costNanoSum: 30_000 });
    await router.rate({ decision, quality: 0.25 });
    expect(stats.row(cell)).toMatchObject({ ratings: 1, qualitySum: 0.25 });
    const report = router.performanceReport();
    expect(report.groups[0]!.models[0]).toMatchObject({ modelId: decision.model.id, requests: 1, meanQuality: 0.25 });
  });

  it("credits the model that answered when execution fell back", async () => {
    const stats = new InMemoryAdaptiveStatsStore();
    const router = createRouter({ stats, clock: () => T0 });
    const decision = await router.decide({ prompt: "What is the capital of France?" });
    await router.recordOutcome({ decision, modelId: "gpt-4o-mini", success: true, latencyMs: 800 });
    expect(stats.row({ complexity: "simple", taskType: "qa", modelId: "gpt-4o-mini" })).toMatchObject({ requests: 1 });
  });

  it("counts failed fallback attempts against the models that failed", async () => {
    const stats = new InMemoryAdaptiveStatsStore();
    const router = createRouter({ stats, clock: () => T0 });
    const decision = await router.decide({ prompt: "What is the capital of France?" });
    await router.recordOutcome({
      decision,
      modelId: "gpt-4o-mini",
      success: true,
      costNano: 5_000,
      failedAttempts: [{ modelId: decision.model.id, latencyMs: 30_000, costNano: 1_000 }],
    });
    const cell = (modelId: string) => stats.row({ complexity: "simple", taskType: "qa", modelId });
    expect(cell(decision.model.id)).toMatchObject({ requests: 1, successes: 0, latencyMsSum: 30_000, costNanoSum: 1_000 });
    expect(cell("gpt-4o-mini")).toMatchObject({ requests: 1, successes: 1, costNanoSum: 4_000 });
  });

  it("switches a bandit's choice as soon as ratings arrive", async () => {
    const stats = new InMemoryAdaptiveStatsStore();
    const policy = new EpsilonGreedyPolicy({ stats, explorationRate: 0 });
    const router = createRouter({ stats, policy, clock: () => T0 });
    const prompt = "What is the capital of France?";
    const first = await router.decide({ prompt });
    expect(first.model.id).toBe("gemini-1.5-flash");
    for (let index = 0; index < 5; index++) {
      await router.recordOutcome({ decision: first, success: true });
      await router.recordOutcome({ decision: first, modelId: "gpt-4o-mini", success: true });
      await router.rate({ decision: first, quality: 0.01 });
      await router.rate({ decision: first, modelId: "gpt-4o-mini", quality: 1 });
    }
    expect((await router.decide({ prompt })).model.id).toBe("gpt-4o-mini");
  });

  it("learns expected output length from outcomes", async () => {
    const router = createRouter({ clock: () => T0 });
    const prompt = "What is the capital of France?";
    const before = await router.decide({ prompt });
    expect(before.estimatedOutputTokens).toBe(DEFAULT_OUTPUT_TOKENS.qa.simple);
    for (let index = 0; index < 5; index++) await router.recordOutcome({ decision: before, success: true, outputTokens: 12 });
    expect((await router.decide({ prompt })).estimatedOutputTokens).toBe(12);
  });
});

describe("Router with an hourly budget", () => {
  it("reserves the estimated cost before the call (expected mode) and reconciles the actual cost after it", async () => {
    const store = new InMemoryBudgetStore();
    const router = createRouter({ clock: () => T0 + 60_000, budget: { store, hourlyBudgetUsd: 1, reservation: "expected" } });
    const decision = await router.decide({ prompt: "What is the capital of France?" });
    expect(decision.reservation).toEqual({ id: decision.id, hourStartMs: T0, amountNano: decision.estimatedCostNano });
    expect(store.hourState(T0).reservedNano).toBe(decision.estimatedCostNano);
    await router.recordOutcome({ decision, success: true, costNano: 12_345 });
    expect(store.hourState(T0)).toEqual({ hourStartMs: T0, spentNano: 12_345, reservedNano: 0 });
    const another = await router.decide({ prompt: "What is the capital of Spain?" });
    expect(await router.releaseReservation(another)).toBe(true);
    expect(store.hourState(T0).reservedNano).toBe(0);
  });

  it("lowers the quality floor by 0.1 when under 20% of the hour's budget remains (budget policy)", async () => {
    const store = new InMemoryBudgetStore();
    const router = createRouter({ clock: () => T0 + 30 * 60_000, budget: { store, hourlyBudgetUsd: 1 }, policy: new BudgetPolicy() });
    const prompt = "Explain how vaccines train the immune system.";
    const normal = await router.decide({ prompt });
    expect(normal).toMatchObject({ minQuality: 0.8, policy: "budget", model: { id: "gpt-4o-mini" } });
    await router.releaseReservation(normal);
    await store.tryReserve({ reservationId: "earlier", hourStartMs: T0, amountNano: usdToNano(0.85), limitNano: null });
    const squeezed = await router.decide({ prompt });
    expect(squeezed.minQuality).toBe(0.7);
    expect(squeezed.model.id).toBe("gemini-1.5-flash");
    expect(squeezed.budget).toMatchObject({ budgetUsd: 1, reservedUsd: 0.85, floorDrop: 0.1, cheapestOnly: false });
    expect(squeezed.reason).toContain("Quality floor lowered by 0.10");
  });

  it("paces: spending ahead of the hour lowers the floor early", async () => {
    const store = new InMemoryBudgetStore();
    const clock = manualClock(T0 + 10 * 60_000);
    const router = createRouter({ clock: clock.now, budget: { store, hourlyBudgetUsd: 1 }, policy: new BudgetPolicy({ mode: "pacing" }) });
    await store.tryReserve({ reservationId: "early", hourStartMs: T0, amountNano: usdToNano(0.4), limitNano: null });
    // 40% spent after 10 minutes: on pace for 240% of the budget.
    const decision = await router.decide({ prompt: "Analyze the trade-offs of microservices for a small team." });
    expect(decision.budget!.floorDrop).toBeCloseTo(0.35);
    expect(decision.minQuality).toBe(0.6);
    expect(decision.reason).toMatch(/on pace for 240% of the hour's budget/);
    clock.set(T0 + 50 * 60_000); // the same spend later in the hour is under pace
    const relaxed = await router.decide({ prompt: "Analyze the trade-offs of microservices for a small team." });
    expect(relaxed.budget!.floorDrop).toBe(0);
    expect(relaxed.minQuality).toBe(0.9);
  });

  it("excludes models whose estimated cost exceeds what is left of the hour (expected mode)", async () => {
    const store = new InMemoryBudgetStore();
    const router = createRouter({ clock: () => T0, budget: { store, hourlyBudgetUsd: 0.01, reservation: "expected" } });
    await store.tryReserve({ reservationId: "earlier", hourStartMs: T0, amountNano: usdToNano(0.0099), limitNano: null });
    const decision = await router.decide({ prompt: "What is the capital of France?" });
    expect(decision.model.id).toBe("gemini-1.5-flash");
    expect(decision.explanation.find((entry) => entry.modelId === "gpt-4o")!.exclusionReason).toBe("over_budget");
  });

  it("refuses at 100% by default", async () => {
    const store = new InMemoryBudgetStore();
    const router = createRouter({ clock: () => T0, budget: { store, hourlyBudgetUsd: 0.5 } });
    await store.tryReserve({ reservationId: "all", hourStartMs: T0, amountNano: usdToNano(0.5), limitNano: null });
    await expect(router.decide({ prompt: "hi" })).rejects.toBeInstanceOf(BudgetExhaustedError);
    expect(router.budgetStatus()).toMatchObject({ exhausted: true, remainingNano: 0 });
  });

  it("or routes only to the cheapest eligible model at 100%", async () => {
    const store = new InMemoryBudgetStore();
    const router = createRouter({ clock: () => T0, budget: { store, hourlyBudgetUsd: 0.5, onExhausted: "cheapest" } });
    await store.tryReserve({ reservationId: "all", hourStartMs: T0, amountNano: usdToNano(0.6), limitNano: null });
    const decision = await router.decide({ prompt: "Explain how vaccines train the immune system." });
    expect(decision.model.id).toBe("gpt-4o-mini");
    expect(decision.ranking).toHaveLength(1);
    expect(decision.budget).toMatchObject({ cheapestOnly: true });
    expect(decision.explanation.find((entry) => entry.modelId === "gpt-4o")).toMatchObject({
      status: "excluded",
      exclusionReason: "over_budget",
    });
    // Unconditionally (the hour is knowingly over), and its worst case like any reservation.
    expect(decision.reservation!.amountNano).toBe(decision.explanation.find((entry) => entry.status === "chosen")!.worstCaseCostNano);
    expect(store.hourState(T0).reservedNano).toBe(usdToNano(0.6) + decision.reservation!.amountNano);
  });

  it("decides again when another instance reserved first (stale snapshot)", async () => {
    const inner = new InMemoryBudgetStore();
    let attempts = 0;
    // A shared store whose cached snapshot lags behind the database: it still shows an empty hour.
    const store: BudgetStore = {
      hourState: (hourStartMs) => ({ hourStartMs, spentNano: 0, reservedNano: 0 }),
      tryReserve: (request) => {
        attempts++;
        return inner.tryReserve(request);
      },
      tryGrow: (request) => inner.tryGrow(request),
      reconcile: (request) => inner.reconcile(request),
    };
    await inner.tryReserve({ reservationId: "other-instance", hourStartMs: T0, amountNano: usdToNano(0.0099), limitNano: null });
    // A policy that prefers the most expensive model, which no longer fits what is really left.
    const predictor = { id: "prefers-gpt-4o", predict: () => new Map([["gpt-4o", 1]]) };
    const router = createRouter({
      clock: () => T0,
      budget: { store, hourlyBudgetUsd: 0.01, reservation: "expected" },
      policy: new LearnedPolicy({ predictor, costWeight: 0 }),
    });
    const decision = await router.decide({ prompt: "What is the capital of France?" });
    expect(attempts).toBe(2);
    expect(decision.model.id).not.toBe("gpt-4o");
    expect(decision.explanation.find((entry) => entry.modelId === "gpt-4o")!.exclusionReason).toBe("over_budget");
    expect(inner.hourState(T0).reservedNano).toBeLessThanOrEqual(usdToNano(0.01));
  });
});

describe("Router under fuzzed prompts", () => {
  it("decides for any string (control characters, lone surrogates, special tokens, huge) without crashing", async () => {
    const random = seededRandom(13);
    const router = createRouter({ clock: () => T0 });
    const alphabet = ["a", " ", "\n", "\u0000", "\ud800", "é", "日", "😀", "```", "<|endoftext|>", "?", "\t", "define", "Prove"];
    for (let sample = 0; sample < 200; sample++) {
      const length = Math.floor(random() ** 3 * 3_000);
      let prompt = "";
      for (let index = 0; index < length; index++) prompt += alphabet[Math.floor(random() * alphabet.length)];
      const decision = await router.decide({ prompt });
      expect(decision.ranking.length).toBeGreaterThan(0);
      expect(decision.estimatedInputTokens).toBeGreaterThanOrEqual(0);
    }
    const huge = await router.decide({ prompt: "lorem ipsum ".repeat(100_000) });
    expect(huge.explanation.find((entry) => entry.modelId === "gpt-4o")!.exclusionReason).toBe("context_too_small");
  });
});
