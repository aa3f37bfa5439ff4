import pg from "pg";
import type { SqlClient, SqlExecutor, SqlRow } from "./sql-client";
import type { SqlStatement } from "./sql-statement";

// PostgreSQL through a pg pool of its own. Every statement is a named prepared statement (parsed
// once per connection). BIGINT and NUMERIC results (counts, sums, nano-USD) are parsed to numbers
// so both providers return the same shapes; a value past 2^53 is an error, never a silent rounding.

const INT8_OID = 20;
const NUMERIC_OID = 1700;
const TIMESTAMP_OID = 1114;
const RETRYABLE_CODES = new Set(["40001", "40P01"]);
const MAX_TRANSACTION_TRIES = 4;

function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`integer ${text} is beyond 2^53`);
  return value;
}

const typeParsers = {
  getTypeParser(oid: number, format?: string) {
    if (oid === INT8_OID) return parseInt8;
    if (oid === NUMERIC_OID) return Number;
    // Prisma keeps DateTime in \`timestamp(3)\` (no zone) as UTC; pg would read it as local time.
    if (oid === TIMESTAMP_OID) return (text: string) => new Date(`${text.replace(" ", "T")}Z`);
    return pg.types.getTypeParser(oid, format as "text");
  },
} as pg.CustomTypesConfig;

/** A short stable name per statement text (pg prepares it once per connection). */
function statementName(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let index = 0; index < text.length; index++) {
    hash ^= BigInt(text.charCodeAt(index));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return `s${hash.toString(36)}`;
}

const names = new Map<string, string>();
function queryConfig(statement: SqlStatement): pg.QueryConfig {
  let name = names.get(statement.text);
  if (!name) names.set(statement.text, (name = statementName(statement.text)));
  return { name, text: statement.text, values: statement.values as unknown[] };
}

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && RETRYABLE_CODES.has(code);
}

/** A statement on the pool is its own transaction: after a deadlock it had no effect and is re-run. */
async function withRetry<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (tries >= MAX_TRANSACTION_TRIES || !isRetryable(error)) throw error;
    }
  }
}

function executorOf(client: pg.Pool | pg.PoolClient): SqlExecutor {
  const pooled = client instanceof pg.Pool;
  const send = (statement: SqlStatement) => (pooled ? withRetry(() => client.query(queryConfig(statement))) : client.query(queryConfig(statement)));
  return {
    async query(statement) {
      return (await send(statement)).rows as SqlRow[];
    },
    async run(statement) {
      return (await send(statement)).rowCount ?? 0;
    },
  };
}

export class PostgresSqlClient implements SqlClient {
  readonly provider = "postgresql" as const;
  private readonly pool: pg.Pool;
  private readonly executor: SqlExecutor;

  constructor(options: { connectionString: string; poolSize: number }) {
    this.pool = new pg.Pool({ connectionString: options.connectionString, max: options.poolSize, types: typeParsers });
    // An idle client losing its connection must not crash the process; the pool replaces it.
    this.pool.on("error", () => undefined);
    this.executor = executorOf(this.pool);
  }

  query(statement: SqlStatement): Promise<SqlRow[]> {
    return this.executor.query(statement);
  }

  run(statement: SqlStatement): Promise<number> {
    return this.executor.run(statement);
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(executorOf(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        if (attempt >= MAX_TRANSACTION_TRIES || !isRetryable(error)) throw error;
      } finally {
        client.release();
      }
    }
  }

  async queryAtomically(statements: readonly SqlStatement[]): Promise<SqlRow[]> {
    const [first, ...rest] = statements;
    if (!first) return [];
    // A single statement is atomic on its own: no BEGIN/COMMIT round trips.
    if (rest.length === 0) return this.query(first);
    return this.transaction(async (tx) => {
      const rows = await tx.query(first);
      for (const statement of rest) await tx.run(statement);
      return rows;
    });
  }

  async writeAtomically(statements: readonly SqlStatement[]): Promise<void> {
    await this.queryAtomically(statements);
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
