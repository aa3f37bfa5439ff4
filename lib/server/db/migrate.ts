// The runtime migrator used by `npm start`, `npm run db:migrate` and the tests. It applies the
// migrations in prisma/<provider>/migrations in order, records them in `_prisma_migrations` the way
// Prisma Migrate does (same table, columns and checksums), and refuses a history it cannot trust.
import { parseDatabaseUrl, type DatabaseProvider } from "./database-url";
import { readMigrationFiles } from "./migrations/migration-files";
import { applyPostgresMigrations } from "./migrations/postgres-migrator";
import { applySqliteMigrations } from "./migrations/sqlite-migrator";
import { migrationsDirectoryFor } from "./project-paths";

export { MigrationFailedError, MigrationHistoryError, MigrationLockTimeoutError } from "./migrations/migration-errors";

export interface MigrateDatabaseOptions {
  /** `file:./data/router.db`, `file:/abs/path.db` or `postgresql://…`. */
  url: string;
  /** Defaults to prisma/<provider>/migrations in this project. */
  migrationsDirectory?: string;
  /** Relative SQLite paths resolve against this; defaults to the working directory. */
  baseDirectory?: string;
  /** How long to wait for another instance that is migrating the same database. */
  lockTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface MigrationReport {
  provider: DatabaseProvider;
  /** Names applied by this call, in order; empty when the database was already up to date. */
  appliedMigrationNames: string[];
  /** How many migrations the folder holds. */
  knownMigrationCount: number;
}

const DEFAULT_LOCK_TIMEOUT_MS = 120_000;

export async function migrateDatabase(options: MigrateDatabaseOptions): Promise<MigrationReport> {
  const target = parseDatabaseUrl(options.url, options.baseDirectory);
  const files = await readMigrationFiles(options.migrationsDirectory ?? migrationsDirectoryFor(target.provider));
  if (files.length === 0) {
    throw new Error(`No migrations found for ${target.provider}; expected prisma/${target.provider}/migrations`);
  }
  const shared = {
    files,
    lockTimeoutMs: options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS,
    log: options.log ?? (() => undefined),
  };
  const appliedMigrationNames =
    target.provider === "sqlite"
      ? await applySqliteMigrations({ ...shared, filePath: target.filePath })
      : await applyPostgresMigrations({ ...shared, connectionString: target.connectionString });
  return { provider: target.provider, appliedMigrationNames, knownMigrationCount: files.length };
}
