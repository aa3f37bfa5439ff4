import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatPercent, formatUsd } from "@/lib/client/format";
import type { BudgetResponse } from "@/lib/schemas/budget";

const PACING: Record<BudgetResponse["pacing_state"], { label: string; tone: BadgeTone; stroke: string }> = {
  off: { label: "Pacing off", tone: "neutral", stroke: "stroke-indigo-500" },
  on_track: { label: "On track", tone: "green", stroke: "stroke-emerald-500" },
  ahead: { label: "Spending ahead of pace", tone: "amber", stroke: "stroke-amber-500" },
  low_budget: { label: "Budget running low", tone: "amber", stroke: "stroke-orange-500" },
  exhausted: { label: "Budget exhausted", tone: "red", stroke: "stroke-rose-500" },
};

/** The current hour: a half-dial of the budget used, the pacing state, and the ledger behind it. */
export function BudgetGauge({ budget }: { budget: BudgetResponse }) {
  const used = Math.min(100, Math.max(0, budget.utilization_percent));
  const pacing = PACING[budget.pacing_state];
  return (
    <div className="flex flex-col items-center gap-4">
      <div className="relative w-48 shrink-0">
        <svg viewBox="0 0 100 56" className="w-full" role="meter" aria-label="Share of this hour's budget used" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(budget.utilization_percent)}>
          <path d="M 8 50 A 42 42 0 0 1 92 50" pathLength={100} fill="none" strokeWidth={9} strokeLinecap="round" className="stroke-slate-200 dark:stroke-slate-800" />
          <path
            d="M 8 50 A 42 42 0 0 1 92 50"
            pathLength={100}
            fill="none"
            strokeWidth={9}
            strokeLinecap="round"
            strokeDasharray={`${used} 100`}
            className={used === 0 ? "stroke-transparent" : pacing.stroke}
          />
        </svg>
        <div className="absolute inset-x-0 bottom-0 text-center">
          <p className="text-2xl font-semibold tabular-nums" data-testid="budget-utilization">{formatPercent(budget.utilization_percent)}</p>
          <p className="text-xs text-slate-500">of {formatUsd(budget.hourly_budget)} this hour</p>
        </div>
      </div>
      <div className="w-full space-y-2 text-sm">
        <div className="text-center">
          <Badge tone={pacing.tone}>{pacing.label}</Badge>
        </div>
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1">
          <dt className="text-slate-500">Spent</dt>
          <dd className="text-right tabular-nums">{formatUsd(budget.current_hour_spend)}</dd>
          <dt className="text-slate-500">In flight</dt>
          <dd className="text-right tabular-nums">{formatUsd(budget.reserved)}</dd>
          <dt className="text-slate-500">Remaining</dt>
          <dd className="text-right tabular-nums">{formatUsd(budget.remaining)}</dd>
          <dt className="text-slate-500">Requests</dt>
          <dd className="text-right tabular-nums">{budget.requests_this_hour}</dd>
        </dl>
        {budget.floor_drop > 0 ? <p className="text-xs text-amber-700 dark:text-amber-400">Quality floor lowered by {budget.floor_drop.toFixed(2)} to stay in budget.</p> : null}
      </div>
    </div>
  );
}
