import { nanoToUsd } from "../cost/money";
import { HOUR_MS, utcHourLabel } from "./utc-hour";

// Thrown when the hour's budget is used up and the router is configured to refuse (the HTTP layer
// maps it to 429 with a Retry-After at the next hour).

export class BudgetExhaustedError extends Error {
  override readonly name = "BudgetExhaustedError";
  readonly code = "budget_exhausted";
  readonly hourStartMs: number;
  readonly budgetNano: number;
  /** Spent plus reserved in that hour. */
  readonly committedNano: number;
  /** When the next hour's budget opens. */
  readonly retryAtMs: number;

  constructor(details: { hourStartMs: number; budgetNano: number; committedNano: number }) {
    super(
      `The hourly budget of $${nanoToUsd(details.budgetNano)} for ${utcHourLabel(details.hourStartMs)} is used up ` +
        `($${nanoToUsd(details.committedNano)} spent or reserved)`,
    );
    this.hourStartMs = details.hourStartMs;
    this.budgetNano = details.budgetNano;
    this.committedNano = details.committedNano;
    this.retryAtMs = details.hourStartMs + HOUR_MS;
  }
}
