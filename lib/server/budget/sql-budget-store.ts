import { z } from "zod";
import type { BudgetHourState, BudgetStore, GrowRequest, ReconcileRequest, ReserveRequest, ReserveResult } from "@/lib/router/budget/budget-store";
import { utcHourStart } from "@/lib/router/budget/utc-hour";
import type { Clock } from "@/lib/router/types";
import type { SqlClient } from "@/lib/server/sql/sql-client";
import type { SqlStatement } from "@/lib/server/sql/sql-statement";
import { growStatements, hourStateStatement, recentHoursStatement, reconcileStatements, reserveStatements } from "./budget-statements";

// The BudgetStore port on the shared database. Reservations, growths and settlements are atomic SQL
// (budget-statements.ts); `hourState` is the synchronous snapshot decisions read, refreshed by the
// shared-state poller and updated from every reservation's RETURNING row and every local settle.

const hourRowSchema = z.object({
  hour_start_ms: z.number().int(),
  spent_nano: z.number().int(),
  reserved_nano: z.number().int(),
  requests: z.number().int(),
});
const stateRowSchema = z.object({ spent_nano: z.number().int(), reserved_nano: z.number().int() });

export interface HourLedger extends BudgetHourState {
  requests: number;
}

export class SqlBudgetStore implements BudgetStore {
  private readonly hours = new Map<number, HourLedger>();

  constructor(
    private readonly sqlClient: SqlClient,
    private readonly clock: Clock,
  ) {}

  hourState(hourStartMs: number): BudgetHourState {
    const ledger = this.hours.get(hourStartMs);
    return ledger
      ? { hourStartMs, spentNano: ledger.spentNano, reservedNano: ledger.reservedNano }
      : { hourStartMs, spentNano: 0, reservedNano: 0 };
  }

  async tryReserve(request: ReserveRequest): Promise<ReserveResult> {
    assertWholeNano(request.amountNano);
    return this.checkedWrite(reserveStatements(this.sqlClient.provider, { ...request, now: this.clock() }), request.hourStartMs);
  }

  async tryGrow(request: GrowRequest): Promise<ReserveResult> {
    assertWholeNano(request.amountNano);
    return this.checkedWrite(growStatements(this.sqlClient.provider, { ...request, now: this.clock() }), request.hourStartMs);
  }

  /**
   * Runs a conditional write whose first statement returns the hour's state when it succeeded (no
   * row: refused). On SQLite it joins the group commit with concurrent requests' writes.
   */
  private async checkedWrite(statements: SqlStatement[], hourStartMs: number): Promise<ReserveResult> {
    const rows = await this.sqlClient.queryAtomically(statements);
    const reserved = rows[0];
    if (reserved) {
      const state = stateRowSchema.parse(reserved);
      return { ok: true, state: this.remember(hourStartMs, state) };
    }
    const { spentNano, reservedNano } = await this.loadHour(hourStartMs);
    return { ok: false, state: { hourStartMs, spentNano, reservedNano } };
  }

  async reconcile({ reservationId, actualNano }: ReconcileRequest): Promise<boolean> {
    assertWholeNano(actualNano);
    const statements = reconcileStatements(this.sqlClient.provider, { reservationId, actualNano, now: this.clock() });
    const changed =
      statements.length === 1
        ? await this.sqlClient.run(statements[0]!)
        : await this.sqlClient.transaction(async (tx) => {
            let total = 0;
            for (const statement of statements) total += await tx.run(statement);
            return total;
          });
    return changed > 0;
  }

  /** Local bookkeeping after a settle committed elsewhere (the request writer's transaction). */
  noteSettled(input: { hourStartMs: number; reservedNano: number; actualNano: number }): void {
    const ledger = this.hours.get(input.hourStartMs);
    if (!ledger) return;
    ledger.reservedNano = Math.max(0, ledger.reservedNano - input.reservedNano);
    ledger.spentNano += input.actualNano;
  }

  /** The ledger of one hour as the database has it now. */
  async loadHour(hourStartMs: number): Promise<HourLedger> {
    const [row] = await this.sqlClient.query(hourStateStatement(hourStartMs));
    const ledger = row ? toLedger(hourRowSchema.parse(row)) : { hourStartMs, spentNano: 0, reservedNano: 0, requests: 0 };
    this.hours.set(hourStartMs, ledger);
    return { ...ledger };
  }

  /** Refreshes the snapshot of the current and previous hour (called by the poller). */
  async refresh(): Promise<void> {
    const currentHour = utcHourStart(this.clock());
    const rows = await this.sqlClient.query(recentHoursStatement(currentHour - 3_600_000));
    for (const key of this.hours.keys()) if (key < currentHour - 3_600_000) this.hours.delete(key);
    for (const row of rows) {
      const ledger = toLedger(hourRowSchema.parse(row));
      this.hours.set(ledger.hourStartMs, ledger);
    }
  }

  private remember(hourStartMs: number, state: z.infer<typeof stateRowSchema>): BudgetHourState {
    const ledger = this.hours.get(hourStartMs) ?? { hourStartMs, spentNano: 0, reservedNano: 0, requests: 0 };
    ledger.spentNano = state.spent_nano;
    ledger.reservedNano = state.reserved_nano;
    this.hours.set(hourStartMs, ledger);
    return { hourStartMs, spentNano: ledger.spentNano, reservedNano: ledger.reservedNano };
  }
}

function toLedger(row: z.infer<typeof hourRowSchema>): HourLedger {
  return { hourStartMs: row.hour_start_ms, spentNano: row.spent_nano, reservedNano: row.reserved_nano, requests: row.requests };
}

function assertWholeNano(amount: number): void {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`amount must be whole non-negative nano-USD, got ${amount}`);
}
