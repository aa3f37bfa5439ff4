// Writes a new migration for both providers at once: the same folder name (timestamp + name) under
// prisma/sqlite/migrations and prisma/postgresql/migrations, each holding the SQL the schema engine
// says takes that provider's existing migrations to its schema.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { DATABASE_PROVIDERS, type DatabaseProvider } from "../../lib/server/db/database-url";
import { MIGRATION_LOCK_FILE, MIGRATION_SCRIPT_FILE, readMigrationFiles } from "../../lib/server/db/migrations/migration-files";
import { diffMigrationsToSchema } from "./schema-engine/diff-migrations";
import { migrationLockContent } from "./schema-engine/migration-list";
import { compareSchemas } from "./schema-parity";

export interface CreatedMigration {
  /** `<timestamp>_<name>`, or null when the schemas had no changes to migrate. */
  readonly folderName: string | null;
  readonly writtenFiles: string[];
}

/** Prisma's folder timestamp: UTC, YYYYMMDDHHMMSS. */
export function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

export function sanitizeMigrationName(name: string): string {
  const sanitized = name.trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 120);
  if (sanitized === "") throw new Error("A migration needs a name made of letters or digits, e.g. --name add_requests");
  return sanitized;
}

export async function createMigration(options: {
  prismaDirectory: string;
  name: string;
  postgresServerUrl?: string;
  /** Write the folders even without schema changes, for hand-written SQL (data migrations). */
  allowEmpty?: boolean;
  now?: Date;
}): Promise<CreatedMigration> {
  const folderName = `${migrationTimestamp(options.now ?? new Date())}_${sanitizeMigrationName(options.name)}`;
  const directory = (provider: DatabaseProvider) => path.join(options.prismaDirectory, provider);
  const parity = compareSchemas({
    sqlite: await readFile(path.join(directory("sqlite"), "schema.prisma"), "utf8"),
    postgresql: await readFile(path.join(directory("postgresql"), "schema.prisma"), "utf8"),
  });
  if (parity.length > 0) {
    throw new Error(`Make the two schemas declare the same models first:\n  ${parity.join("\n  ")}`);
  }
  const scripts = new Map<DatabaseProvider, string>();
  for (const provider of DATABASE_PROVIDERS) {
    const migrationsDirectory = path.join(directory(provider), "migrations");
    const latest = (await readMigrationFiles(migrationsDirectory)).at(-1)?.name;
    if (latest && latest >= folderName) {
      throw new Error(`${provider} already has migration ${latest}, which sorts after ${folderName}; check the clock`);
    }
    const diff = await diffMigrationsToSchema({
      provider,
      schemaPath: path.join(directory(provider), "schema.prisma"),
      migrationsDirectory,
      postgresServerUrl: options.postgresServerUrl,
    });
    scripts.set(provider, diff.script);
  }
  const changed = [...scripts.values()].filter((script) => script !== "").length;
  if (changed === 0 && !options.allowEmpty) return { folderName: null, writtenFiles: [] };
  if (changed === 1) {
    throw new Error("Only one provider's migrations differ from its schema: its migrations folder was edited by hand");
  }
  const writtenFiles: string[] = [];
  for (const [provider, script] of scripts) {
    const migrationsDirectory = path.join(directory(provider), "migrations");
    await mkdir(path.join(migrationsDirectory, folderName), { recursive: true });
    const scriptPath = path.join(migrationsDirectory, folderName, MIGRATION_SCRIPT_FILE);
    await writeFile(scriptPath, script === "" ? "-- Hand-written migration: add SQL here.\n" : script);
    writtenFiles.push(scriptPath);
    const lockPath = path.join(migrationsDirectory, MIGRATION_LOCK_FILE);
    if (!existsSync(lockPath)) {
      await writeFile(lockPath, migrationLockContent(provider));
      writtenFiles.push(lockPath);
    }
  }
  return { folderName, writtenFiles };
}
