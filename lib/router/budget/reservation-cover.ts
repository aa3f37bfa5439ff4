import { nanoToUsd } from "../cost/money";
import type { AttemptBudget } from "../execute/attempt-budget";
import type { RouteDecision } from "../types";
import type { HourlyBudget } from "./hourly-budget";
import { reservationAmountNano } from "./reservation-amount";

// Fallbacks under worst-case reservations. The decision reserved the chosen model's worst case;
// a fallback model may cost more. Before each model's first call the reservation grows to that
// model's worst case (one atomic check-and-grow, like the reservation itself), and a model whose
// worst case does not fit is skipped.
//
// Why grow on demand rather than reserve the largest worst case of every candidate up front:
// fallbacks are rare, and the candidates include every eligible model (the most expensive
// included), so reserving for all of them would hold the priciest model's worst case for every
// request and refuse most traffic long before the money is spent. Growing costs one extra
// statement only when a fallback actually happens, and the guarantee is the same: no call starts
// unless its worst case is reserved.
//
// In `expected` mode nothing is covered (the reservation is an estimate, not a bound), so there is
// no cover and fallbacks run as they always did.

const usd = (nano: number) => `$${nanoToUsd(nano).toPrecision(3)}`;

/** The cover for one decision's reservation, or undefined when calls need none (no budget, expected mode, no reservation). */
export function createReservationCover(input: { budget: HourlyBudget | undefined; decision: RouteDecision }): AttemptBudget | undefined {
  const { budget, decision } = input;
  const reservation = decision.reservation;
  if (!budget || budget.reservation !== "worst_case" || !reservation) return undefined;
  // A reservation made in cheapest-only mode was made without a limit (the hour is knowingly
  // over budget); its growth follows the same rule.
  const unconditional = decision.budget?.cheapestOnly ?? false;
  return {
    async cover(model) {
      const estimate = decision.explanation.find((entry) => entry.modelId === model.id);
      if (!estimate) return { covered: false, why: "the decision has no cost estimate for it" };
      const neededNano = reservationAmountNano(estimate, "worst_case") ?? 0;
      if (neededNano <= reservation.amountNano) return { covered: true };
      const grown = await budget.grow({ reservationId: reservation.id, hourStartMs: reservation.hourStartMs, amountNano: neededNano, unconditional });
      if (!grown.ok) {
        return { covered: false, why: `its worst case ${usd(neededNano)} does not fit what is left of the hour's budget` };
      }
      // The decision's reservation is what the request writer settles and books locally: it must
      // say what is now held.
      reservation.amountNano = neededNano;
      return { covered: true };
    },
  };
}
