// Applies pending migrations to PostgreSQL. One session holds the advisory lock Prisma Migrate itself
// uses (72707369), so instances starting together, and `prisma migrate deploy`, take turns; each
// migration and its `_prisma_migrations` row commit in one transaction, so a failure leaves nothing.
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { migrationChecksum } from "./checksum";
import { MigrationFailedError, MigrationLockTimeoutError } from "./migration-errors";
import type { MigrationFile } from "./migration-files";
import { planPendingMigrations } from "./migration-plan";
import { migrationsTableDdl, SELECT_MIGRATION_RECORDS } from "./prisma-migrations-table";

const PRISMA_MIGRATE_LOCK_KEY = 72707369;
const LOCK_POLL_MS = 200;

async function acquireLock(client: pg.Client, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [
      PRISMA_MIGRATE_LOCK_KEY,
    ]);
    if (result.rows[0]?.locked) return;
    if (Date.now() >= deadline) {
      throw new MigrationLockTimeoutError(
        `Timed out after ${timeoutMs} ms waiting for another migrator (advisory lock ${PRISMA_MIGRATE_LOCK_KEY})`,
      );
    }
    await sleep(LOCK_POLL_MS);
  }
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

async function applyOne(client: pg.Client, migration: MigrationFile): Promise<void> {
  await client.query("BEGIN");
  try {
    const id = randomUUID();
    await client.query(
      `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "applied_steps_count") VALUES ($1, $2, $3, now(), 0)`,
      [id, migrationChecksum(migration.script), migration.name],
    );
    // No parameters: pg uses the simple query protocol, which runs a multi-statement script as is.
    await client.query(migration.script);
    await client.query(
      `UPDATE "_prisma_migrations" SET "finished_at" = clock_timestamp(), "applied_steps_count" = 1 WHERE "id" = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    // If the connection itself is gone, the server has already discarded the transaction.
    await client.query("ROLLBACK").catch(() => undefined);
    throw new MigrationFailedError(migration.name, error);
  }
}

export async function applyPostgresMigrations(options: {
  connectionString: string;
  files: readonly MigrationFile[];
  lockTimeoutMs: number;
  log: (line: string) => void;
}): Promise<string[]> {
  const client = new pg.Client({ connectionString: options.connectionString });
  // A dropped connection also rejects the pending query, which reports it; without a listener the
  // same event would crash the process.
  client.on("error", () => undefined);
  await client.connect();
  try {
    await acquireLock(client, options.lockTimeoutMs);
    await client.query(migrationsTableDdl("postgresql"));
    const rows = (await client.query<MigrationRow>(SELECT_MIGRATION_RECORDS)).rows;
    const pending = planPendingMigrations({
      files: options.files,
      records: rows.map((row) => ({
        migrationName: row.migration_name,
        checksum: row.checksum,
        finished: row.finished_at !== null,
        rolledBack: row.rolled_back_at !== null,
      })),
    });
    for (const migration of pending) {
      await applyOne(client, migration);
      options.log(`applied migration ${migration.name}`);
    }
    return pending.map((migration) => migration.name);
  } finally {
    // Ending the session releases the advisory lock even if unlocking is never reached.
    await client.end();
  }
}
