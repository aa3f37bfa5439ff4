import { describe, expect, it } from "vitest";
import { CircuitBreakerRegistry } from "@/lib/router/execute/circuit-breaker";
import type { StreamEvent } from "@/lib/router/execute/execution-types";
import { createExecutor } from "@/lib/router/execute/executor";
import { createProviderResolver } from "@/lib/router/providers/resolver";
import type { SimulatorConfigInput } from "@/lib/router/providers/simulator-config";
import { DEFAULT_PROVIDERS } from "@/lib/router/registry/default-models";
import { ManualClock } from "@/tests/fakes/manual-clock";
import { seededModel } from "@/tests/fakes/test-models";

const mini = seededModel("gpt-4o-mini");
const haiku = seededModel("claude-3-5-haiku");
const flash = seededModel("gemini-1.5-flash");
const messages = [{ role: "user" as const, content: "Explain what a circuit breaker does in a distributed system." }];

/** The product with no keys at all: every provider simulated. */
function keyless(simulator: SimulatorConfigInput) {
  const clock = new ManualClock();
  const resolver = createProviderResolver({ providers: DEFAULT_PROVIDERS, credentials: () => undefined, simulator: { latencyScale: 0, ...simulator }, sleep: clock.sleep });
  const breaker = new CircuitBreakerRegistry({ clock: clock.now });
  return { executor: createExecutor({ resolver, breaker, clock: clock.now, sleep: clock.sleep, random: () => 0.5 }), clock, breaker };
}

describe("execution without keys (the simulator)", () => {
  it("answers, flagged as simulated with the reason, with usage and cost like any other answer", async () => {
    const result = await keyless({}).executor.execute({ messages, candidates: [mini] });
    expect(result).toMatchObject({ modelId: "gpt-4o-mini", simulated: true, simulationReason: "no OPENAI_API_KEY", usageReported: true, costEstimated: false });
    expect(result.text).toMatch(/^\[Simulated answer: no OPENAI_API_KEY/);
    expect(result.costNano).toBeGreaterThan(0);
    expect(result.attempts).toEqual([expect.objectContaining({ simulated: true, status: "success" })]);
  });

  it("says simulated in the stream's start event", async () => {
    const events: StreamEvent[] = [];
    for await (const event of keyless({}).executor.stream({ messages, candidates: [haiku] })) events.push(event);
    expect(events[0]).toMatchObject({ type: "start", simulated: true, simulationReason: "no ANTHROPIC_API_KEY" });
    expect(events.at(-1)).toMatchObject({ type: "done", result: { simulated: true } });
  });

  it("honours an injected 429's retry-after, then falls back", async () => {
    const { executor, clock } = keyless({ faults: { rateLimitRate: 1, rateLimitRetryAfterSeconds: 3 } });
    const error = await executor.execute({ messages, candidates: [mini, haiku] }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ errorClass: "rate_limited" });
    expect(clock.sleeps).toEqual([3000, 3000, 3000, 3000]);
  });

  it("repeats a whole run, injected failures included, for the same seed", async () => {
    async function run(seed: number) {
      const { executor } = keyless({ seed, faults: { errorRate: 0.25, rateLimitRate: 0.1, malformedRate: 0.1 } });
      const outcomes: string[] = [];
      for (let index = 0; index < 12; index++) {
        const result = await executor.execute({ messages, candidates: [mini, haiku, flash] }).catch((caught: unknown) => caught);
        const attempts = "attempts" in (result as object) ? (result as { attempts: { modelId: string; status: string; errorClass: string | null }[] }).attempts : [];
        outcomes.push(attempts.map((attempt) => `${attempt.modelId}:${attempt.status}:${attempt.errorClass ?? ""}`).join(","));
      }
      return outcomes;
    }
    const first = await run(5);
    expect(await run(5)).toEqual(first);
    expect(await run(6)).not.toEqual(first);
    expect(first.join()).toContain("error");
  });

  it("opens a simulated model's circuit from injected failures", async () => {
    const { executor, breaker } = keyless({ faults: { errorRate: 1 } });
    await executor.execute({ messages, candidates: [mini] }).catch(() => undefined);
    await executor.execute({ messages, candidates: [mini] }).catch(() => undefined);
    expect(breaker.stateOf("gpt-4o-mini").state).toBe("open");
  });
});
