import { describe, expect, it } from "vitest";
import { pricedAttempt, totalCost } from "@/lib/router/execute/cost-accounting";
import type { AttemptRecord } from "@/lib/router/execute/execution-types";
import { buildFallbackPlan, DEFAULT_FALLBACK_CHAIN } from "@/lib/router/execute/fallback-plan";
import { DEFAULT_MODELS } from "@/lib/router/registry/default-models";
import { seededModel, testModel } from "@/tests/fakes/test-models";

const findModel = (modelId: string) => DEFAULT_MODELS.find((model) => model.id === modelId);
const ids = (plan: { candidates: { id: string }[] }) => plan.candidates.map((model) => model.id);

describe("buildFallbackPlan", () => {
  it("uses the ranking by default, once per model, without disabled models", () => {
    const disabled = testModel({ id: "old", enabled: false });
    const plan = buildFallbackPlan({ ranking: [seededModel("gemini-1.5-flash"), disabled, seededModel("gpt-4o-mini"), seededModel("gemini-1.5-flash")] });
    expect(ids(plan)).toEqual(["gemini-1.5-flash", "gpt-4o-mini"]);
  });

  it("puts an explicit chain after the chosen model, as the sketch's FallbackRouter does", () => {
    const plan = buildFallbackPlan({ ranking: [seededModel("claude-3-5-haiku"), seededModel("gemini-1.5-flash")], chain: DEFAULT_FALLBACK_CHAIN, findModel });
    expect(ids(plan)).toEqual(["claude-3-5-haiku", "gpt-4o-mini", "gpt-4o"]);
  });

  it("does not repeat the chosen model and reports chain ids it cannot use", () => {
    const plan = buildFallbackPlan({ ranking: [seededModel("gpt-4o-mini")], chain: ["gpt-4o-mini", "no-such-model", "gpt-4o"], findModel });
    expect(ids(plan)).toEqual(["gpt-4o-mini", "gpt-4o"]);
    expect(plan.unavailableChainIds).toEqual(["no-such-model"]);
  });
});

function attempt(overrides: Partial<AttemptRecord>): AttemptRecord {
  return {
    modelId: "m",
    provider: "p",
    attempt: 1,
    status: "success",
    httpStatus: null,
    errorClass: null,
    errorMessage: null,
    startedAt: 0,
    latencyMs: 0,
    usage: null,
    costNano: 0,
    costUsd: 0,
    costEstimated: false,
    simulated: false,
    retryDelayMs: null,
    ...overrides,
  };
}

describe("cost accounting", () => {
  it("prices an attempt from its usage, and an attempt without usage at zero", () => {
    const usage = { inputTokens: 1000, cachedInputTokens: 400, outputTokens: 200 };
    expect(pricedAttempt(seededModel("gpt-4o-mini"), usage)).toEqual({ costNano: 240_000, costUsd: 0.00024 });
    expect(pricedAttempt(seededModel("gpt-4o-mini"), null)).toEqual({ costNano: 0, costUsd: 0 });
    expect(pricedAttempt(testModel({ id: "free", inputPricePer1M: null }), usage)).toEqual({ costNano: null, costUsd: null });
  });

  it("sums attempts, marks estimates, and is unknown when a billed attempt is unpriced", () => {
    const usage = { inputTokens: 1, cachedInputTokens: 0, outputTokens: 1 };
    expect(totalCost([attempt({ status: "error" }), attempt({ usage, costNano: 300 }), attempt({ usage, costNano: 200, costEstimated: true })])).toEqual({
      costNano: 500,
      costUsd: 0.0000005,
      costEstimated: true,
    });
    expect(totalCost([attempt({ usage, costNano: null }), attempt({ usage, costNano: 200 })]).costNano).toBeNull();
  });
});
