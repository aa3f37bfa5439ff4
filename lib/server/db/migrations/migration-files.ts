// Reads Prisma's migrations layout: <dir>/<timestamp>_<name>/migration.sql, applied in name order
// (the timestamp prefix makes name order chronological), next to <dir>/migration_lock.toml.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export const MIGRATION_SCRIPT_FILE = "migration.sql";
export const MIGRATION_LOCK_FILE = "migration_lock.toml";

export interface MigrationFile {
  /** The folder name, e.g. `20261125120000_init`; it is what `_prisma_migrations.migration_name` stores. */
  readonly name: string;
  readonly script: string;
}

export async function readMigrationFiles(directory: string): Promise<MigrationFile[]> {
  if (!existsSync(directory)) return [];
  const entries = await readdir(directory, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const scriptPath = path.join(directory, name, MIGRATION_SCRIPT_FILE);
      if (!existsSync(scriptPath)) {
        throw new Error(`Migration folder ${path.join(directory, name)} has no ${MIGRATION_SCRIPT_FILE}`);
      }
      return { name, script: await readFile(scriptPath, "utf8") };
    }),
  );
}

export async function readMigrationLock(directory: string): Promise<string | null> {
  const lockPath = path.join(directory, MIGRATION_LOCK_FILE);
  return existsSync(lockPath) ? readFile(lockPath, "utf8") : null;
}
