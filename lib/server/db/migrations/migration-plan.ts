// Decides what to apply from the recorded history and the migration files, refusing (before
// anything runs) when the history cannot be trusted. Pure, so every refusal has a unit test.
import { scriptMatchesChecksum } from "./checksum";
import { MigrationHistoryError } from "./migration-errors";
import type { MigrationFile } from "./migration-files";

/** One `_prisma_migrations` row, reduced to what the decision needs. */
export interface AppliedMigrationRecord {
  readonly migrationName: string;
  readonly checksum: string;
  readonly finished: boolean;
  readonly rolledBack: boolean;
}

function list(names: readonly string[]): string {
  return names.join(", ");
}

export function planPendingMigrations(options: {
  files: readonly MigrationFile[];
  records: readonly AppliedMigrationRecord[];
}): MigrationFile[] {
  // Rows marked rolled back (`prisma migrate resolve --rolled-back`) are history only, as in Prisma.
  const live = options.records.filter((record) => !record.rolledBack);
  const failed = live.filter((record) => !record.finished).map((record) => record.migrationName);
  if (failed.length > 0) {
    throw new MigrationHistoryError(
      "failed_migration",
      failed,
      `Migration ${list(failed)} is recorded as started but never finished. Repair the database, then run ` +
        "`npx prisma migrate resolve --rolled-back <name>` (or --applied) before starting again.",
    );
  }
  const filesByName = new Map(options.files.map((file) => [file.name, file]));
  const unknown = live.filter((record) => !filesByName.has(record.migrationName)).map((record) => record.migrationName);
  if (unknown.length > 0) {
    throw new MigrationHistoryError(
      "unknown_migration",
      unknown,
      `The database has applied migration ${list(unknown)}, which this version of the app does not have: ` +
        "the database is newer than the code. Run the newer version, or restore a matching database.",
    );
  }
  const edited = live
    .filter((record) => !scriptMatchesChecksum(filesByName.get(record.migrationName)?.script ?? "", record.checksum))
    .map((record) => record.migrationName);
  if (edited.length > 0) {
    throw new MigrationHistoryError(
      "checksum_mismatch",
      edited,
      `Migration ${list(edited)} was modified after it was applied to this database (checksum mismatch). ` +
        "Restore the original migration.sql and put changes in a new migration.",
    );
  }
  const applied = new Set(live.map((record) => record.migrationName));
  return options.files.filter((file) => !applied.has(file.name));
}
