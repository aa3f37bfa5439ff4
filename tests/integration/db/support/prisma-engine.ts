// Prisma's own schema engine (the wasm build of what `prisma migrate` runs) pointed at a test
// database, to prove our migrator and Prisma Migrate read and write the same history.
import { readFile } from "node:fs/promises";
import type { DiagnoseMigrationHistoryOutput } from "@prisma/schema-engine-wasm";
import { parseDatabaseUrl, type DatabaseProvider } from "@/lib/server/db/database-url";
import { schemaPathFor } from "@/lib/server/db/project-paths";
import { postgresEngineAdapter, sqliteEngineAdapter } from "@/scripts/db/schema-engine/engine-adapters";
import { startSchemaEngine, type SchemaEngine } from "@/scripts/db/schema-engine/load-schema-engine";
import { loadMigrationList } from "@/scripts/db/schema-engine/migration-list";
import { postgresTestServerUrl } from "@/tests/helpers/test-database";

const NO_FILTERS = { externalTables: [], externalEnums: [] };

async function withEngine<T>(url: string, run: (engine: SchemaEngine, provider: DatabaseProvider) => Promise<T>): Promise<T> {
  const target = parseDatabaseUrl(url);
  const schemaPath = schemaPathFor(target.provider);
  const adapter =
    target.provider === "sqlite"
      ? sqliteEngineAdapter(target.filePath)
      : postgresEngineAdapter({ mainUrl: target.connectionString, serverUrl: postgresTestServerUrl() ?? url });
  const engine = await startSchemaEngine({
    schemaFiles: [[schemaPath, await readFile(schemaPath, "utf8")]],
    adapterFactory: adapter.factory,
  });
  try {
    return await run(engine, target.provider);
  } finally {
    engine.free();
    await adapter.closeConnections();
  }
}

/** What `prisma migrate status` would report for this database and migrations folder. */
export function diagnoseWithPrismaEngine(options: {
  url: string;
  migrationsDirectory: string;
}): Promise<DiagnoseMigrationHistoryOutput> {
  return withEngine(options.url, async (engine, provider) =>
    engine.diagnoseMigrationHistory({
      migrationsList: await loadMigrationList({ directory: options.migrationsDirectory, provider }),
      optInToShadowDatabase: false,
      filters: NO_FILTERS,
    }),
  );
}

/** What `prisma migrate deploy` does. */
export function applyWithPrismaEngine(options: { url: string; migrationsDirectory: string }): Promise<string[]> {
  return withEngine(options.url, async (engine, provider) => {
    const result = await engine.applyMigrations({
      migrationsList: await loadMigrationList({ directory: options.migrationsDirectory, provider }),
      filters: NO_FILTERS,
    });
    return result.appliedMigrationNames;
  });
}
