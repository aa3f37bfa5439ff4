// "What SQL takes this migrations folder to this schema?" asked of the wasm schema engine. An empty
// answer means the migrations reproduce the schema exactly. SQLite replays the migrations in memory;
// PostgreSQL needs a server (TEST_DATABASE_URL) on which scratch databases are created and dropped.
import { readFile } from "node:fs/promises";
import type { DatabaseProvider } from "../../../lib/server/db/database-url";
import { createScratchDatabase } from "../postgres-scratch";
import { postgresEngineAdapter, sqliteEngineAdapter } from "./engine-adapters";
import { startSchemaEngine } from "./load-schema-engine";
import { loadMigrationList } from "./migration-list";

export interface MigrationsDiff {
  /** True when the migrations already produce the schema. */
  readonly upToDate: boolean;
  /** The SQL that would close the gap (empty when up to date). */
  readonly script: string;
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };
const DIFF_EXIT_CODE_CHANGES = 2;

export class PostgresServerRequiredError extends Error {
  override readonly name = "PostgresServerRequiredError";
}

export async function diffMigrationsToSchema(options: {
  provider: DatabaseProvider;
  schemaPath: string;
  migrationsDirectory: string;
  /** A PostgreSQL URL whose server may host scratch databases; required for postgresql. */
  postgresServerUrl?: string;
}): Promise<MigrationsDiff> {
  const schema = await readFile(options.schemaPath, "utf8");
  const migrations = await loadMigrationList({ directory: options.migrationsDirectory, provider: options.provider });
  let scratchMain: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
  let adapter = sqliteEngineAdapter();
  if (options.provider === "postgresql") {
    if (!options.postgresServerUrl) {
      throw new PostgresServerRequiredError("Diffing PostgreSQL migrations needs a server: set TEST_DATABASE_URL");
    }
    // The engine only needs the main database to exist; a scratch one keeps real data out of reach.
    scratchMain = await createScratchDatabase({ serverUrl: options.postgresServerUrl, prefix: "prisma_diff" });
    adapter = postgresEngineAdapter({ mainUrl: scratchMain.url, serverUrl: options.postgresServerUrl });
  }
  const engine = await startSchemaEngine({ schemaFiles: [[options.schemaPath, schema]], adapterFactory: adapter.factory });
  try {
    const result = await engine.diff({
      from: { tag: "migrations", ...migrations },
      to: { tag: "schemaDatamodel", files: [{ path: options.schemaPath, content: schema }] },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    });
    const upToDate = result.exitCode !== DIFF_EXIT_CODE_CHANGES;
    return { upToDate, script: upToDate ? "" : (result.stdout ?? "") };
  } finally {
    engine.free();
    await adapter.closeConnections();
    await scratchMain?.drop();
  }
}
