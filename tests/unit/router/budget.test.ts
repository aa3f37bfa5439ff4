import { describe, expect, it } from "vitest";
import { assessBudget } from "@/lib/router/budget/budget-assessment";
import { BudgetExhaustedError } from "@/lib/router/budget/budget-exhausted-error";
import { pacingFloorDrop, projectedPace, thresholdFloorDrop } from "@/lib/router/budget/floor-drop";
import { HourlyBudget } from "@/lib/router/budget/hourly-budget";
import { InMemoryBudgetStore } from "@/lib/router/budget/in-memory-budget-store";
import { HOUR_MS, utcHourLabel, utcHourStart } from "@/lib/router/budget/utc-hour";
import { qualityFloor } from "@/lib/router/select/quality-floors";
import { T0 } from "./helpers";

const USD = 1_000_000_000;

function assessment(spentUsd: number, minutesIntoHour: number, budgetUsd = 10) {
  return assessBudget({
    state: { hourStartMs: T0, spentNano: spentUsd * USD, reservedNano: 0 },
    budgetNano: budgetUsd * USD,
    now: T0 + minutesIntoHour * 60_000,
  });
}

describe("UTC hours", () => {
  it("bucket time by UTC hour", () => {
    expect(utcHourStart(T0 + 59 * 60_000 + 59_999)).toBe(T0);
    expect(utcHourStart(T0 + HOUR_MS)).toBe(T0 + HOUR_MS);
    expect(utcHourLabel(T0)).toBe("2025-06-01T12:00Z");
  });
});

describe("InMemoryBudgetStore", () => {
  it("reserves atomically only within the limit", async () => {
    const store = new InMemoryBudgetStore();
    expect((await store.tryReserve({ reservationId: "a", hourStartMs: T0, amountNano: 600, limitNano: 1_000 })).ok).toBe(true);
    const refused = await store.tryReserve({ reservationId: "b", hourStartMs: T0, amountNano: 500, limitNano: 1_000 });
    expect(refused).toEqual({ ok: false, state: { hourStartMs: T0, spentNano: 0, reservedNano: 600 } });
    expect((await store.tryReserve({ reservationId: "c", hourStartMs: T0, amountNano: 400, limitNano: 1_000 })).ok).toBe(true);
    expect(store.hourState(T0)).toEqual({ hourStartMs: T0, spentNano: 0, reservedNano: 1_000 });
  });

  it("never lets concurrent reservations exceed the limit", async () => {
    const store = new InMemoryBudgetStore();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        store.tryReserve({ reservationId: `r${index}`, hourStartMs: T0, amountNano: 70, limitNano: 1_000 }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(14);
    expect(store.hourState(T0).reservedNano).toBe(980);
  });

  it("reconciles a reservation into actual spend exactly once", async () => {
    const store = new InMemoryBudgetStore();
    await store.tryReserve({ reservationId: "a", hourStartMs: T0, amountNano: 500, limitNano: null });
    expect(await store.reconcile({ reservationId: "a", actualNano: 321 })).toBe(true);
    expect(store.hourState(T0)).toEqual({ hourStartMs: T0, spentNano: 321, reservedNano: 0 });
    expect(await store.reconcile({ reservationId: "a", actualNano: 321 })).toBe(false);
    expect(await store.reconcile({ reservationId: "unknown", actualNano: 5 })).toBe(false);
    expect(store.hourState(T0).spentNano).toBe(321);
  });

  it("attributes spend to the reservation's hour and keeps hours apart", async () => {
    const store = new InMemoryBudgetStore();
    await store.tryReserve({ reservationId: "a", hourStartMs: T0, amountNano: 100, limitNano: null });
    await store.reconcile({ reservationId: "a", actualNano: 90 });
    expect(store.hourState(T0 + HOUR_MS)).toEqual({ hourStartMs: T0 + HOUR_MS, spentNano: 0, reservedNano: 0 });
    expect(store.hourState(T0).spentNano).toBe(90);
  });

  it("takes whole nano-dollars only", async () => {
    const store = new InMemoryBudgetStore();
    await expect(store.tryReserve({ reservationId: "a", hourStartMs: T0, amountNano: 0.5, limitNano: null })).rejects.toThrow(RangeError);
    await expect(store.tryReserve({ reservationId: "b", hourStartMs: T0, amountNano: -1, limitNano: null })).rejects.toThrow(RangeError);
  });
});

describe("quality floor under budget pressure (the sketch's rule)", () => {
  it("drops the floor by 0.1 when under 20% of the hour's budget remains", () => {
    expect(thresholdFloorDrop(assessment(7.9, 30))).toBe(0);
    expect(thresholdFloorDrop(assessment(8.1, 30))).toBe(0.1);
  });

  it("never takes the floor under 0.6, never raises it, and keeps the caller's min_quality", () => {
    expect(qualityFloor({ complexity: "moderate", budgetDrop: 0.1 })).toBe(0.7);
    expect(qualityFloor({ complexity: "simple", budgetDrop: 0.35 })).toBe(0.6);
    expect(qualityFloor({ complexity: "expert", budgetDrop: 0.35 })).toBe(0.6);
    expect(qualityFloor({ complexity: "moderate", budgetDrop: 0.1, callerMinimum: 0.8 })).toBe(0.8);
  });
});

describe("pacing", () => {
  it("does not drop the floor while spend is on pace for the budget", () => {
    expect(projectedPace(assessment(5, 30))).toBeCloseTo(1);
    expect(pacingFloorDrop(assessment(5, 30))).toBe(0);
    expect(pacingFloorDrop(assessment(2, 30))).toBe(0);
  });

  it("drops the floor in proportion to how far spend runs ahead, up to 0.35 at twice the pace", () => {
    expect(pacingFloorDrop(assessment(6.25, 30))).toBeCloseTo(0.0875); // pace 1.25
    expect(pacingFloorDrop(assessment(7.5, 30))).toBeCloseTo(0.175); // pace 1.5
    expect(pacingFloorDrop(assessment(5, 15))).toBeCloseTo(0.35); // pace 2
    expect(pacingFloorDrop(assessment(9, 10))).toBeCloseTo(0.35); // capped
  });

  it("counts the first five minutes as five, so one early call is not a runaway rate", () => {
    expect(projectedPace(assessment(0.5, 1))).toBeCloseTo(0.5 / 10 / (5 / 60));
    expect(pacingFloorDrop(assessment(0.5, 1))).toBe(0);
  });

  it("keeps the sketch's low-budget drop at the end of the hour", () => {
    // Under pace (8.5 of 10 at minute 55) but under 20% left.
    expect(pacingFloorDrop(assessment(8.5, 55))).toBe(0.1);
  });
});

describe("HourlyBudget", () => {
  it("refuses at 100% with a typed error that says when to retry", () => {
    const store = new InMemoryBudgetStore();
    const budget = new HourlyBudget({ store, hourlyBudgetUsd: 1 });
    const exhausted = assessBudget({ state: { hourStartMs: T0, spentNano: USD, reservedNano: 0 }, budgetNano: USD, now: T0 + 60_000 });
    expect(() => budget.gate(exhausted)).toThrow(BudgetExhaustedError);
    try {
      budget.gate(exhausted);
    } catch (error) {
      expect(error).toMatchObject({ code: "budget_exhausted", retryAtMs: T0 + HOUR_MS, committedNano: USD });
    }
  });

  it("or lets only the cheapest model through, as configured", () => {
    const budget = new HourlyBudget({ store: new InMemoryBudgetStore(), hourlyBudgetUsd: 1, onExhausted: "cheapest" });
    const exhausted = assessBudget({ state: { hourStartMs: T0, spentNano: 2 * USD, reservedNano: 0 }, budgetNano: USD, now: T0 });
    expect(budget.gate(exhausted)).toEqual({ kind: "cheapest_only" });
    const fine = assessBudget({ state: { hourStartMs: T0, spentNano: 0, reservedNano: 100 }, budgetNano: USD, now: T0 });
    expect(budget.gate(fine)).toEqual({ kind: "limit", remainingNano: USD - 100, reservation: "worst_case" });
  });

  it("rejects a non-positive budget", () => {
    expect(() => new HourlyBudget({ store: new InMemoryBudgetStore(), hourlyBudgetUsd: 0 })).toThrow(RangeError);
  });
});
