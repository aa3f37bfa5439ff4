import { describe, expect, it } from "vitest";
import { CircuitBreakerRegistry } from "@/lib/router/execute/circuit-breaker";
import { ExecutionFailedError } from "@/lib/router/execute/execution-failed-error";
import type { ExecutionPolicyInput } from "@/lib/router/execute/execution-policy";
import type { StreamEvent } from "@/lib/router/execute/execution-types";
import { createExecutor } from "@/lib/router/execute/executor";
import type { ModelSpec } from "@/lib/router/types";
import type { ResolvedProvider } from "@/lib/router/providers/resolver";
import { MissingCredentialError } from "@/lib/router/providers/resolver-errors";
import { ManualClock } from "@/tests/fakes/manual-clock";
import { ScriptedAdapter, type ScriptedOutcome } from "@/tests/fakes/scripted-adapter";
import { testModel } from "@/tests/fakes/test-models";

const alpha = testModel({ id: "alpha", provider: "p-alpha" });
const beta = testModel({ id: "beta", provider: "p-beta" });
const messages = [{ role: "user" as const, content: "hello" }];

/** An executor over in-memory adapters, one per provider, with a manual clock. */
function setup(scripts: Record<string, ScriptedOutcome[]>, policy?: ExecutionPolicyInput) {
  const clock = new ManualClock();
  const adapters = new Map(Object.entries(scripts).map(([providerId, outcomes]) => [providerId, new ScriptedAdapter(providerId, outcomes)]));
  const breaker = new CircuitBreakerRegistry({ clock: clock.now });
  const resolver = {
    resolve(model: ModelSpec): ResolvedProvider {
      const adapter = adapters.get(model.provider);
      if (!adapter) throw new MissingCredentialError(model.provider, "P_API_KEY");
      return { providerId: model.provider, adapter, simulated: false, simulationReason: null };
    },
  };
  const executor = createExecutor({ resolver, breaker, clock: clock.now, sleep: clock.sleep, random: () => 0.5, policy });
  return { executor, breaker, clock, adapter: (providerId: string) => adapters.get(providerId) };
}

async function failureOf(promise: Promise<unknown>): Promise<ExecutionFailedError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ExecutionFailedError);
  return error as ExecutionFailedError;
}

async function events(stream: AsyncIterable<StreamEvent>): Promise<StreamEvent[]> {
  const collected: StreamEvent[] = [];
  for await (const event of stream) collected.push(event);
  return collected;
}

describe("executor decisions", () => {
  it("skips a model whose window the prompt clearly overflows, without calling it", async () => {
    const small = testModel({ id: "small", provider: "p-alpha", contextWindow: 8_000 });
    const { executor, adapter } = setup({ "p-alpha": [], "p-beta": [] });
    const result = await executor.execute({ messages, candidates: [small, beta], promptTokens: 20_000 });
    expect(result.modelId).toBe("beta");
    expect(result.attempts[0]).toMatchObject({ modelId: "small", status: "skipped", errorClass: "context_length" });
    expect(adapter("p-alpha")?.calls).toHaveLength(0);
  });

  it("skips a model whose provider is not configured (strict mode) and says so", async () => {
    const { executor } = setup({ "p-beta": [] });
    const result = await executor.execute({ messages, candidates: [alpha, beta] });
    expect(result.attempts[0]).toMatchObject({ modelId: "alpha", status: "skipped", errorClass: "not_configured" });
    expect(result.attempts[0]?.errorMessage).toContain("P_API_KEY");
  });

  it("fails with not_configured when there is nothing to try", async () => {
    const error = await failureOf(setup({}).executor.execute({ messages, candidates: [] }));
    expect(error).toMatchObject({ errorClass: "not_configured", attempts: [] });
  });

  it("bounds the total number of attempts", async () => {
    const failing = Array.from({ length: 10 }, () => ({ kind: "fail" as const, error: { errorClass: "server_error" as const, status: 500 } }));
    const { executor } = setup({ "p-alpha": failing, "p-beta": failing }, { maxAttempts: 4 });
    const error = await failureOf(executor.execute({ messages, candidates: [alpha, beta] }));
    expect(error.attempts.map((attempt) => attempt.modelId)).toEqual(["alpha", "alpha", "alpha", "beta"]);
  });

  it("does not schedule a retry that would end after the overall deadline", async () => {
    const { executor, clock } = setup(
      { "p-alpha": [{ kind: "fail", error: { errorClass: "rate_limited", status: 429, retryAfterMs: 5_000 } }], "p-beta": [] },
      { timeoutMs: 4_000 },
    );
    const result = await executor.execute({ messages, candidates: [alpha, beta] });
    expect(result.modelId).toBe("beta");
    expect(clock.sleeps).toEqual([]);
  });

  it("reports an adapter defect as a server_error without its text", async () => {
    const { executor } = setup({ "p-alpha": [{ kind: "throw", error: new TypeError("secret-ish internal detail") }], "p-beta": [] }, { maxRetriesPerModel: 0 });
    const result = await executor.execute({ messages, candidates: [alpha, beta] });
    expect(result.attempts[0]).toMatchObject({ errorClass: "server_error", errorMessage: "p-alpha server_error: unexpected TypeError in the adapter" });
  });

  it("estimates usage and marks the cost when a provider reports none; leaves an unpriced model's cost unknown", async () => {
    const unpriced = testModel({ id: "free", provider: "p-beta", inputPricePer1M: null, outputPricePer1M: null });
    const { executor } = setup({ "p-alpha": [{ kind: "reply", text: "four short words", usage: null }], "p-beta": [] });
    const estimated = await executor.execute({ messages, candidates: [alpha] });
    expect(estimated).toMatchObject({ usageReported: false, costEstimated: true, usage: { outputTokens: 3 } });
    expect((await executor.execute({ messages, candidates: [unpriced] })).costNano).toBeNull();
  });

  it("validates per-request policy overrides", async () => {
    const { executor } = setup({ "p-alpha": [] });
    await expect(executor.execute({ messages, candidates: [alpha], policy: { attemptTimeoutMs: -5 } })).rejects.toThrow();
    expect((await executor.execute({ messages, candidates: [alpha], policy: { maxRetriesPerModel: 0 } })).modelId).toBe("alpha");
  });

  it("passes generation settings to the adapter", async () => {
    const { executor, adapter } = setup({ "p-alpha": [] });
    await executor.execute({ messages, candidates: [alpha], maxOutputTokens: 77, temperature: 0.2 });
    expect(adapter("p-alpha")?.calls[0]).toMatchObject({ maxOutputTokens: 77, temperature: 0.2, messages });
  });
});

describe("executor streams", () => {
  it("counts no usage as estimated in the done event", async () => {
    const { executor } = setup({ "p-alpha": [{ kind: "stream", deltas: ["a ", "b"], usage: null }] });
    const all = await events(executor.stream({ messages, candidates: [alpha] }));
    expect(all.at(-1)).toMatchObject({ type: "done", result: { text: "a b", usageReported: false, costEstimated: true } });
  });

  it("still announces the model when its answer is empty", async () => {
    const { executor } = setup({ "p-alpha": [{ kind: "stream", deltas: [] }] });
    const all = await events(executor.stream({ messages, candidates: [alpha] }));
    expect(all.map((event) => event.type)).toEqual(["start", "done"]);
  });

  it("releases a half-open probe when the consumer stops reading", async () => {
    const { executor, breaker, clock } = setup({ "p-alpha": [{ kind: "stream", deltas: ["one ", "two ", "three"] }] });
    for (let index = 0; index < 5; index++) breaker.recordFailure("alpha", breaker.tryAcquire("alpha"));
    clock.advance(30_000);
    for await (const event of executor.stream({ messages, candidates: [alpha] })) {
      if (event.type === "delta") break;
    }
    expect(breaker.stateOf("alpha")).toMatchObject({ state: "half_open", probeInFlight: false });
    expect(breaker.tryAcquire("alpha")).toBe("probe");
  });

  it("aborts the provider call when the consumer stops reading", async () => {
    const { executor, adapter } = setup({ "p-alpha": [{ kind: "stream", deltas: ["one ", "two"] }] });
    for await (const event of executor.stream({ messages, candidates: [alpha] })) {
      if (event.type === "delta") break;
    }
    expect(adapter("p-alpha")?.calls[0]?.signal.aborted).toBe(true);
  });
});
