import { usdToNano } from "../cost/money";
import { assessBudget, type BudgetAssessment } from "./budget-assessment";
import { BudgetExhaustedError } from "./budget-exhausted-error";
import type { BudgetStore, ReserveResult } from "./budget-store";
import { DEFAULT_RESERVATION_MODE, type ReservationMode } from "./reservation-amount";
import { utcHourStart } from "./utc-hour";

// An hourly budget (per UTC hour) over a BudgetStore: assesses the hour, decides what selection may
// spend (the gate), and reserves then reconciles each call's cost (its worst case or its expected
// cost, as configured; see reservation-amount.ts). At 100% it either refuses (BudgetExhaustedError)
// or lets only the cheapest eligible model through, as configured.

export type OnBudgetExhausted = "refuse" | "cheapest";

export interface HourlyBudgetOptions {
  store: BudgetStore;
  hourlyBudgetUsd: number;
  onExhausted?: OnBudgetExhausted;
  /** What each call reserves; default `worst_case`. */
  reservation?: ReservationMode;
}

/**
 * What selection may do this hour: reserve up to `remainingNano` (a model whose reservation, as
 * `reservation` measures it, does not fit is over budget), or only use the cheapest eligible model.
 */
export type BudgetGate = { kind: "limit"; remainingNano: number; reservation: ReservationMode } | { kind: "cheapest_only" };

export interface ReservationInput {
  reservationId: string;
  hourStartMs: number;
  amountNano: number;
  /** Cheapest-only mode reserves without a limit: the hour is knowingly over budget. */
  unconditional: boolean;
}

export interface GrowthInput {
  reservationId: string;
  hourStartMs: number;
  /** The reservation's new total. */
  amountNano: number;
  /** A reservation made in cheapest-only mode grows without a limit, as it was made. */
  unconditional: boolean;
}

export class HourlyBudget {
  readonly budgetNano: number;
  readonly onExhausted: OnBudgetExhausted;
  readonly reservation: ReservationMode;
  private readonly store: BudgetStore;

  constructor(options: HourlyBudgetOptions) {
    if (!(options.hourlyBudgetUsd > 0)) throw new RangeError("hourlyBudgetUsd must be positive");
    this.store = options.store;
    this.budgetNano = usdToNano(options.hourlyBudgetUsd);
    this.onExhausted = options.onExhausted ?? "refuse";
    this.reservation = options.reservation ?? DEFAULT_RESERVATION_MODE;
  }

  assess(now: number): BudgetAssessment {
    return assessBudget({ state: this.store.hourState(utcHourStart(now)), budgetNano: this.budgetNano, now });
  }

  /** Throws BudgetExhaustedError when the hour is used up and the budget refuses. */
  gate(assessment: BudgetAssessment): BudgetGate {
    if (!assessment.exhausted) return { kind: "limit", remainingNano: assessment.remainingNano, reservation: this.reservation };
    if (this.onExhausted === "cheapest") return { kind: "cheapest_only" };
    throw new BudgetExhaustedError({
      hourStartMs: assessment.hourStartMs,
      budgetNano: this.budgetNano,
      committedNano: assessment.spentNano + assessment.reservedNano,
    });
  }

  reserve({ reservationId, hourStartMs, amountNano, unconditional }: ReservationInput): Promise<ReserveResult> {
    return this.store.tryReserve({
      reservationId,
      hourStartMs,
      amountNano,
      limitNano: unconditional ? null : this.budgetNano,
    });
  }

  /** Raises an open reservation to `amountNano`, atomically and only if the difference fits (see BudgetStore.tryGrow). */
  grow({ reservationId, hourStartMs, amountNano, unconditional }: GrowthInput): Promise<ReserveResult> {
    return this.store.tryGrow({ reservationId, hourStartMs, amountNano, limitNano: unconditional ? null : this.budgetNano });
  }

  reconcile(reservationId: string, actualNano: number): Promise<boolean> {
    return this.store.reconcile({ reservationId, actualNano });
  }
}
