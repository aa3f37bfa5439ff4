import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { seededModel } from "@/tests/fakes/test-models";
import { WireHarness } from "./wire-harness";

const harness = new WireHarness();
const mini = seededModel("gpt-4o-mini");
const gpt4o = seededModel("gpt-4o");
const messages = [{ role: "user" as const, content: "ping" }];
const failures = (count: number) => Array.from({ length: count }, () => ({ kind: "error" as const, status: 503 }));

beforeAll(() => harness.start());
afterEach(() => harness.reset());
afterAll(() => harness.stop());

describe("circuit breaker over real provider failures", () => {
  it("opens after 5 consecutive failures, skips the model, probes after the cooldown and closes on success", async () => {
    const { executor, breaker, clock } = harness.executor({ policy: { maxRetriesPerModel: 4 } });
    harness.openai.script(failures(5), { model: "gpt-4o-mini" });

    const first = await executor.execute({ messages, candidates: [mini, gpt4o] });
    expect(first.modelId).toBe("gpt-4o");
    expect(breaker.stateOf("gpt-4o-mini")).toMatchObject({ state: "open", trips: 1, lastTripReason: "consecutive_failures" });
    expect(breaker.isOpen("gpt-4o-mini")).toBe(true);

    const whileOpen = await executor.execute({ messages, candidates: [mini, gpt4o] });
    expect(whileOpen.attempts[0]).toMatchObject({ modelId: "gpt-4o-mini", status: "skipped", errorClass: "circuit_open" });
    expect(harness.openai.requestsFor("gpt-4o-mini")).toHaveLength(5); // no call while open

    clock.advance(30_000);
    expect(breaker.isOpen("gpt-4o-mini")).toBe(false); // the probe slot is free
    const probe = await executor.execute({ messages, candidates: [mini, gpt4o] });
    expect(probe.modelId).toBe("gpt-4o-mini");
    expect(breaker.stateOf("gpt-4o-mini")).toMatchObject({ state: "closed", trips: 0, consecutiveFailures: 0 });
  });

  it("re-opens with a doubled cooldown when the half-open probe fails", async () => {
    const { executor, breaker, clock } = harness.executor({ policy: { maxRetriesPerModel: 4 } });
    harness.openai.script(failures(6), { model: "gpt-4o-mini" });
    await executor.execute({ messages, candidates: [mini, gpt4o] });
    clock.advance(30_000);

    const sleepsBefore = clock.sleeps.length;
    const probe = await executor.execute({ messages, candidates: [mini, gpt4o] });
    // The failed probe re-opens the circuit, which ends the model's retries at once.
    expect(probe.attempts.map((attempt) => [attempt.modelId, attempt.status, attempt.httpStatus])).toEqual([
      ["gpt-4o-mini", "error", 503],
      ["gpt-4o", "success", null],
    ]);
    expect(clock.sleeps).toHaveLength(sleepsBefore);
    const reopened = breaker.stateOf("gpt-4o-mini");
    expect(reopened).toMatchObject({ state: "open", trips: 2, lastTripReason: "probe_failed" });
    expect(reopened.retryAt).toBe(clock.now() + 60_000);

    clock.advance(59_999);
    expect(breaker.isOpen("gpt-4o-mini")).toBe(true);
    clock.advance(1);
    expect(breaker.isOpen("gpt-4o-mini")).toBe(false);
  });

  it("does not count client errors against the model", async () => {
    const { executor, breaker } = harness.executor({ policy: { maxRetriesPerModel: 0 } });
    harness.openai.script(Array.from({ length: 6 }, () => ({ kind: "error" as const, status: 400 })), { model: "gpt-4o-mini" });
    for (let index = 0; index < 6; index++) await executor.execute({ messages, candidates: [mini, gpt4o] });
    expect(breaker.stateOf("gpt-4o-mini").state).toBe("closed");
  });
});
