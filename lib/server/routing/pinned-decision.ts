import { describeBudget } from "@/lib/router/budget/describe-budget";
import { BudgetExhaustedError } from "@/lib/router/budget/budget-exhausted-error";
import { HourlyBudget } from "@/lib/router/budget/hourly-budget";
import { reservationAmountNano } from "@/lib/router/budget/reservation-amount";
import { buildFallbackPlan, DEFAULT_FALLBACK_CHAIN } from "@/lib/router/execute/fallback-plan";
import { estimateModels } from "@/lib/router/select/estimate-models";
import type { TokenEstimator } from "@/lib/router/tokens/token-estimator";
import type { Classification, ModelExplanation, ModelSpec, RouteDecision } from "@/lib/router/types";
import type { SqlBudgetStore } from "@/lib/server/budget/sql-budget-store";
import type { BudgetSettings } from "@/lib/server/settings/settings-schemas";
import type { RouteInput } from "./route-input";

// A chat completion that names a registered model is not routed: that model answers, with the
// design sketch's fallback chain (gpt-4o-mini, then gpt-4o) behind it. It still gets a decision
// record — estimates for the models it may use, reserved against the hourly budget like any call
// (the named model's worst case or expected cost, as configured; fallbacks grow it when they run) —
// so it is logged, budgeted and learned from like routed traffic. Recorded as policy "static",
// variant "pinned".

export interface PinnedDecisionInput {
  route: RouteInput;
  model: ModelSpec;
  classification: Classification;
  findModel: (modelId: string) => ModelSpec | undefined;
  tokens: TokenEstimator;
  budgetStore: SqlBudgetStore;
  budgetSettings: BudgetSettings;
  now: number;
  id: string;
}

export async function decidePinned(input: PinnedDecisionInput): Promise<RouteDecision> {
  const { model, classification, now } = input;
  const ranking = buildFallbackPlan({ ranking: [model], chain: DEFAULT_FALLBACK_CHAIN, findModel: input.findModel }).candidates;
  const request = { prompt: input.route.prompt, messages: input.route.messages, maxOutputTokens: input.route.maxOutputTokens };
  const estimates = estimateModels({ models: ranking, request, classification, tokens: input.tokens });
  const explanation: ModelExplanation[] = ranking.map((candidate, rank) => ({
    ...estimates[rank]!,
    modelId: candidate.id,
    provider: candidate.provider,
    qualityScore: candidate.qualityScore,
    status: rank === 0 ? "chosen" : "eligible",
    exclusionReasons: [],
    rank,
    detail: rank === 0 ? "named by the caller" : "fallback",
  }));
  const chosen = estimates[0]!;
  const budget = new HourlyBudget({
    store: input.budgetStore,
    hourlyBudgetUsd: input.budgetSettings.hourly_budget,
    onExhausted: "refuse",
    reservation: input.budgetSettings.reservation,
  });
  const assessment = budget.assess(now);
  budget.gate(assessment);
  const amountNano = reservationAmountNano(chosen, budget.reservation) ?? 0;
  const reservation = await budget.reserve({ reservationId: input.id, hourStartMs: assessment.hourStartMs, amountNano, unconditional: false });
  if (!reservation.ok) {
    const { spentNano, reservedNano } = reservation.state;
    throw new BudgetExhaustedError({ hourStartMs: assessment.hourStartMs, budgetNano: budget.budgetNano, committedNano: spentNano + reservedNano });
  }
  const fallbacks = ranking.slice(1).map((candidate) => candidate.id);
  return {
    id: input.id,
    decidedAt: now,
    classification,
    model,
    ranking,
    explanation,
    reason: `${model.id} was named by the caller${fallbacks.length > 0 ? `; fallbacks: ${fallbacks.join(", ")}` : ""}.`,
    estimatedCostUsd: chosen.costUsd,
    estimatedCostNano: chosen.costNano,
    estimatedLatencyMs: chosen.latencyMs,
    estimatedInputTokens: chosen.inputTokens,
    estimatedOutputTokens: chosen.outputTokens,
    minQuality: 0,
    relaxed: [],
    policy: "static",
    policyVariant: "pinned",
    explored: false,
    propensity: 1,
    budget: describeBudget(assessment, { floorDrop: 0, cheapestOnly: false }),
    reservation: { id: input.id, hourStartMs: assessment.hourStartMs, amountNano },
  };
}
