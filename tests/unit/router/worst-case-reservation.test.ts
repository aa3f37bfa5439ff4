// Worst-case budget reservations: the amount (prompt plus the longest possible answer), selection
// excluding what would not fit, the reservation the router makes, and fallbacks growing the
// reservation before they run (or being skipped when the growth does not fit).
import { describe, expect, it } from "vitest";
import { InMemoryBudgetStore } from "@/lib/router/budget/in-memory-budget-store";
import { usdToNano } from "@/lib/router/cost/money";
import type { AttemptBudget } from "@/lib/router/execute/attempt-budget";
import { CircuitBreakerRegistry } from "@/lib/router/execute/circuit-breaker";
import { ExecutionFailedError } from "@/lib/router/execute/execution-failed-error";
import type { StreamEvent } from "@/lib/router/execute/execution-types";
import { createExecutor } from "@/lib/router/execute/executor";
import type { ResolvedProvider } from "@/lib/router/providers/resolver";
import { createRouter } from "@/lib/router/router";
import { estimateModels } from "@/lib/router/select/estimate-models";
import { NoEligibleModelError } from "@/lib/router/select/no-eligible-model-error";
import { TokenEstimator } from "@/lib/router/tokens/token-estimator";
import type { ModelSpec, RouteDecision } from "@/lib/router/types";
import { ManualClock } from "@/tests/fakes/manual-clock";
import { ScriptedAdapter, type ScriptedOutcome } from "@/tests/fakes/scripted-adapter";
import { classification, T0, testModel } from "./helpers";

// Ranked by expected cost: cheap, backup, dear. Worst cases: backup < cheap < dear.
const cheap = testModel({ id: "cheap", provider: "p-cheap", inputPricePer1M: 1, outputPricePer1M: 2, maxOutputTokens: 1_000 });
const backup = testModel({ id: "backup", provider: "p-backup", inputPricePer1M: 1, outputPricePer1M: 3, maxOutputTokens: 500 });
const dear = testModel({ id: "dear", provider: "p-dear", inputPricePer1M: 1, outputPricePer1M: 20, maxOutputTokens: 1_000 });
const MODELS = [cheap, backup, dear];
const PROMPT = "What is the capital of France?";
const messages = [{ role: "user" as const, content: PROMPT }];
const serverError: ScriptedOutcome = { kind: "fail", error: { errorClass: "server_error", status: 500 } };

const entryOf = (decision: Pick<RouteDecision, "explanation">, modelId: string) => decision.explanation.find((entry) => entry.modelId === modelId)!;

function executorFor(scripts: Record<string, ScriptedOutcome[]>) {
  const clock = new ManualClock(T0);
  const adapters = new Map(Object.entries(scripts).map(([providerId, outcomes]) => [providerId, new ScriptedAdapter(providerId, outcomes)]));
  const resolver = {
    resolve(model: ModelSpec): ResolvedProvider {
      return { providerId: model.provider, adapter: adapters.get(model.provider)!, simulated: false, simulationReason: null };
    },
  };
  const breaker = new CircuitBreakerRegistry({ clock: clock.now });
  const executor = createExecutor({ resolver, breaker, clock: clock.now, sleep: clock.sleep, random: () => 0.5, policy: { maxRetriesPerModel: 0 } });
  return { executor, breaker, calls: (providerId: string) => adapters.get(providerId)!.calls.length };
}

describe("the worst-case amount", () => {
  const tokens = new TokenEstimator();
  const qa = classification("simple", "qa");

  it("prices the prompt's input tokens plus the model's output limit when the caller gives no max_tokens", () => {
    const [estimate] = estimateModels({ models: [cheap], request: { prompt: PROMPT }, classification: qa, tokens });
    expect(estimate!.worstCaseOutputTokens).toBe(1_000);
    // $1/M input and $2/M output: 1,000 and 2,000 nano-USD per token.
    expect(estimate!.worstCaseCostNano).toBe(estimate!.inputTokens * 1_000 + 1_000 * 2_000);
    expect(estimate!.costNano).toBe(estimate!.inputTokens * 1_000 + estimate!.outputTokens * 2_000);
    expect(estimate!.costNano!).toBeLessThan(estimate!.worstCaseCostNano!);
  });

  it("uses the caller's max_tokens instead of the model's limit when given", () => {
    const [estimate] = estimateModels({ models: [cheap], request: { prompt: PROMPT, maxOutputTokens: 300 }, classification: qa, tokens });
    expect(estimate!.worstCaseOutputTokens).toBe(300);
    expect(estimate!.worstCaseCostNano).toBe(estimate!.inputTokens * 1_000 + 300 * 2_000);
  });

  it("is unknown for an unpriced model", () => {
    const [estimate] = estimateModels({ models: [testModel({ id: "free", outputPricePer1M: null })], request: { prompt: PROMPT }, classification: qa, tokens });
    expect(estimate!.worstCaseCostNano).toBeNull();
  });
});

describe("selection and reservation in worst_case mode (the default)", () => {
  it("reserves the chosen model's worst case", async () => {
    const store = new InMemoryBudgetStore();
    const router = createRouter({ registry: MODELS, clock: () => T0, budget: { store, hourlyBudgetUsd: 1 } });
    const decision = await router.decide({ prompt: PROMPT });
    expect(decision.model.id).toBe("cheap");
    const worstCaseNano = entryOf(decision, "cheap").worstCaseCostNano!;
    expect(decision.reservation).toEqual({ id: decision.id, hourStartMs: T0, amountNano: worstCaseNano });
    expect(store.hourState(T0).reservedNano).toBe(worstCaseNano);
    expect(worstCaseNano).toBeGreaterThan(decision.estimatedCostNano!);
  });

  it("excludes a model whose worst case does not fit what is left, though its expected cost would", async () => {
    const store = new InMemoryBudgetStore();
    await store.tryReserve({ reservationId: "earlier", hourStartMs: T0, amountNano: usdToNano(0.005), limitNano: null });
    const router = createRouter({ registry: MODELS, clock: () => T0, budget: { store, hourlyBudgetUsd: 0.01 } });
    const decision = await router.decide({ prompt: PROMPT });
    const left = usdToNano(0.005);
    expect(entryOf(decision, "dear").costNano!).toBeLessThan(left);
    expect(entryOf(decision, "dear")).toMatchObject({ status: "excluded", exclusionReason: "over_budget" });
    expect(entryOf(decision, "dear").detail).toMatch(/^worst case \$0\.0200 > \$0\.00500 left this hour$/);
    // The explanation is true: every model it calls eligible has a worst case that fits.
    for (const entry of decision.explanation.filter((candidate) => candidate.status !== "excluded")) {
      expect(entry.worstCaseCostNano!).toBeLessThanOrEqual(left);
    }

    const expectedStore = new InMemoryBudgetStore();
    await expectedStore.tryReserve({ reservationId: "earlier", hourStartMs: T0, amountNano: usdToNano(0.005), limitNano: null });
    const expected = createRouter({ registry: MODELS, clock: () => T0, budget: { store: expectedStore, hourlyBudgetUsd: 0.01, reservation: "expected" } });
    expect(entryOf(await expected.decide({ prompt: PROMPT }), "dear").status).toBe("eligible");
  });

  it("refuses when no worst case fits, where expected mode would still reserve", async () => {
    const router = createRouter({ registry: MODELS, clock: () => T0, budget: { store: new InMemoryBudgetStore(), hourlyBudgetUsd: 0.001 } });
    const refusal = await router.decide({ prompt: PROMPT }).then(() => null, (error: unknown) => error);
    expect(refusal).toBeInstanceOf(NoEligibleModelError);
    expect((refusal as NoEligibleModelError).excludedBy).toEqual({ over_budget: ["cheap", "backup", "dear"] });

    const expected = createRouter({ registry: MODELS, clock: () => T0, budget: { store: new InMemoryBudgetStore(), hourlyBudgetUsd: 0.001, reservation: "expected" } });
    const decision = await expected.decide({ prompt: PROMPT });
    expect(decision.reservation!.amountNano).toBe(decision.estimatedCostNano);
    expect(expected.reservationCover(decision)).toBeUndefined();
  });
});

describe("fallbacks under worst-case reservations", () => {
  it("grows the reservation to the fallback's worst case before calling it, then settles the actual cost", async () => {
    const store = new InMemoryBudgetStore();
    const router = createRouter({ registry: MODELS, clock: () => T0, budget: { store, hourlyBudgetUsd: 1 } });
    const decision = await router.decide({ prompt: PROMPT });
    const { executor } = executorFor({ "p-cheap": [serverError], "p-dear": [{ kind: "reply", text: "Paris", usage: { inputTokens: 12, cachedInputTokens: 0, outputTokens: 900 } }] });

    const result = await executor.execute({ messages, candidates: [cheap, dear], budget: router.reservationCover(decision) });
    expect(result.modelId).toBe("dear");
    const dearWorstCase = entryOf(decision, "dear").worstCaseCostNano!;
    expect(decision.reservation!.amountNano).toBe(dearWorstCase);
    expect(store.hourState(T0).reservedNano).toBe(dearWorstCase);
    expect(result.costNano!).toBeLessThanOrEqual(dearWorstCase);

    await router.recordOutcome({ decision, modelId: result.modelId, success: true, costNano: result.costNano! });
    expect(store.hourState(T0)).toEqual({ hourStartMs: T0, spentNano: result.costNano, reservedNano: 0 });
  });

  it("skips a fallback whose growth does not fit (a budget_exceeded attempt) and goes on to one already covered", async () => {
    const store = new InMemoryBudgetStore();
    const router = createRouter({ registry: MODELS, clock: () => T0, budget: { store, hourlyBudgetUsd: 0.03 } });
    const decision = await router.decide({ prompt: PROMPT });
    const reservedByDecision = decision.reservation!.amountNano;
    // Meanwhile other requests take most of what was left: dear's worst case no longer fits.
    await store.tryReserve({ reservationId: "others", hourStartMs: T0, amountNano: usdToNano(0.02), limitNano: usdToNano(0.03) });
    const { executor, calls } = executorFor({ "p-cheap": [serverError], "p-dear": [], "p-backup": [] });

    const result = await executor.execute({ messages, candidates: [cheap, dear, backup], budget: router.reservationCover(decision) });
    expect(result.modelId).toBe("backup");
    expect(result.attempts.map((attempt) => [attempt.modelId, attempt.status, attempt.errorClass])).toEqual([
      ["cheap", "error", "server_error"],
      ["dear", "skipped", "budget_exceeded"],
      ["backup", "success", null],
    ]);
    expect(result.attempts[1]!.errorMessage).toMatch(/^dear budget_exceeded: skipped, its worst case \$0\.0200 does not fit/);
    expect(calls("p-dear")).toBe(0);
    expect(decision.reservation!.amountNano).toBe(reservedByDecision);
    expect(store.hourState(T0).reservedNano).toBe(usdToNano(0.02) + reservedByDecision);
  });

  it("stops with the budget_exceeded attempt recorded when no fallback fits", async () => {
    const store = new InMemoryBudgetStore();
    const router = createRouter({ registry: MODELS, clock: () => T0, budget: { store, hourlyBudgetUsd: 0.03 } });
    const decision = await router.decide({ prompt: PROMPT });
    await store.tryReserve({ reservationId: "others", hourStartMs: T0, amountNano: usdToNano(0.02), limitNano: null });
    const { executor, calls } = executorFor({ "p-cheap": [serverError], "p-dear": [] });

    const error = await executor.execute({ messages, candidates: [cheap, dear], budget: router.reservationCover(decision) }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ExecutionFailedError);
    expect((error as ExecutionFailedError).attempts.map((attempt) => attempt.errorClass)).toEqual(["server_error", "budget_exceeded"]);
    expect(calls("p-dear")).toBe(0);
  });

  it("covers a streamed fallback the same way", async () => {
    const store = new InMemoryBudgetStore();
    const router = createRouter({ registry: MODELS, clock: () => T0, budget: { store, hourlyBudgetUsd: 1 } });
    const decision = await router.decide({ prompt: PROMPT });
    const { executor } = executorFor({ "p-cheap": [serverError], "p-dear": [{ kind: "stream", deltas: ["Par", "is"] }] });
    const events: StreamEvent[] = [];
    for await (const event of executor.stream({ messages, candidates: [cheap, dear], budget: router.reservationCover(decision) })) events.push(event);
    expect(events.at(-1)).toMatchObject({ type: "done", result: { modelId: "dear", text: "Paris" } });
    expect(store.hourState(T0).reservedNano).toBe(entryOf(decision, "dear").worstCaseCostNano);
  });

  it("never calls a model when the budget cannot be checked", async () => {
    const broken: AttemptBudget = { cover: () => Promise.reject(new Error("database unreachable")) };
    const { executor, breaker, calls } = executorFor({ "p-cheap": [] });
    const error = await executor.execute({ messages, candidates: [cheap], budget: broken }).then(() => null, (caught: unknown) => caught);
    expect(error).toMatchObject({ errorClass: "budget_exceeded", attempts: [{ modelId: "cheap", status: "skipped", errorClass: "budget_exceeded" }] });
    expect((error as ExecutionFailedError).attempts[0]!.errorMessage).toMatch(/could not be checked$/);
    expect(calls("p-cheap")).toBe(0);
    expect(breaker.tryAcquire("cheap")).not.toBe("rejected");
  });
});

describe("InMemoryBudgetStore.tryGrow", () => {
  it("grows an open reservation by the difference only while it fits", async () => {
    const store = new InMemoryBudgetStore();
    await store.tryReserve({ reservationId: "a", hourStartMs: T0, amountNano: 300, limitNano: 1_000 });
    await store.tryReserve({ reservationId: "b", hourStartMs: T0, amountNano: 500, limitNano: 1_000 });
    expect(await store.tryGrow({ reservationId: "a", hourStartMs: T0, amountNano: 500, limitNano: 1_000 })).toMatchObject({ ok: true, state: { reservedNano: 1_000 } });
    expect(await store.tryGrow({ reservationId: "a", hourStartMs: T0, amountNano: 501, limitNano: 1_000 })).toMatchObject({ ok: false, state: { reservedNano: 1_000 } });
    // Already that large: nothing to check.
    expect(await store.tryGrow({ reservationId: "a", hourStartMs: T0, amountNano: 400, limitNano: 1_000 })).toMatchObject({ ok: true, state: { reservedNano: 1_000 } });
    expect(await store.tryGrow({ reservationId: "a", hourStartMs: T0, amountNano: 900, limitNano: null })).toMatchObject({ ok: true, state: { reservedNano: 1_400 } });
    await store.reconcile({ reservationId: "a", actualNano: 650 });
    expect(store.hourState(T0)).toEqual({ hourStartMs: T0, spentNano: 650, reservedNano: 500 });
    expect((await store.tryGrow({ reservationId: "a", hourStartMs: T0, amountNano: 950, limitNano: null })).ok).toBe(false);
  });
});
