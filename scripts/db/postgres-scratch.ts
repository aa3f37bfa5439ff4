// Scratch PostgreSQL databases for checks and tests: created on the server a URL points at, dropped
// afterwards. The database named in the server URL is only used to connect; nothing is written to it.
import { randomBytes } from "node:crypto";
import pg from "pg";

export interface ScratchDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

const SAFE_PREFIX = /^[a-z][a-z0-9_]{0,30}$/;

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
}

export function withDatabaseName(url: string, databaseName: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(databaseName)}`;
  return parsed.toString();
}

async function runAdminStatement(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  client.on("error", () => undefined); // a lost connection rejects the query below as well
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, databaseName: string): Promise<void> {
  // WITH (FORCE) (PostgreSQL 13+) ends sessions a failed test may have left open.
  await runAdminStatement(serverUrl, `DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
}

export async function createScratchDatabase(options: { serverUrl: string; prefix: string }): Promise<ScratchDatabase> {
  if (!SAFE_PREFIX.test(options.prefix)) throw new Error(`Invalid scratch database prefix "${options.prefix}"`);
  const name = `${options.prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await runAdminStatement(options.serverUrl, `CREATE DATABASE "${name}"`);
  let dropped = false;
  return {
    name,
    url: withDatabaseName(options.serverUrl, name),
    async drop() {
      if (dropped) return;
      dropped = true;
      await dropDatabase(options.serverUrl, name);
    },
  };
}
