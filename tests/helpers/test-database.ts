// Fresh, migrated databases for integration tests: a SQLite file in a temp directory, and, when
// TEST_DATABASE_URL names a PostgreSQL server, a uniquely named database created on it and dropped
// afterwards. Refuses any PostgreSQL database whose name does not say "test".
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { DatabaseProvider } from "@/lib/server/db/database-url";
import { migrateDatabase, type MigrationReport } from "@/lib/server/db/migrate";
import { createScratchDatabase, databaseNameOf } from "@/scripts/db/postgres-scratch";

export interface TestDatabase {
  readonly provider: DatabaseProvider;
  readonly url: string;
  /** Null when created with `migrate: false`. */
  readonly migration: MigrationReport | null;
  cleanup(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Apply the project's migrations (default true). */
  migrate?: boolean;
  /** Another migrations folder, e.g. a tampered copy. */
  migrationsDirectory?: string;
}

const TEST_NAME = /test/i;

export function assertTestDatabaseUrl(url: string): void {
  const name = databaseNameOf(url);
  if (!TEST_NAME.test(name)) {
    throw new Error(`Refusing to use PostgreSQL database "${name}" in tests: its name must contain "test"`);
  }
}

/** The PostgreSQL server tests may use, or undefined when TEST_DATABASE_URL is not set. */
export function postgresTestServerUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL?.trim();
  if (!url) return undefined;
  if (!/^postgres(ql)?:\/\//.test(url)) throw new Error("TEST_DATABASE_URL must be a postgresql:// URL");
  assertTestDatabaseUrl(url);
  return url;
}

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set. */
export function testProviders(): DatabaseProvider[] {
  return postgresTestServerUrl() ? ["sqlite", "postgresql"] : ["sqlite"];
}

async function migrateIf(url: string, options: TestDatabaseOptions): Promise<MigrationReport | null> {
  if (options.migrate === false) return null;
  return migrateDatabase({ url, migrationsDirectory: options.migrationsDirectory });
}

export async function createSqliteTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const directory = await mkdtemp(path.join(os.tmpdir(), "router-test-db-"));
  const url = `file:${path.join(directory, "router.db")}`;
  const cleanup = () => rm(directory, { recursive: true, force: true });
  try {
    return { provider: "sqlite", url, migration: await migrateIf(url, options), cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

export async function createPostgresTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = postgresTestServerUrl();
  if (!serverUrl) throw new Error("Set TEST_DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/test)");
  const scratch = await createScratchDatabase({ serverUrl, prefix: "test_router" });
  assertTestDatabaseUrl(scratch.url);
  try {
    return { provider: "postgresql", url: scratch.url, migration: await migrateIf(scratch.url, options), cleanup: scratch.drop };
  } catch (error) {
    await scratch.drop();
    throw error;
  }
}

export function createTestDatabase(provider: DatabaseProvider, options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  return provider === "sqlite" ? createSqliteTestDatabase(options) : createPostgresTestDatabase(options);
}
