import type { ModelSpec } from "../types";

/**
 * The execution layer's view of the request's budget reservation. The planner asks it before the
 * first call of each model; a model it does not cover is skipped (recorded as a `budget_exceeded`
 * attempt) and the planner moves on. Built by lib/router/budget/reservation-cover.ts.
 */
export interface AttemptBudget {
  cover(model: ModelSpec): Promise<AttemptCoverage>;
}

export type AttemptCoverage = { covered: true } | { covered: false; why: string };
