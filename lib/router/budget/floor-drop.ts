import type { BudgetAssessment } from "./budget-assessment";

// How far the budget policy lowers the quality floor (qualityFloor never takes it under 0.6).
//
// Threshold (the sketch): when less than 20% of the hour's budget remains, drop 0.1.
//
// Pacing: compare spend with time. If the hour's spend so far, extrapolated to the whole hour,
// stays within the budget, no drop; the further above it, the larger the drop, up to MAX_PACING_DROP
// when spend runs at twice the sustainable rate. Cheaper models then take the load early, so spend
// lands near the budget at the end of the hour instead of hitting the wall at minute 20. The first
// five minutes count as five, so one early expensive call does not look like a runaway rate. The
// threshold rule still applies on top, for the end of the hour.

export const LOW_BUDGET_FRACTION = 0.2;
const LOW_BUDGET_DROP = 0.1;
const MAX_PACING_DROP = 0.35;
const FULL_DROP_PACE = 2;
const PACING_WARMUP_FRACTION = 5 / 60;

export function thresholdFloorDrop(budget: BudgetAssessment): number {
  return budget.remainingNano < budget.budgetNano * LOW_BUDGET_FRACTION ? LOW_BUDGET_DROP : 0;
}

/** Projected end-of-hour spend as a multiple of the budget. */
export function projectedPace(budget: BudgetAssessment): number {
  return budget.usedFraction / Math.max(budget.elapsedFraction, PACING_WARMUP_FRACTION);
}

export function pacingFloorDrop(budget: BudgetAssessment): number {
  const pace = projectedPace(budget);
  const pacingDrop = pace <= 1 ? 0 : MAX_PACING_DROP * Math.min(1, (pace - 1) / (FULL_DROP_PACE - 1));
  return Math.max(pacingDrop, thresholdFloorDrop(budget));
}
