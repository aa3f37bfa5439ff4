import type { ModelEstimate } from "../types";

// How much of the hour's budget a call holds while it runs.
//
// `worst_case` (the default) holds the most the call can cost: its prompt plus the longest answer
// it may produce. A call can then never spend more than it reserved, so concurrent calls (and
// several instances on one database) can never together take the hour past its budget, however
// long their answers run.
//
// `expected` holds the expected cost (prompt plus the expected answer length). More calls fit in
// a tight budget, but every answer longer than expected spends past what it reserved, so the hour
// can end over budget by the sum of those differences across the calls in flight.
//
// Selection's over_budget exclusion and the reservation read the same amount from here, so a model
// the explanation calls eligible is one whose reservation fits.

export const RESERVATION_MODES = ["worst_case", "expected"] as const;
export type ReservationMode = (typeof RESERVATION_MODES)[number];
export const DEFAULT_RESERVATION_MODE: ReservationMode = "worst_case";

/** What a call on a model with this estimate reserves; null for an unpriced model (its cost is unknown). */
export function reservationAmountNano(estimate: Pick<ModelEstimate, "costNano" | "worstCaseCostNano">, mode: ReservationMode): number | null {
  return mode === "worst_case" ? estimate.worstCaseCostNano : estimate.costNano;
}
