import type { DatabaseProvider } from "@/lib/server/db/database-url";
import { sql, type SqlStatement } from "@/lib/server/sql/sql-statement";

// The budget ledger's SQL. Check-and-reserve is ONE conditional upsert on the hour's row:
//   INSERT … ON CONFLICT (hour) DO UPDATE SET reserved = reserved + amount
//   WHERE spent + reserved + amount <= limit
// Both providers serialise writers of that row (SQLite: one writer at a time; PostgreSQL: the row
// lock, and the WHERE is re-checked on the latest row version), so concurrent requests and several
// instances can never reserve past the limit together. Growing an open reservation (a fallback
// under worst-case reservations) applies the same check to the difference (growStatements).

export interface ReserveParams {
  reservationId: string;
  hourStartMs: number;
  amountNano: number;
  limitNano: number | null;
  now: number;
}

function upsertReserved({ hourStartMs, amountNano, limitNano, now }: ReserveParams): SqlStatement {
  return sql`INSERT INTO hourly_spend AS h (hour_start_ms, spent_nano, reserved_nano, requests, updated_at_ms)
    SELECT ${hourStartMs}, 0, ${amountNano}, 0, ${now}
    WHERE CAST(${limitNano} AS BIGINT) IS NULL OR ${amountNano} <= CAST(${limitNano} AS BIGINT)
    ON CONFLICT (hour_start_ms) DO UPDATE SET
      reserved_nano = h.reserved_nano + excluded.reserved_nano, updated_at_ms = excluded.updated_at_ms
    WHERE CAST(${limitNano} AS BIGINT) IS NULL
      OR h.spent_nano + h.reserved_nano + excluded.reserved_nano <= CAST(${limitNano} AS BIGINT)
    RETURNING spent_nano, reserved_nano`;
}

/**
 * PostgreSQL: one statement reserves and records the reservation (a data-modifying CTE).
 * SQLite: the same upsert, then the reservation row only if it changed a row (`changes()`), in one
 * transaction. Either way the rows returned are the hour's state after a successful reservation,
 * and no row means it was refused.
 */
export function reserveStatements(provider: DatabaseProvider, params: ReserveParams): SqlStatement[] {
  const { reservationId, hourStartMs, amountNano, now } = params;
  if (provider === "postgresql") {
    return [
      sql`WITH reserved AS (${upsertReserved(params)}),
        recorded AS (INSERT INTO budget_reservations (id, hour_start_ms, amount_nano, created_at_ms)
          SELECT ${reservationId}, ${hourStartMs}, ${amountNano}, ${now} FROM reserved)
        SELECT spent_nano, reserved_nano FROM reserved`,
    ];
  }
  return [
    upsertReserved(params),
    sql`INSERT INTO budget_reservations (id, hour_start_ms, amount_nano, created_at_ms)
      SELECT ${reservationId}, ${hourStartMs}, ${amountNano}, ${now} WHERE changes() = 1`,
  ];
}

export interface GrowParams {
  reservationId: string;
  amountNano: number;
  limitNano: number | null;
  now: number;
}

/**
 * Raises an open reservation to `amountNano` with the same check as reserving: the hour's row
 * takes only the difference, and only while spent + reserved + difference ≤ limit (a reservation
 * already that large needs no check). PostgreSQL locks the reservation row first (as a settlement
 * does, so the two serialise and take their locks in the same order), then moves the hour and the
 * reservation in one statement. SQLite moves the hour, then the reservation only if the hour moved
 * (`changes()`), in one transaction. Rows returned: the hour's state after growing; none: refused,
 * or the reservation is settled or unknown.
 */
export function growStatements(provider: DatabaseProvider, { reservationId, amountNano, limitNano, now }: GrowParams): SqlStatement[] {
  if (provider === "postgresql") {
    return [
      sql`WITH target AS (
          SELECT hour_start_ms, GREATEST(CAST(${amountNano} AS BIGINT) - amount_nano, 0) AS extra_nano FROM budget_reservations
          WHERE id = ${reservationId} AND settled_at_ms IS NULL FOR UPDATE),
        grown AS (
          UPDATE hourly_spend AS h SET reserved_nano = h.reserved_nano + target.extra_nano, updated_at_ms = ${now}
          FROM target WHERE h.hour_start_ms = target.hour_start_ms
            AND (target.extra_nano = 0 OR CAST(${limitNano} AS BIGINT) IS NULL
              OR h.spent_nano + h.reserved_nano + target.extra_nano <= CAST(${limitNano} AS BIGINT))
          RETURNING h.spent_nano, h.reserved_nano),
        recorded AS (
          UPDATE budget_reservations SET amount_nano = GREATEST(amount_nano, CAST(${amountNano} AS BIGINT))
          WHERE id = ${reservationId} AND EXISTS (SELECT 1 FROM grown))
        SELECT spent_nano, reserved_nano FROM grown`,
    ];
  }
  return [
    sql`UPDATE hourly_spend SET reserved_nano = reserved_nano + MAX(${amountNano} - r.amount_nano, 0), updated_at_ms = ${now}
      FROM budget_reservations AS r
      WHERE r.id = ${reservationId} AND r.settled_at_ms IS NULL AND hourly_spend.hour_start_ms = r.hour_start_ms
        AND (${amountNano} <= r.amount_nano OR CAST(${limitNano} AS BIGINT) IS NULL
          OR hourly_spend.spent_nano + hourly_spend.reserved_nano + (${amountNano} - r.amount_nano) <= CAST(${limitNano} AS BIGINT))
      RETURNING spent_nano, reserved_nano`,
    sql`UPDATE budget_reservations SET amount_nano = MAX(amount_nano, ${amountNano}) WHERE id = ${reservationId} AND changes() = 1`,
  ];
}

export function hourStateStatement(hourStartMs: number): SqlStatement {
  return sql`SELECT hour_start_ms, spent_nano, reserved_nano, requests FROM hourly_spend WHERE hour_start_ms = ${hourStartMs}`;
}

export function recentHoursStatement(sinceHourStartMs: number): SqlStatement {
  return sql`SELECT hour_start_ms, spent_nano, reserved_nano, requests FROM hourly_spend WHERE hour_start_ms >= ${sinceHourStartMs}`;
}

export interface ReconcileParams {
  reservationId: string;
  actualNano: number;
  now: number;
}

/**
 * Swaps a reservation for the actual cost, at most once: the reservation row is marked settled only
 * while it is still open, and the hour moves only with it. PostgreSQL does both in one statement
 * (a concurrent second settle waits on the row lock, then finds it settled); SQLite moves the hour
 * first while the reservation is open, then settles it, inside the caller's transaction.
 */
export function reconcileStatements(provider: DatabaseProvider, { reservationId, actualNano, now }: ReconcileParams): SqlStatement[] {
  if (provider === "postgresql") {
    return [
      sql`WITH settled AS (
          UPDATE budget_reservations SET settled_at_ms = ${now}, actual_nano = ${actualNano}
          WHERE id = ${reservationId} AND settled_at_ms IS NULL RETURNING hour_start_ms, amount_nano)
        UPDATE hourly_spend AS h SET reserved_nano = h.reserved_nano - settled.amount_nano,
          spent_nano = h.spent_nano + ${actualNano}, updated_at_ms = ${now}
        FROM settled WHERE h.hour_start_ms = settled.hour_start_ms`,
    ];
  }
  return [
    sql`UPDATE hourly_spend SET reserved_nano = reserved_nano - r.amount_nano,
        spent_nano = spent_nano + ${actualNano}, updated_at_ms = ${now}
      FROM budget_reservations AS r
      WHERE r.id = ${reservationId} AND r.settled_at_ms IS NULL AND hourly_spend.hour_start_ms = r.hour_start_ms`,
    sql`UPDATE budget_reservations SET settled_at_ms = ${now}, actual_nano = ${actualNano}
      WHERE id = ${reservationId} AND settled_at_ms IS NULL`,
  ];
}

/** Counts a request (or `requests` settled ones, as the scale benchmark seeds them) in its hour and adds spend that had no reservation. */
export function countRequestStatement(params: { hourStartMs: number; unreservedNano: number; now: number; requests?: number }): SqlStatement {
  return sql`INSERT INTO hourly_spend AS h (hour_start_ms, spent_nano, reserved_nano, requests, updated_at_ms)
    VALUES (${params.hourStartMs}, ${params.unreservedNano}, 0, ${params.requests ?? 1}, ${params.now})
    ON CONFLICT (hour_start_ms) DO UPDATE SET requests = h.requests + excluded.requests,
      spent_nano = h.spent_nano + excluded.spent_nano, updated_at_ms = excluded.updated_at_ms`;
}

export interface SettleParams {
  /** The hour the request (and its reservation) belongs to. */
  hourStartMs: number;
  /** Null when nothing was reserved (refused requests): `actualNano` is then added as is. */
  reservationId: string | null;
  actualNano: number;
  now: number;
}

/**
 * A finished request's budget bookkeeping, for the request writer's transaction: the reservation
 * settled with the actual cost (at most once) and the request counted in its hour. PostgreSQL does
 * it in one statement; SQLite in three, serialised by its single writer.
 */
export function settleAndCountStatements(provider: DatabaseProvider, params: SettleParams): SqlStatement[] {
  const { hourStartMs, reservationId, actualNano, now } = params;
  if (reservationId === null) return [countRequestStatement({ hourStartMs, unreservedNano: actualNano, now })];
  if (provider === "sqlite") {
    return [...reconcileStatements(provider, { reservationId, actualNano, now }), countRequestStatement({ hourStartMs, unreservedNano: 0, now })];
  }
  const settle = postgresSettlement({ ...params, reservationId });
  return [sql`WITH ${settle.cte} ${settle.body}`];
}

/**
 * PostgreSQL's settlement as a named CTE (`settled`) and the statement that uses it, so the request
 * writer can fold it into its single statement with the request's other writes.
 */
export function postgresSettlement(params: SettleParams & { reservationId: string }): { cte: SqlStatement; body: SqlStatement } {
  const { hourStartMs, reservationId, actualNano, now } = params;
  return {
    cte: sql`settled AS (
        UPDATE budget_reservations SET settled_at_ms = ${now}, actual_nano = ${actualNano}
        WHERE id = ${reservationId} AND settled_at_ms IS NULL RETURNING amount_nano)`,
    body: sql`INSERT INTO hourly_spend AS h (hour_start_ms, spent_nano, reserved_nano, requests, updated_at_ms)
      VALUES (${hourStartMs}, 0, 0, 1, ${now})
      ON CONFLICT (hour_start_ms) DO UPDATE SET requests = h.requests + 1,
        spent_nano = h.spent_nano + COALESCE((SELECT CAST(${actualNano} AS BIGINT) FROM settled), 0),
        reserved_nano = h.reserved_nano - COALESCE((SELECT amount_nano FROM settled), 0),
        updated_at_ms = excluded.updated_at_ms`,
  };
}

/** Spend outside any request's reservation (the LLM classifier's own calls). */
export function addSpendStatement(params: { hourStartMs: number; amountNano: number; now: number }): SqlStatement {
  return sql`INSERT INTO hourly_spend AS h (hour_start_ms, spent_nano, reserved_nano, requests, updated_at_ms)
    VALUES (${params.hourStartMs}, ${params.amountNano}, 0, 0, ${params.now})
    ON CONFLICT (hour_start_ms) DO UPDATE SET spent_nano = h.spent_nano + excluded.spent_nano, updated_at_ms = excluded.updated_at_ms`;
}
