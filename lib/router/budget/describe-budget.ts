import { nanoToUsd } from "../cost/money";
import type { DecisionBudget } from "../types";
import type { BudgetAssessment } from "./budget-assessment";

/** The budget part of a RouteDecision, in USD for display. */
export function describeBudget(budget: BudgetAssessment, extra: { floorDrop: number; cheapestOnly: boolean }): DecisionBudget {
  return {
    hourStartMs: budget.hourStartMs,
    budgetUsd: nanoToUsd(budget.budgetNano),
    spentUsd: nanoToUsd(budget.spentNano),
    reservedUsd: nanoToUsd(budget.reservedNano),
    remainingUsd: nanoToUsd(budget.remainingNano),
    floorDrop: extra.floorDrop,
    cheapestOnly: extra.cheapestOnly,
  };
}
