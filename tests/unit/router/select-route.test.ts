import { describe, expect, it } from "vitest";
import { StaticPolicy } from "@/lib/router/policies/static-policy";
import { DEFAULT_MODELS } from "@/lib/router/registry/default-models";
import { estimateModels } from "@/lib/router/select/estimate-models";
import { NoEligibleModelError } from "@/lib/router/select/no-eligible-model-error";
import { type RouteSelectionInput, selectRoute } from "@/lib/router/select/select-route";
import { TokenEstimator } from "@/lib/router/tokens/token-estimator";
import type { Capability, Classification, ModelEstimate, ModelSpec, RouteConstraints } from "@/lib/router/types";
import { classification, T0, testModel } from "./helpers";

const tokens = new TokenEstimator();

interface Scenario {
  models?: readonly ModelSpec[];
  classified?: Classification;
  prompt?: string;
  constraints?: RouteConstraints;
  requiredCapabilities?: readonly Capability[];
  estimates?: ModelEstimate[];
  extra?: Partial<RouteSelectionInput>;
}

function select(scenario: Scenario = {}) {
  const models = scenario.models ?? DEFAULT_MODELS;
  const classified = scenario.classified ?? classification("simple", "qa");
  const estimates =
    scenario.estimates ??
    estimateModels({ models, request: { prompt: scenario.prompt ?? "What is the capital of France?" }, classification: classified, tokens });
  return selectRoute({
    models,
    estimates,
    classification: classified,
    constraints: scenario.constraints,
    requiredCapabilities: scenario.requiredCapabilities,
    policy: new StaticPolicy(),
    random: () => 0.5,
    now: T0,
    ...scenario.extra,
  });
}

const explanationOf = (result: ReturnType<typeof select>, modelId: string) =>
  result.explanation.find((entry) => entry.modelId === modelId)!;

function estimate(partial: Partial<ModelEstimate>): ModelEstimate {
  return { inputTokens: 100, outputTokens: 100, costNano: 1_000, costUsd: 1e-6, worstCaseOutputTokens: 100, worstCaseCostNano: 1_000, latencyMs: 500, ...partial };
}

describe("selection with the sketch's quality floors and capabilities", () => {
  it.each([
    ["simple", "qa", "gemini-1.5-flash"], // floor 0.7: the cheapest model qualifies
    ["moderate", "qa", "gpt-4o-mini"], // floor 0.8: flash (0.78) is out
    ["complex", "qa", "gemini-1.5-pro"], // floor 0.9
    ["expert", "qa", "gpt-4o"], // floor 0.95
  ] as const)("%s %s → %s", (complexity, taskType, expected) => {
    const result = select({ classified: classification(complexity, taskType) });
    expect(result.ranking[0]!.model.id).toBe(expected);
    expect(result.minQuality).toBe({ simple: 0.7, moderate: 0.8, complex: 0.9, expert: 0.95 }[complexity]);
  });

  it("requires the task type's capability (creative)", () => {
    const result = select({ classified: classification("complex", "creative") });
    expect(result.ranking.map((candidate) => candidate.model.id)).toEqual(["gpt-4o", "claude-3-5-sonnet"]);
    expect(explanationOf(result, "gemini-1.5-pro")).toMatchObject({ status: "excluded", exclusionReason: "missing_capability" });
  });

  it("adds capabilities the request needs (vision)", () => {
    const result = select({ classified: classification("simple", "qa"), requiredCapabilities: ["vision"] });
    expect(result.ranking.map((candidate) => candidate.model.id)).toEqual(["gemini-1.5-pro", "gpt-4o"]);
  });

  it("lets min_quality raise the floor but never lower it", () => {
    expect(select({ constraints: { minQuality: 0.9 } }).minQuality).toBe(0.9);
    expect(select({ classified: classification("expert", "qa"), constraints: { minQuality: 0.5 } }).minQuality).toBe(0.95);
  });

  it("ranks every eligible model, cheapest first, chosen first", () => {
    const result = select();
    const costs = result.ranking.map((candidate) => candidate.estimate.costNano!);
    expect(result.ranking).toHaveLength(6);
    expect([...costs].sort((left, right) => left - right)).toEqual(costs);
    expect(explanationOf(result, result.ranking[0]!.model.id)).toMatchObject({ status: "chosen", rank: 0 });
    expect(explanationOf(result, result.ranking[1]!.model.id)).toMatchObject({ status: "eligible", rank: 1 });
    expect(result.explored).toBe(false);
    expect(result.propensity).toBe(1);
  });

  it("explains every registered model with cost, latency and tokens", () => {
    const result = select({ classified: classification("expert", "code") });
    expect(result.explanation.map((entry) => entry.modelId)).toEqual(DEFAULT_MODELS.map((model) => model.id));
    for (const entry of result.explanation) {
      expect(entry.costUsd).toBeGreaterThan(0);
      expect(entry.latencyMs).toBeGreaterThan(0);
      expect(entry.inputTokens).toBeGreaterThan(0);
      expect(entry.outputTokens).toBeGreaterThan(0);
    }
    expect(explanationOf(result, "gpt-4o-mini")).toMatchObject({
      status: "excluded",
      exclusionReason: "below_quality",
      detail: "quality 0.85 < floor 0.95",
    });
  });
});

describe("the sketch's defects, fixed", () => {
  it("max_cost bounds the estimated cost of this request, not the per-1k input price", () => {
    // Per-1k input price 0.0001 ≤ max_cost 0.001 (the sketch keeps it), but this request costs more.
    const pricey = testModel({ id: "cheap-input", inputPricePer1M: 0.1, outputPricePer1M: 100 });
    // Per-1k input price 0.005 > max_cost 0.001 (the sketch drops it), but this request is cheap.
    const fair = testModel({ id: "fair", inputPricePer1M: 5, outputPricePer1M: 1 });
    const result = select({
      models: [pricey, fair],
      classified: classification("simple", "chat"),
      estimates: [
        estimate({ inputTokens: 100, outputTokens: 60, costNano: 6_010_000, costUsd: 0.00601 }),
        estimate({ inputTokens: 100, outputTokens: 60, costNano: 560_000, costUsd: 0.00056 }),
      ],
      constraints: { maxCostUsd: 0.001 },
    });
    expect(result.ranking.map((candidate) => candidate.model.id)).toEqual(["fair"]);
    expect(explanationOf(result, "cheap-input")).toMatchObject({ exclusionReason: "over_cost" });
    expect(explanationOf(result, "cheap-input").detail).toMatch(/estimated \$0\.00601 > max_cost \$0\.00100/);
  });

  it("cheapest means the lowest estimated cost of this request, not the sum of per-1k prices", () => {
    // A long prompt with a short answer: input price dominates.
    const cheapOutput = testModel({ id: "cheap-output", inputPricePer1M: 3, outputPricePer1M: 0.5 }); // sum 3.5
    const cheapInput = testModel({ id: "cheap-input", inputPricePer1M: 0.5, outputPricePer1M: 2 }); // sum 2.5
    const longPrompt = "Please read the following log carefully. ".repeat(2_000);
    const result = select({ models: [cheapOutput, cheapInput], prompt: longPrompt, classified: classification("simple", "extraction") });
    expect(result.ranking[0]!.model.id).toBe("cheap-input");
    // A short prompt with a long answer: output price dominates, and the order flips.
    const answerHeavy = testModel({ id: "answer-heavy", inputPricePer1M: 0.5, outputPricePer1M: 4 }); // sum 4.5
    const inputHeavy = testModel({ id: "input-heavy", inputPricePer1M: 3, outputPricePer1M: 1 }); // sum 4
    const creative = select({ models: [answerHeavy, inputHeavy], prompt: "Write a novel", classified: classification("complex", "creative") });
    expect(creative.ranking[0]!.model.id).toBe("input-heavy");
    const costs = creative.ranking.map((candidate) => candidate.estimate.costNano!);
    expect(costs[0]).toBeLessThan(costs[1]!);
  });

  it("never chooses a model whose context window cannot hold the prompt plus the expected output", () => {
    const small = testModel({ id: "small", contextWindow: 1_000, maxOutputTokens: 500, inputPricePer1M: 0.01, outputPricePer1M: 0.01 });
    const large = testModel({ id: "large", contextWindow: 200_000 });
    const result = select({ models: [small, large], prompt: "word ".repeat(900), classified: classification("moderate", "qa") });
    expect(result.ranking.map((candidate) => candidate.model.id)).toEqual(["large"]);
    expect(explanationOf(result, "small")).toMatchObject({ exclusionReason: "context_too_small" });
    expect(explanationOf(result, "small").detail).toMatch(/needs \d+ tokens > context window 1000/);
  });

  it("excludes unpriced models unless explicitly allowed, and ranks them after priced ones", () => {
    const unpriced = testModel({ id: "mystery", inputPricePer1M: null, outputPricePer1M: null });
    const priced = testModel({ id: "priced" });
    const strict = select({ models: [unpriced, priced] });
    expect(explanationOf(strict, "mystery")).toMatchObject({ status: "excluded", exclusionReason: "unpriced", costUsd: null });
    const allowed = select({ models: [unpriced, priced], constraints: { allowUnpriced: true, maxCostUsd: 1e-9 } });
    expect(allowed.ranking.map((candidate) => candidate.model.id)).toEqual(["mystery"]);
    const both = select({ models: [unpriced, priced], constraints: { allowUnpriced: true } });
    expect(both.ranking.map((candidate) => candidate.model.id)).toEqual(["priced", "mystery"]);
  });

  it("fails with a typed error naming which constraint excluded which models (no silent fallback)", () => {
    let error: unknown;
    try {
      select({ classified: classification("expert", "code"), constraints: { maxCostUsd: 0.0001, provider: "google" } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(NoEligibleModelError);
    const typed = error as NoEligibleModelError;
    expect(typed.code).toBe("no_eligible_model");
    expect(typed.excludedBy).toEqual({
      over_cost: ["gpt-4o"],
      below_quality: ["gpt-4o-mini", "claude-3-5-sonnet", "claude-3-5-haiku", "gemini-1.5-pro", "gemini-1.5-flash"],
    });
    expect(typed.message).toContain("over_cost excluded gpt-4o");
    // The first reason names the model in the message; the explanation lists every reason.
    expect(typed.explanation.find((entry) => entry.modelId === "gemini-1.5-pro")!.exclusionReasons).toEqual([
      "below_quality",
      "over_cost",
    ]);
  });

  it("relaxes the quality floor first (to the best model that passes everything else) and records it", () => {
    const result = select({ classified: classification("expert", "qa"), constraints: { maxLatencyMs: 1_200, relax: true } });
    expect(result.relaxed).toEqual([{ constraint: "min_quality", from: 0.95, to: 0.94 }]);
    expect(result.ranking.map((candidate) => candidate.model.id)).toEqual(["claude-3-5-sonnet"]);
    expect(result.minQuality).toBe(0.94);
    expect(result.reason).toContain("Relaxed: min_quality 0.95 → 0.94");
  });

  it("then relaxes the latency bound, and the floor only as far as still needed", () => {
    // No model answers in 100 ms, so dropping the floor alone cannot help; dropping the latency bound
    // does, and gpt-4o then meets the original floor: only the latency bound is recorded as relaxed.
    const keepsFloor = select({
      classified: classification("expert", "qa"),
      constraints: { maxLatencyMs: 100, provider: "openai", relax: true },
    });
    expect(keepsFloor.relaxed).toEqual([{ constraint: "max_latency_ms", from: 100, to: null }]);
    expect(keepsFloor.ranking[0]!.model.id).toBe("gpt-4o");
    // Both are needed when the provider's best model is under the floor too.
    const both = select({
      classified: classification("expert", "qa"),
      constraints: { maxLatencyMs: 100, provider: "google", relax: true },
    });
    expect(both.relaxed).toEqual([
      { constraint: "min_quality", from: 0.95, to: 0.9 },
      { constraint: "max_latency_ms", from: 100, to: null },
    ]);
    expect(both.ranking.map((candidate) => candidate.model.id)).toEqual(["gemini-1.5-pro"]);
  });

  it("still fails when relaxing cannot help, naming the hard constraints", () => {
    expect(() => select({ constraints: { provider: "mistral", relax: true } })).toThrowError(
      /^No eligible model: provider_filtered excluded gpt-4o, gpt-4o-mini/,
    );
    expect(() => select({ classified: classification("expert", "qa"), constraints: { maxLatencyMs: 100, provider: "mistral", relax: true } })).toThrowError(
      /^No eligible model \(after relaxing max_latency_ms\): provider_filtered excluded/,
    );
  });
});

describe("every exclusion reason", () => {
  const base = testModel({ id: "ok" });
  const run = (candidate: ModelSpec, scenario: Scenario = {}) =>
    explanationOf(select({ models: [base, candidate], classified: classification("simple", "chat"), ...scenario }), candidate.id);

  it("disabled", () => expect(run(testModel({ id: "x", enabled: false }))).toMatchObject({ exclusionReason: "disabled" }));
  it("below_quality", () => expect(run(testModel({ id: "x", qualityScore: 0.5 }))).toMatchObject({ exclusionReason: "below_quality" }));
  it("missing_capability", () =>
    expect(run(testModel({ id: "x", capabilities: [] }), { requiredCapabilities: ["json"] })).toMatchObject({
      exclusionReason: "missing_capability",
      detail: "lacks json",
    }));
  it("over_cost", () =>
    expect(run(testModel({ id: "x", inputPricePer1M: 1_000, outputPricePer1M: 1_000 }), { constraints: { maxCostUsd: 0.01 } })).toMatchObject({
      exclusionReason: "over_cost",
    }));
  it("over_latency", () =>
    expect(run(testModel({ id: "x", latencyMs: 3_000 }), { constraints: { maxLatencyMs: 1_000 } })).toMatchObject({
      exclusionReason: "over_latency",
      detail: "latency 3000 ms > max_latency_ms 1000",
    }));
  it("context_too_small", () =>
    expect(run(testModel({ id: "x", contextWindow: 12, maxOutputTokens: 10 }))).toMatchObject({ exclusionReason: "context_too_small" }));
  it("unpriced", () =>
    expect(run(testModel({ id: "x", inputPricePer1M: null, outputPricePer1M: 1 }))).toMatchObject({ exclusionReason: "unpriced" }));
  it("provider_filtered (one provider or several)", () => {
    expect(run(testModel({ id: "x", provider: "google" }), { constraints: { provider: "openai" } })).toMatchObject({
      exclusionReason: "provider_filtered",
    });
    expect(run(testModel({ id: "x", provider: "google" }), { constraints: { provider: ["openai", "anthropic"] } })).toMatchObject({
      exclusionReason: "provider_filtered",
      detail: "provider google not in [openai, anthropic]",
    });
    expect(run(testModel({ id: "x", provider: "google" }), { constraints: { provider: ["openai", "google"] } }).status).not.toBe("excluded");
  });
  it("circuit_open", () =>
    expect(run(testModel({ id: "x" }), { extra: { circuits: { isOpen: (modelId) => modelId === "x" } } })).toMatchObject({
      exclusionReason: "circuit_open",
    }));
  it("over_budget", () => {
    const expensive = testModel({ id: "x", inputPricePer1M: 100, outputPricePer1M: 100 });
    const entry = run(expensive, { extra: { budgetGate: { kind: "limit", remainingNano: 1_000_000, reservation: "expected" } } });
    expect(entry).toMatchObject({ exclusionReason: "over_budget" });
    expect(entry.detail).toMatch(/^estimated \$.* left this hour$/);
    // Measured as reservations are: here the worst case (4,096 output tokens) of each model.
    const worstCase = run(expensive, { extra: { budgetGate: { kind: "limit", remainingNano: 10_000_000, reservation: "worst_case" } } });
    expect(worstCase.detail).toMatch(/^worst case \$.* left this hour$/);
  });

  it("reports the first reason in the declared order and lists them all", () => {
    const entry = run(testModel({ id: "x", enabled: false, qualityScore: 0.1, provider: "google" }), {
      constraints: { provider: "openai" },
    });
    expect(entry.exclusionReason).toBe("disabled");
    expect(entry.exclusionReasons).toEqual(["disabled", "below_quality", "provider_filtered"]);
  });
});
