// Port for the hourly budget ledger. Amounts are whole nano-USD (lib/router/cost/money.ts).
// `tryReserve` is one atomic check-and-reserve, so several app instances sharing a database can
// never reserve past the limit together; a SQL implementation does it in one conditional UPDATE
// (… SET reserved = reserved + :amount WHERE spent + reserved + :amount <= :limit). `reconcile`
// swaps a reservation for the actual cost atomically and at most once. `tryGrow` raises an open
// reservation with the same atomic check, for a fallback attempt that may cost more than the model
// the reservation was made for. Spend is attributed to the hour the reservation was made in, even
// when the call ends in the next hour.

export interface BudgetHourState {
  hourStartMs: number;
  spentNano: number;
  reservedNano: number;
}

export interface ReserveRequest {
  reservationId: string;
  hourStartMs: number;
  amountNano: number;
  /** Reserve only if spent + reserved + amount ≤ limit; null reserves unconditionally. */
  limitNano: number | null;
}

export interface ReserveResult {
  ok: boolean;
  /** The hour's state after the attempt. */
  state: BudgetHourState;
}

export interface GrowRequest {
  reservationId: string;
  /** The hour the reservation was made in (for the state reported back). */
  hourStartMs: number;
  /** The reservation's new total; a reservation already this large or larger is left as it is. */
  amountNano: number;
  /** Grow only if spent + reserved + (amount − current amount) ≤ limit; null grows unconditionally. */
  limitNano: number | null;
}

export interface ReconcileRequest {
  reservationId: string;
  /** The call's actual cost (0 when it failed before anything was billed). */
  actualNano: number;
}

export interface BudgetStore {
  /** Synchronous snapshot for decisions (a shared store serves a recently refreshed copy). */
  hourState(hourStartMs: number): BudgetHourState;
  tryReserve(request: ReserveRequest): Promise<ReserveResult>;
  /** ok when the open reservation now holds at least `amountNano`; not ok when it did not fit, or is settled or unknown. */
  tryGrow(request: GrowRequest): Promise<ReserveResult>;
  /** True when the reservation existed and was settled now; false if unknown or already settled. */
  reconcile(request: ReconcileRequest): Promise<boolean>;
}
