import type { BudgetHourState, BudgetStore, GrowRequest, ReconcileRequest, ReserveRequest, ReserveResult } from "./budget-store";

// The reference BudgetStore for one process. JavaScript runs each method to completion before the
// next starts, so check-and-reserve is atomic here without locks.

export class InMemoryBudgetStore implements BudgetStore {
  private readonly hours = new Map<number, BudgetHourState>();
  private readonly reservations = new Map<string, { hourStartMs: number; amountNano: number }>();

  hourState(hourStartMs: number): BudgetHourState {
    const state = this.hours.get(hourStartMs);
    return state ? { ...state } : { hourStartMs, spentNano: 0, reservedNano: 0 };
  }

  async tryReserve({ reservationId, hourStartMs, amountNano, limitNano }: ReserveRequest): Promise<ReserveResult> {
    assertWholeNano(amountNano);
    if (this.reservations.has(reservationId)) throw new Error(`Reservation ${reservationId} already exists`);
    const state = this.mutableHour(hourStartMs);
    if (limitNano !== null && state.spentNano + state.reservedNano + amountNano > limitNano) {
      return { ok: false, state: { ...state } };
    }
    state.reservedNano += amountNano;
    this.reservations.set(reservationId, { hourStartMs, amountNano });
    return { ok: true, state: { ...state } };
  }

  async tryGrow({ reservationId, hourStartMs, amountNano, limitNano }: GrowRequest): Promise<ReserveResult> {
    assertWholeNano(amountNano);
    const reservation = this.reservations.get(reservationId);
    if (!reservation) return { ok: false, state: this.hourState(hourStartMs) };
    const state = this.mutableHour(reservation.hourStartMs);
    const extraNano = amountNano - reservation.amountNano;
    if (extraNano <= 0) return { ok: true, state: { ...state } };
    if (limitNano !== null && state.spentNano + state.reservedNano + extraNano > limitNano) return { ok: false, state: { ...state } };
    state.reservedNano += extraNano;
    reservation.amountNano = amountNano;
    return { ok: true, state: { ...state } };
  }

  async reconcile({ reservationId, actualNano }: ReconcileRequest): Promise<boolean> {
    assertWholeNano(actualNano);
    const reservation = this.reservations.get(reservationId);
    if (!reservation) return false;
    this.reservations.delete(reservationId);
    const state = this.mutableHour(reservation.hourStartMs);
    state.reservedNano -= reservation.amountNano;
    state.spentNano += actualNano;
    return true;
  }

  private mutableHour(hourStartMs: number): BudgetHourState {
    let state = this.hours.get(hourStartMs);
    if (!state) this.hours.set(hourStartMs, (state = { hourStartMs, spentNano: 0, reservedNano: 0 }));
    return state;
  }
}

function assertWholeNano(amount: number): void {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`amount must be whole non-negative nano-USD, got ${amount}`);
}
