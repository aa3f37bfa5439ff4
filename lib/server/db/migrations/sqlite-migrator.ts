// Applies pending migrations to a SQLite file. Each migration runs in its own BEGIN IMMEDIATE
// transaction, which takes SQLite's write lock before reading the history: a second process
// starting at the same time waits (busy timeout), then sees the migration applied and skips it.
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { ensureSqliteDirectory, isSqliteBusy, retryWhileSqliteBusy } from "../sqlite-file";
import { MigrationFailedError, MigrationLockTimeoutError } from "./migration-errors";
import type { MigrationFile } from "./migration-files";
import { planPendingMigrations, type AppliedMigrationRecord } from "./migration-plan";
import { migrationChecksum } from "./checksum";
import { migrationsTableDdl, SELECT_MIGRATION_RECORDS, sqliteTimestamp } from "./prisma-migrations-table";

const LOCK_TIMEOUT_MESSAGE = "Timed out waiting for another process to finish migrating the SQLite database";

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: string | null;
  rolled_back_at: string | null;
}

function readRecords(database: Database.Database): AppliedMigrationRecord[] {
  const rows = database.prepare(SELECT_MIGRATION_RECORDS).all() as MigrationRow[];
  return rows.map((row) => ({
    migrationName: row.migration_name,
    checksum: row.checksum,
    finished: row.finished_at !== null,
    rolledBack: row.rolled_back_at !== null,
  }));
}

function applyOne(database: Database.Database, migration: MigrationFile): void {
  const id = randomUUID();
  database
    .prepare(
      `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "applied_steps_count") VALUES (?, ?, ?, ?, 0)`,
    )
    .run(id, migrationChecksum(migration.script), migration.name, sqliteTimestamp(new Date()));
  database.exec(migration.script);
  // Foreign keys are off on this connection (see below), so check what the script left behind.
  const violations = database.prepare("PRAGMA foreign_key_check").all();
  if (violations.length > 0) {
    throw new Error(`the script leaves ${violations.length} foreign key violation(s): ${JSON.stringify(violations[0])}`);
  }
  database
    .prepare(`UPDATE "_prisma_migrations" SET "finished_at" = ?, "applied_steps_count" = 1 WHERE "id" = ?`)
    .run(sqliteTimestamp(new Date()), id);
}

/**
 * Switching a new file to WAL needs a moment of exclusive access, and SQLite may answer SQLITE_BUSY
 * at once, without its busy handler, while another process is switching or migrating the same
 * file: so several instances starting together retry it until the lock timeout.
 */
async function enableWal(database: Database.Database, timeoutMs: number): Promise<void> {
  try {
    await retryWhileSqliteBusy(() => database.pragma("journal_mode = WAL"), timeoutMs);
  } catch (error) {
    throw isSqliteBusy(error) ? new MigrationLockTimeoutError(LOCK_TIMEOUT_MESSAGE) : error;
  }
}

/** Runs one transaction: returns the migration it applied, or null when nothing was pending. */
function applyNextPending(database: Database.Database, files: readonly MigrationFile[]): string | null {
  try {
    database.exec("BEGIN IMMEDIATE");
  } catch (error) {
    if (isSqliteBusy(error)) {
      throw new MigrationLockTimeoutError(LOCK_TIMEOUT_MESSAGE);
    }
    throw error;
  }
  let next: MigrationFile | undefined;
  try {
    database.exec(migrationsTableDdl("sqlite"));
    next = planPendingMigrations({ files, records: readRecords(database) })[0];
    if (next) applyOne(database, next);
    database.exec("COMMIT");
    return next?.name ?? null;
  } catch (error) {
    // SQLite rolls some failures back by itself (e.g. a full disk); only roll back what is still open.
    if (database.inTransaction) database.exec("ROLLBACK");
    throw next ? new MigrationFailedError(next.name, error) : error;
  }
}

export async function applySqliteMigrations(options: {
  filePath: string;
  files: readonly MigrationFile[];
  lockTimeoutMs: number;
  log: (line: string) => void;
}): Promise<string[]> {
  ensureSqliteDirectory(options.filePath);
  const database = new Database(options.filePath, { timeout: options.lockTimeoutMs });
  try {
    await enableWal(database, options.lockTimeoutMs);
    // Prisma's SQLite table rebuilds toggle foreign_keys inside the script, which SQLite ignores in a
    // transaction; turning them off for this connection (as SQLite's ALTER TABLE guide says) and
    // running foreign_key_check before each commit keeps those rebuilds working and safe.
    database.pragma("foreign_keys = OFF");
    const applied: string[] = [];
    for (let name = applyNextPending(database, options.files); name; name = applyNextPending(database, options.files)) {
      options.log(`applied migration ${name}`);
      applied.push(name);
    }
    return applied;
  } finally {
    database.close();
  }
}
