import { assessBudget, type BudgetAssessment } from "@/lib/router/budget/budget-assessment";
import { pacingFloorDrop, projectedPace, thresholdFloorDrop, LOW_BUDGET_FRACTION } from "@/lib/router/budget/floor-drop";
import { nanoToUsd, usdToNano } from "@/lib/router/cost/money";
import { utcHourStart } from "@/lib/router/budget/utc-hour";
import type { BudgetResponse } from "@/lib/schemas/budget";
import type { SqlBudgetStore } from "@/lib/server/budget/sql-budget-store";
import type { BudgetSettings } from "@/lib/server/settings/settings-schemas";

// GET /v1/budget: the current UTC hour's ledger as the database has it now (spend, open
// reservations, requests), against the configured budget, with the pacing state and the quality
// floor drop the budget policy would apply at this moment.

function pacingState(assessment: BudgetAssessment, pacing: boolean): BudgetResponse["pacing_state"] {
  if (assessment.exhausted) return "exhausted";
  if (assessment.remainingNano < assessment.budgetNano * LOW_BUDGET_FRACTION) return "low_budget";
  if (!pacing) return "off";
  return projectedPace(assessment) > 1 ? "ahead" : "on_track";
}

export async function readBudget(input: { budgetStore: SqlBudgetStore; settings: BudgetSettings; now: number }): Promise<BudgetResponse> {
  const hourStartMs = utcHourStart(input.now);
  const ledger = await input.budgetStore.loadHour(hourStartMs);
  const budgetNano = usdToNano(input.settings.hourly_budget);
  const assessment = assessBudget({ state: ledger, budgetNano, now: input.now });
  const committed = ledger.spentNano + ledger.reservedNano;
  return {
    hourly_budget: input.settings.hourly_budget,
    hour_start: new Date(hourStartMs).toISOString(),
    current_hour_spend: nanoToUsd(ledger.spentNano),
    reserved: nanoToUsd(ledger.reservedNano),
    remaining: nanoToUsd(budgetNano - committed),
    utilization_percent: budgetNano > 0 ? (committed / budgetNano) * 100 : 0,
    requests_this_hour: ledger.requests,
    on_exhausted: input.settings.on_exhausted,
    pacing: input.settings.pacing,
    reservation: input.settings.reservation,
    pacing_state: pacingState(assessment, input.settings.pacing),
    floor_drop: input.settings.pacing ? pacingFloorDrop(assessment) : thresholdFloorDrop(assessment),
  };
}
