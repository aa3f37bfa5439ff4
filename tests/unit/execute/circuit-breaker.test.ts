import { beforeEach, describe, expect, it } from "vitest";
import { CircuitBreakerRegistry } from "@/lib/router/execute/circuit-breaker";
import { RollingWindow } from "@/lib/router/execute/rolling-window";
import type { CircuitView } from "@/lib/router/types";
import { ManualClock } from "@/tests/fakes/manual-clock";

let clock: ManualClock;
let breaker: CircuitBreakerRegistry;
const MODEL = "gpt-4o-mini";

function fail(times: number, modelId = MODEL) {
  for (let index = 0; index < times; index++) breaker.recordFailure(modelId, breaker.tryAcquire(modelId));
}

beforeEach(() => {
  clock = new ManualClock();
  breaker = new CircuitBreakerRegistry({ clock: clock.now });
});

describe("circuit breaker: closed to open", () => {
  it("opens after 5 consecutive failures (the default) and not before", () => {
    fail(4);
    expect(breaker.stateOf(MODEL)).toMatchObject({ state: "closed", consecutiveFailures: 4 });
    fail(1);
    expect(breaker.stateOf(MODEL)).toMatchObject({ state: "open", trips: 1, lastTripReason: "consecutive_failures", openedAt: clock.now(), retryAt: clock.now() + 30_000 });
    expect(breaker.tryAcquire(MODEL)).toBe("rejected");
    expect(breaker.isOpen(MODEL)).toBe(true);
  });

  it("resets the consecutive count on a success", () => {
    fail(4);
    breaker.recordSuccess(MODEL, breaker.tryAcquire(MODEL));
    fail(4);
    expect(breaker.stateOf(MODEL).state).toBe("closed");
  });

  it("opens on the failure rate over the window once it holds enough requests", () => {
    breaker = new CircuitBreakerRegistry({ clock: clock.now, options: { failureThreshold: 100, minRequestsInWindow: 10, failureRateThreshold: 0.5 } });
    for (let index = 0; index < 10; index++) {
      const permit = breaker.tryAcquire(MODEL);
      if (index % 2 === 1) breaker.recordFailure(MODEL, permit);
      else breaker.recordSuccess(MODEL, permit);
      clock.advance(1000);
    }
    expect(breaker.stateOf(MODEL)).toMatchObject({ state: "open", lastTripReason: "failure_rate", windowRequests: 10, windowFailures: 5 });
  });

  it("forgets failures older than the window", () => {
    breaker = new CircuitBreakerRegistry({ clock: clock.now, options: { failureThreshold: 100, minRequestsInWindow: 4, windowMs: 60_000 } });
    fail(3);
    clock.advance(61_000);
    breaker.recordSuccess(MODEL, breaker.tryAcquire(MODEL));
    fail(1);
    expect(breaker.stateOf(MODEL)).toMatchObject({ state: "closed", windowRequests: 2, windowFailures: 1 });
  });

  it("keeps models apart", () => {
    fail(5);
    expect(breaker.isOpen("gpt-4o")).toBe(false);
    expect(breaker.tryAcquire("gpt-4o")).toBe("allowed");
  });
});

describe("circuit breaker: open, half-open and back", () => {
  beforeEach(() => fail(5));

  it("lets exactly one probe through after the cooldown", () => {
    clock.advance(29_999);
    expect(breaker.tryAcquire(MODEL)).toBe("rejected");
    clock.advance(1);
    const view: CircuitView = breaker;
    expect(view.isOpen(MODEL)).toBe(false); // selection may send the probe
    expect(breaker.tryAcquire(MODEL)).toBe("probe");
    expect(breaker.stateOf(MODEL)).toMatchObject({ state: "half_open", probeInFlight: true });
    expect(view.isOpen(MODEL)).toBe(true); // while the probe runs, others still skip it
    expect(breaker.tryAcquire(MODEL)).toBe("rejected");
  });

  it("closes when the probe succeeds", () => {
    clock.advance(30_000);
    breaker.recordSuccess(MODEL, breaker.tryAcquire(MODEL));
    expect(breaker.stateOf(MODEL)).toMatchObject({ state: "closed", trips: 0, consecutiveFailures: 0, retryAt: null });
    expect(breaker.tryAcquire(MODEL)).toBe("allowed");
  });

  it("re-opens with a growing cooldown when probes fail, up to the cap", () => {
    breaker = new CircuitBreakerRegistry({ clock: clock.now, options: { cooldownMs: 30_000, cooldownMultiplier: 2, maxCooldownMs: 100_000 } });
    fail(5);
    const cooldowns: number[] = [];
    for (let trip = 0; trip < 3; trip++) {
      const snapshot = breaker.stateOf(MODEL);
      cooldowns.push((snapshot.retryAt ?? 0) - (snapshot.openedAt ?? 0));
      clock.advance(cooldowns.at(-1) ?? 0);
      breaker.recordFailure(MODEL, breaker.tryAcquire(MODEL));
    }
    expect(cooldowns).toEqual([30_000, 60_000, 100_000]);
    expect(breaker.stateOf(MODEL)).toMatchObject({ state: "open", trips: 4, lastTripReason: "probe_failed" });
  });

  it("frees the probe slot when the probe is released without an outcome, or goes stale", () => {
    clock.advance(30_000);
    breaker.release(MODEL, breaker.tryAcquire(MODEL));
    expect(breaker.tryAcquire(MODEL)).toBe("probe");
    clock.advance(120_000); // the default probe timeout: its caller never reported
    expect(breaker.tryAcquire(MODEL)).toBe("probe");
  });

  it("ignores late outcomes of calls admitted before the trip", () => {
    breaker.recordSuccess(MODEL, "allowed");
    breaker.recordFailure(MODEL, "allowed");
    expect(breaker.stateOf(MODEL)).toMatchObject({ state: "open", trips: 1 });
  });

  it("lists every known circuit in its snapshot", () => {
    breaker.recordSuccess("gpt-4o", breaker.tryAcquire("gpt-4o"));
    expect(breaker.snapshot().map((circuit) => [circuit.modelId, circuit.state])).toEqual([
      [MODEL, "open"],
      ["gpt-4o", "closed"],
    ]);
  });
});

describe("RollingWindow", () => {
  it("counts per bucket and drops buckets that left the window", () => {
    const window = new RollingWindow(10_000, 10);
    window.record(0, true);
    window.record(5_000, false);
    expect(window.counts(9_999)).toEqual({ total: 2, failures: 1 });
    expect(window.counts(10_500)).toEqual({ total: 1, failures: 0 });
    expect(window.counts(30_000)).toEqual({ total: 0, failures: 0 });
  });
});
