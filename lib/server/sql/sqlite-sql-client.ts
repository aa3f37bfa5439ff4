import BetterSqlite3 from "better-sqlite3";
import { ensureSqliteDirectory, retryWhileSqliteBusy, SQLITE_CONNECTION_PRAGMAS } from "@/lib/server/db/sqlite-file";
import type { SqlClient, SqlExecutor, SqlRow } from "./sql-client";
import type { SqlStatement, SqlValue } from "./sql-statement";

// SQLite through one better-sqlite3 connection of its own (Prisma keeps another for its reads).
// better-sqlite3 is synchronous, so a statement costs microseconds. A transaction holds the
// connection through its awaits, and a queue keeps every other statement of this process out of it
// until it ends. SQLite's own busy timeout would block the event loop while another connection
// holds the write lock, and that connection (in this process) could then never finish: so this
// connection waits with busy_timeout 0 and retries a busy lock asynchronously instead.

const STATEMENT_CACHE_SIZE = 500;

interface BatchEntry {
  statements: readonly SqlStatement[];
  /** The first statement's rows are the entry's result (queryAtomically). */
  returnsRows: boolean;
  resolve: (rows: SqlRow[]) => void;
  reject: (error: unknown) => void;
}

export class SqliteSqlClient implements SqlClient {
  readonly provider = "sqlite" as const;
  private readonly connection: BetterSqlite3.Database;
  private readonly statements = new Map<string, BetterSqlite3.Statement>();
  private queue: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private readonly batch: BatchEntry[] = [];
  private readonly direct: SqlExecutor;

  constructor(filePath: string) {
    ensureSqliteDirectory(filePath);
    this.connection = new BetterSqlite3(filePath);
    for (const pragma of SQLITE_CONNECTION_PRAGMAS) this.connection.exec(pragma);
    this.connection.exec("PRAGMA busy_timeout = 0");
    this.direct = {
      query: async (statement) => this.queryNow(statement),
      run: async (statement) => this.runNow(statement),
    };
  }

  query(statement: SqlStatement): Promise<SqlRow[]> {
    return this.pending === 0 ? retryWhileSqliteBusy(() => this.queryNow(statement)) : this.exclusive(() => retryWhileSqliteBusy(() => this.queryNow(statement)));
  }

  run(statement: SqlStatement): Promise<number> {
    return this.pending === 0 ? retryWhileSqliteBusy(() => this.runNow(statement)) : this.exclusive(() => retryWhileSqliteBusy(() => this.runNow(statement)));
  }

  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      await retryWhileSqliteBusy(() => this.connection.exec("BEGIN IMMEDIATE"));
      try {
        const result = await work(this.direct);
        this.connection.exec("COMMIT");
        return result;
      } catch (error) {
        if (this.connection.inTransaction) this.connection.exec("ROLLBACK");
        throw error;
      }
    });
  }

  writeAtomically(statements: readonly SqlStatement[]): Promise<void> {
    return this.enqueue(statements, false).then(() => undefined);
  }

  queryAtomically(statements: readonly SqlStatement[]): Promise<SqlRow[]> {
    return this.enqueue(statements, true);
  }

  private enqueue(statements: readonly SqlStatement[], returnsRows: boolean): Promise<SqlRow[]> {
    return new Promise<SqlRow[]>((resolve, reject) => {
      this.batch.push({ statements, returnsRows, resolve, reject });
      if (this.batch.length === 1) setImmediate(() => void this.commitBatch());
    });
  }

  async close(): Promise<void> {
    while (this.batch.length > 0) await new Promise((resolve) => setImmediate(resolve));
    await this.queue.catch(() => undefined);
    this.connection.close();
  }

  /**
   * Group commit: every write queued during one turn of the event loop goes into one transaction,
   * each inside its own savepoint (a failing one is rolled back alone and rejected), and all are
   * resolved only after the COMMIT. One commit's WAL write and sync serve many requests. Entries
   * run in the order they were queued, so a conditional write (a budget reservation) sees every
   * earlier entry of the batch, exactly as if each had committed alone.
   */
  private commitBatch(): Promise<void> {
    const batch = this.batch.splice(0);
    return this.exclusive(async () => {
      await retryWhileSqliteBusy(() => this.connection.exec("BEGIN IMMEDIATE"));
      const outcomes: Array<{ rows: SqlRow[] } | { error: unknown }> = [];
      for (const entry of batch) {
        this.connection.exec("SAVEPOINT request_write");
        try {
          let rows: SqlRow[] = [];
          entry.statements.forEach((statement, index) => {
            if (entry.returnsRows && index === 0) rows = this.queryNow(statement);
            else this.runNow(statement);
          });
          outcomes.push({ rows });
        } catch (error) {
          this.connection.exec("ROLLBACK TO request_write");
          outcomes.push({ error: error ?? new Error("write failed") });
        }
        this.connection.exec("RELEASE request_write");
      }
      this.connection.exec("COMMIT");
      batch.forEach((entry, index) => {
        const outcome = outcomes[index]!;
        if ("rows" in outcome) entry.resolve(outcome.rows);
        else entry.reject(outcome.error);
      });
    }).catch((error: unknown) => {
      if (this.connection.inTransaction) this.connection.exec("ROLLBACK");
      for (const entry of batch) entry.reject(error);
    });
  }

  /** Runs `task` after every earlier queued task; while any is queued, plain statements queue too. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    this.pending++;
    const run = this.queue.then(task).finally(() => {
      this.pending--;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private queryNow(statement: SqlStatement): SqlRow[] {
    return this.prepare(statement.text).all(bindings(statement.values)) as SqlRow[];
  }

  private runNow(statement: SqlStatement): number {
    return this.prepare(statement.text).run(bindings(statement.values)).changes;
  }

  private prepare(text: string): BetterSqlite3.Statement {
    let prepared = this.statements.get(text);
    if (prepared) return prepared;
    prepared = this.connection.prepare(text.replace(/\$(\d+)/g, "?$1"));
    if (this.statements.size >= STATEMENT_CACHE_SIZE) this.statements.delete(this.statements.keys().next().value!);
    this.statements.set(text, prepared);
    return prepared;
  }
}

/** better-sqlite3 binds ?N parameters from an object keyed by N, and takes no booleans. */
function bindings(values: readonly SqlValue[]): Record<number, string | number | null> {
  const bound: Record<number, string | number | null> = {};
  values.forEach((value, index) => {
    bound[index + 1] = typeof value === "boolean" ? (value ? 1 : 0) : value;
  });
  return bound;
}
