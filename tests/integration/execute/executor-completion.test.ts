import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ExecutionFailedError } from "@/lib/router/execute/execution-failed-error";
import { buildFallbackPlan, DEFAULT_FALLBACK_CHAIN } from "@/lib/router/execute/fallback-plan";
import { DEFAULT_MODELS } from "@/lib/router/registry/default-models";
import { seededModel } from "@/tests/fakes/test-models";
import { ANTHROPIC_KEY, FIRST_BACKOFF_MS, OPENAI_KEY, WireHarness } from "./wire-harness";

const harness = new WireHarness();
const mini = seededModel("gpt-4o-mini");
const gpt4o = seededModel("gpt-4o");
const haiku = seededModel("claude-3-5-haiku");
const sonnet = seededModel("claude-3-5-sonnet");
const messages = [{ role: "user" as const, content: "Summarise the plot of Hamlet in two sentences." }];

async function failureOf(promise: Promise<unknown>): Promise<ExecutionFailedError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ExecutionFailedError);
  return error as ExecutionFailedError;
}

beforeAll(() => harness.start());
afterEach(() => harness.reset());
afterAll(() => harness.stop());

describe("executor over the real SDKs: success, usage and cost", () => {
  it("prices OpenAI usage with cached input at the cached price", async () => {
    harness.openai.script([{ kind: "reply", text: "Hamlet avenges his father.", usage: { input: 1000, cached: 400, output: 200 } }]);
    const { executor } = harness.executor();
    const result = await executor.execute({ messages, candidates: [mini, gpt4o] });
    // 600 uncached x $0.15/M + 400 cached x $0.075/M + 200 output x $0.60/M = $0.00024
    expect(result).toMatchObject({
      text: "Hamlet avenges his father.",
      modelId: "gpt-4o-mini",
      provider: "openai",
      simulated: false,
      simulationReason: null,
      usage: { inputTokens: 1000, cachedInputTokens: 400, outputTokens: 200 },
      usageReported: true,
      costNano: 240_000,
      costUsd: 0.00024,
      costEstimated: false,
    });
    expect(result.estimatedCostNano).toBeGreaterThan(0);
    expect(result.attempts).toEqual([expect.objectContaining({ modelId: "gpt-4o-mini", status: "success", httpStatus: null, errorClass: null, simulated: false, costNano: 240_000 })]);
  });

  it("prices Anthropic usage with cache reads at the cached price and cache writes as input", async () => {
    harness.anthropic.script([{ kind: "reply", text: "Revenge tragedy.", usage: { input: 300, cached: 2000, cacheWrite: 500, output: 100 } }]);
    const result = await harness.executor().executor.execute({ messages, candidates: [haiku] });
    // (300 + 500) x $0.80/M + 2000 x $0.08/M + 100 x $4/M = $0.0012
    expect(result).toMatchObject({ modelId: "claude-3-5-haiku", usage: { inputTokens: 2800, cachedInputTokens: 2000, outputTokens: 100 }, costNano: 1_200_000 });
  });

  it("marks the cost as estimated when the provider reports no usage", async () => {
    harness.openai.script([{ kind: "reply", text: "Hamlet, prince of Denmark, feigns madness.", omitUsage: true }]);
    const result = await harness.executor().executor.execute({ messages, candidates: [mini] });
    expect(result).toMatchObject({ usageReported: false, costEstimated: true });
    expect(result.usage.outputTokens).toBeGreaterThan(5);
    expect(result.costNano).toBeGreaterThan(0);
  });
});

describe("executor: retries", () => {
  it.each([
    { name: "408", step: { kind: "error" as const, status: 408 }, errorClass: "timeout" },
    { name: "409", step: { kind: "error" as const, status: 409 }, errorClass: "conflict" },
    { name: "500", step: { kind: "error" as const, status: 500 }, errorClass: "server_error" },
    { name: "502", step: { kind: "error" as const, status: 502, html: true }, errorClass: "server_error" },
    { name: "503", step: { kind: "error" as const, status: 503 }, errorClass: "server_error" },
    { name: "connection reset", step: { kind: "reset" as const }, errorClass: "connection" },
  ])("retries the same model after $name with jittered backoff", async ({ step, errorClass }) => {
    harness.openai.script([step, { kind: "reply", text: "ok" }], { model: "gpt-4o-mini" });
    const { executor, clock } = harness.executor();
    const result = await executor.execute({ messages, candidates: [mini, gpt4o] });
    expect(result.modelId).toBe("gpt-4o-mini");
    expect(result.attempts.map((attempt) => [attempt.modelId, attempt.attempt, attempt.status, attempt.errorClass])).toEqual([
      ["gpt-4o-mini", 1, "error", errorClass],
      ["gpt-4o-mini", 2, "success", null],
    ]);
    expect(clock.sleeps).toEqual([FIRST_BACKOFF_MS]);
    expect(result.attempts[0]?.retryDelayMs).toBe(FIRST_BACKOFF_MS);
  });

  it("waits exactly as long as a 429's retry-after says", async () => {
    harness.openai.script([{ kind: "error", status: 429, headers: { "retry-after": "7" } }, { kind: "reply" }], { model: "gpt-4o-mini" });
    const { executor, clock } = harness.executor();
    const result = await executor.execute({ messages, candidates: [mini] });
    expect(result.attempts.map((attempt) => attempt.httpStatus)).toEqual([429, null]);
    expect(clock.sleeps).toEqual([7000]);
  });

  it("falls back at once when retry-after is longer than the policy accepts", async () => {
    harness.openai.script([{ kind: "error", status: 429, headers: { "retry-after": "90" } }], { model: "gpt-4o-mini" });
    const { executor, clock } = harness.executor();
    const result = await executor.execute({ messages, candidates: [mini, gpt4o] });
    expect(result.modelId).toBe("gpt-4o");
    expect(clock.sleeps).toEqual([]);
  });

  it("grows the backoff exponentially and gives up on a model after maxRetriesPerModel", async () => {
    harness.openai.script([{ kind: "error", status: 500 }, { kind: "error", status: 500 }, { kind: "error", status: 500 }], { model: "gpt-4o-mini" });
    const { executor, clock } = harness.executor();
    const result = await executor.execute({ messages, candidates: [mini, gpt4o] });
    expect(result.modelId).toBe("gpt-4o");
    expect(harness.openai.requestsFor("gpt-4o-mini")).toHaveLength(3);
    expect(clock.sleeps).toEqual([FIRST_BACKOFF_MS, 375]); // 250 -> 500 ms steps, 75% of each with random 0.5
  });

  it("times an attempt out, then retries it", async () => {
    harness.openai.script([{ kind: "hang" }, { kind: "reply", text: "second try" }], { model: "gpt-4o-mini" });
    const { executor } = harness.executor({ policy: { attemptTimeoutMs: 150 } });
    const result = await executor.execute({ messages, candidates: [mini] });
    expect(result.text).toBe("second try");
    expect(result.attempts[0]).toMatchObject({ status: "error", errorClass: "timeout", httpStatus: null });
  });

  it("stops everything at the overall timeout", async () => {
    harness.openai.script([{ kind: "hang" }, { kind: "hang" }, { kind: "hang" }]);
    const { executor } = harness.executor({ policy: { timeoutMs: 300, attemptTimeoutMs: 10_000 } });
    const error = await failureOf(executor.execute({ messages, candidates: [mini, gpt4o] }));
    expect(error.errorClass).toBe("timeout");
    expect(error.message).toContain("overall timeout");
    expect(error.attempts).toHaveLength(1);
  });
});

describe("executor: no retry for 400, 401, 403, 404 and context length; fallback order", () => {
  it.each([400, 401, 403, 404])("does not retry HTTP %i and falls back to the next model", async (status) => {
    harness.openai.script([{ kind: "error", status }], { model: "gpt-4o-mini" });
    const { executor, clock } = harness.executor();
    const result = await executor.execute({ messages, candidates: [mini, gpt4o] });
    expect(result.attempts.map((attempt) => [attempt.modelId, attempt.status, attempt.httpStatus])).toEqual([
      ["gpt-4o-mini", "error", status],
      ["gpt-4o", "success", null],
    ]);
    expect(harness.openai.requestsFor("gpt-4o-mini")).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it("after a context-length error, skips models whose window is no larger", async () => {
    harness.openai.script([{ kind: "context_length" }], { model: "gpt-4o-mini" });
    const result = await harness.executor().executor.execute({ messages, candidates: [mini, gpt4o, haiku] });
    expect(result.modelId).toBe("claude-3-5-haiku");
    expect(result.attempts.map((attempt) => [attempt.modelId, attempt.status, attempt.errorClass])).toEqual([
      ["gpt-4o-mini", "error", "context_length"],
      ["gpt-4o", "skipped", "context_length"],
      ["claude-3-5-haiku", "success", null],
    ]);
    expect(harness.openai.requests).toHaveLength(1);
  });

  it("follows an explicit chain (the sketch's gpt-4o-mini, then gpt-4o) after the chosen model", async () => {
    harness.anthropic.script([{ kind: "error", status: 401 }], { model: sonnet.providerModel });
    harness.openai.script([{ kind: "error", status: 400 }], { model: "gpt-4o-mini" });
    const plan = buildFallbackPlan({
      ranking: [sonnet, haiku],
      chain: DEFAULT_FALLBACK_CHAIN,
      findModel: (modelId) => DEFAULT_MODELS.find((model) => model.id === modelId),
    });
    const result = await harness.executor().executor.execute({ messages, candidates: plan.candidates });
    expect(result.attempts.map((attempt) => attempt.modelId)).toEqual(["claude-3-5-sonnet", "gpt-4o-mini", "gpt-4o"]);
    expect(result.modelId).toBe("gpt-4o");
  });

  it("follows the selection's ranking by default, across providers", async () => {
    harness.anthropic.script([{ kind: "error", status: 529 }, { kind: "error", status: 529 }, { kind: "error", status: 529 }], { model: haiku.providerModel });
    const plan = buildFallbackPlan({ ranking: [haiku, mini, gpt4o] });
    const result = await harness.executor().executor.execute({ messages, candidates: plan.candidates });
    expect(result.attempts.map((attempt) => `${attempt.modelId}#${attempt.attempt}:${attempt.status}`)).toEqual([
      "claude-3-5-haiku#1:error",
      "claude-3-5-haiku#2:error",
      "claude-3-5-haiku#3:error",
      "gpt-4o-mini#1:success",
    ]);
  });

  it("fails with every attempt recorded, and no key anywhere in what it exposes", async () => {
    harness.openai.script([{ kind: "error", status: 401, message: `Incorrect API key provided: ${OPENAI_KEY}` }], { model: "gpt-4o-mini" });
    harness.anthropic.script([{ kind: "error", status: 403, message: `key ${ANTHROPIC_KEY} lacks access` }], { model: haiku.providerModel });
    const error = await failureOf(harness.executor().executor.execute({ messages, candidates: [mini, haiku] }));
    expect(error).toMatchObject({ errorClass: "permission", httpStatus: 403, isRetryable: false });
    expect(error.attempts.map((attempt) => attempt.errorClass)).toEqual(["authentication", "permission"]);
    const exposed = `${error.message} ${JSON.stringify(error)} ${JSON.stringify(error.attempts)} ${String(error.stack)}`;
    for (const key of [OPENAI_KEY, ANTHROPIC_KEY]) {
      expect(exposed).not.toContain(key);
      expect(exposed).not.toContain(key.slice(8));
    }
  });

  it("stops without falling back when the caller aborts", async () => {
    harness.openai.script([{ kind: "hang" }], { model: "gpt-4o-mini" });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await failureOf(harness.executor().executor.execute({ messages, candidates: [mini, gpt4o], signal: controller.signal }));
    expect(error.errorClass).toBe("aborted");
    expect(harness.openai.requestsFor("gpt-4o")).toHaveLength(0);
  });
});
