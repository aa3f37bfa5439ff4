import { utcHourStart } from "@/lib/router/budget/utc-hour";
import type { StatsIncrement } from "@/lib/router/learning/adaptive-stats-store";
import type { OutputTokenObservation } from "@/lib/router/tokens/output-token-history";
import type { BudgetReservation } from "@/lib/router/types";
import { countRequestStatement, postgresSettlement, settleAndCountStatements, type SettleParams } from "@/lib/server/budget/budget-statements";
import type { SqlBudgetStore } from "@/lib/server/budget/sql-budget-store";
import type { SqlOutputTokenHistory } from "@/lib/server/learning/sql-output-token-history";
import type { SqlAdaptiveStatsStore } from "@/lib/server/learning/sql-stats-store";
import type { SqlClient } from "@/lib/server/sql/sql-client";
import { joinSql, rawSql, sql, type SqlStatement } from "@/lib/server/sql/sql-statement";
import type { RequestRecord } from "./request-record";
import { insertAttemptsStatement, upsertRequestStatement } from "./request-statements";
import { latencyBucketStatement, rollupStatement } from "./rollup-statements";

// Writes a finished request — its row, attempts, rollups, the budget settlement and the adaptive
// statistics — in ONE transaction, and resolves only once it has committed: the caller sends the
// answer (or the final stream event) after that, so a process killed right after answering has
// lost nothing. SQLite runs the statements atomically in process (microseconds each), sharing the
// commit with concurrent requests' writes (group commit); PostgreSQL gets them as ONE statement of
// data-modifying CTEs, atomic by itself, one round trip instead of ten.

export interface RequestWrite {
  record: RequestRecord;
  /** The decision's reservation, settled here with the record's actual cost. */
  reservation: BudgetReservation | null;
  increments: readonly StatsIncrement[];
  outputObservation: OutputTokenObservation | null;
}

export interface RequestWriterDependencies {
  sqlClient: SqlClient;
  budgetStore: SqlBudgetStore;
  stats: SqlAdaptiveStatsStore;
  outputHistory: SqlOutputTokenHistory;
  clock: () => number;
  /** Told about every committed request (the Prometheus counters). */
  onCommitted?: (record: RequestRecord) => void;
}

export class RequestWriter {
  constructor(private readonly dependencies: RequestWriterDependencies) {}

  async write({ record, reservation, increments, outputObservation }: RequestWrite): Promise<void> {
    const { sqlClient, budgetStore, stats, outputHistory, clock } = this.dependencies;
    const statsIncrement = stats.prepare(increments);
    const outputStatement = outputObservation ? outputHistory.prepare(outputObservation) : null;
    const actualNano = record.actualCostNano ?? 0;
    const writes = [
      upsertRequestStatement(record),
      insertAttemptsStatement(record.id, record.attempts),
      statsIncrement?.statement ?? null,
      outputStatement,
      latencyBucketStatement(record),
      rollupStatement(record),
    ].filter((statement): statement is SqlStatement => statement !== null);
    const settlement = {
      hourStartMs: reservation?.hourStartMs ?? utcHourStart(record.createdAtMs),
      reservationId: reservation?.id ?? null,
      actualNano,
      now: clock(),
    };
    await sqlClient.writeAtomically(
      sqlClient.provider === "postgresql"
        ? [singlePostgresStatement(writes, settlement)]
        : [...writes, ...settleAndCountStatements(sqlClient.provider, settlement)],
    );
    stats.applyCommitted(statsIncrement);
    if (outputStatement && outputObservation) outputHistory.applyCommitted(outputObservation);
    if (reservation) budgetStore.noteSettled({ hourStartMs: reservation.hourStartMs, reservedNano: reservation.amountNano, actualNano });
    this.dependencies.onCommitted?.(record);
  }

  /**
   * A stream's row while its answer is being delivered (status in_progress). On SQLite it joins
   * the group commit like finished requests, instead of a commit of its own per stream.
   */
  async writeInProgress(record: RequestRecord): Promise<void> {
    await this.dependencies.sqlClient.writeAtomically([upsertRequestStatement(record)]);
  }
}

/** Every write as a CTE of one statement whose main part settles the budget and counts the request. */
function singlePostgresStatement(writes: readonly SqlStatement[], settlement: SettleParams): SqlStatement {
  const ctes = writes.map((statement, index) => sql`${rawSql(`w${index}`)} AS (${statement})`);
  if (settlement.reservationId === null) {
    return sql`WITH ${joinSql(ctes, ", ")} ${countRequestStatement({ hourStartMs: settlement.hourStartMs, unreservedNano: settlement.actualNano, now: settlement.now })}`;
  }
  const { cte, body } = postgresSettlement({ ...settlement, reservationId: settlement.reservationId });
  return sql`WITH ${joinSql([...ctes, cte], ", ")} ${body}`;
}
