import type { BudgetHourState } from "./budget-store";
import { HOUR_MS, utcHourStart } from "./utc-hour";

// Where the current hour stands against its budget: the input of the floor rules and of the gate.

export interface BudgetAssessment {
  hourStartMs: number;
  budgetNano: number;
  spentNano: number;
  reservedNano: number;
  /** budget − spent − reserved (negative when an unconditional reservation went over). */
  remainingNano: number;
  /** (spent + reserved) / budget. */
  usedFraction: number;
  /** Share of the hour already elapsed, in [0, 1). */
  elapsedFraction: number;
  exhausted: boolean;
}

export interface AssessmentInput {
  state: BudgetHourState;
  budgetNano: number;
  now: number;
}

export function assessBudget({ state, budgetNano, now }: AssessmentInput): BudgetAssessment {
  const committed = state.spentNano + state.reservedNano;
  const remainingNano = budgetNano - committed;
  return {
    hourStartMs: state.hourStartMs,
    budgetNano,
    spentNano: state.spentNano,
    reservedNano: state.reservedNano,
    remainingNano,
    usedFraction: budgetNano > 0 ? committed / budgetNano : 1,
    elapsedFraction: (now - utcHourStart(now)) / HOUR_MS,
    exhausted: remainingNano <= 0,
  };
}
