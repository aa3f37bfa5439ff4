// Reads `_prisma_migrations` straight from the database, bypassing the code under test.
import Database from "better-sqlite3";
import pg from "pg";
import { parseDatabaseUrl } from "@/lib/server/db/database-url";

export interface MigrationRowView {
  migrationName: string;
  checksum: string;
  finished: boolean;
  appliedStepsCount: number;
}

interface RawRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  applied_steps_count: number | bigint;
}

const QUERY = `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`;

function view(row: RawRow): MigrationRowView {
  return {
    migrationName: row.migration_name,
    checksum: row.checksum,
    finished: row.finished_at !== null,
    appliedStepsCount: Number(row.applied_steps_count),
  };
}

export async function readMigrationRows(url: string): Promise<MigrationRowView[]> {
  return (await queryRows<RawRow>(url, QUERY)).map(view);
}

/** Runs one read-only query through the raw driver. */
export async function queryRows<Row>(url: string, sql: string): Promise<Row[]> {
  const target = parseDatabaseUrl(url);
  if (target.provider === "sqlite") {
    const database = new Database(target.filePath, { readonly: true });
    try {
      return database.prepare(sql).all() as Row[];
    } finally {
      database.close();
    }
  }
  const client = new pg.Client({ connectionString: target.connectionString });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Row[];
  } finally {
    await client.end();
  }
}

export async function listTables(url: string): Promise<string[]> {
  const sql =
    parseDatabaseUrl(url).provider === "sqlite"
      ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
      : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name";
  return (await queryRows<{ name: string }>(url, sql)).map((row) => row.name);
}

export async function listColumns(url: string, table: string): Promise<string[]> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`Unexpected table name ${table}`);
  const sql =
    parseDatabaseUrl(url).provider === "sqlite"
      ? `SELECT name FROM pragma_table_info('${table}') ORDER BY cid`
      : `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '${table}' ORDER BY ordinal_position`;
  return (await queryRows<{ name: string }>(url, sql)).map((row) => row.name);
}
