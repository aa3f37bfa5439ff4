import type { DatabaseProvider } from "@/lib/server/db/database-url";
import type { SqlStatement } from "./sql-statement";

// The raw-SQL port the server's stores use on both providers. Results are normalised: integers
// (BIGINT, COUNT, SUM) are JavaScript numbers on both providers (money in nano-USD stays far below
// 2^53), booleans may come back as 0/1 from SQLite and JSON as text (see sql-values.ts).

export type SqlRow = Record<string, unknown>;

export interface SqlExecutor {
  query(statement: SqlStatement): Promise<SqlRow[]>;
  /** Runs a statement that returns no rows; resolves with the number of rows it changed. */
  run(statement: SqlStatement): Promise<number>;
}

export interface SqlClient extends SqlExecutor {
  readonly provider: DatabaseProvider;
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws. `work`
   * must only issue statements on `tx` (never await other I/O): on SQLite the connection is held
   * for its whole duration. On PostgreSQL a deadlock or serialization failure re-runs it.
   */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * Runs the statements atomically (all or none) and resolves once they are committed. SQLite
   * commits the writes of concurrent callers together (group commit); each caller's statements
   * still succeed or fail as a unit.
   */
  writeAtomically(statements: readonly SqlStatement[]): Promise<void>;
  /**
   * The same for a conditional write whose first statement returns rows (e.g. a budget reservation
   * that returns the hour's state, or nothing when refused): resolves, once committed, with them.
   */
  queryAtomically(statements: readonly SqlStatement[]): Promise<SqlRow[]>;
  close(): Promise<void>;
}
