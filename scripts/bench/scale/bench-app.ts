import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadEnv } from "@/lib/env";
import { createAppServices, type AppServices, type AppServicesOptions } from "@/lib/server/app-services";
import { openDatabase } from "@/lib/server/db/client";
import type { DatabaseProvider } from "@/lib/server/db/database-url";
import { migrateDatabase } from "@/lib/server/db/migrate";
import { seedDefaultRegistry } from "@/lib/server/registry/seed-default-registry";
import { createScratchDatabase } from "@/scripts/db/postgres-scratch";

// Scratch databases for the scale benchmark (a SQLite file in a temp directory, or a database
// created on the PostgreSQL server a URL names and dropped afterwards), migrated and seeded with the
// default registry as `npm start` does, and the app's services over them.

export interface ScratchTarget {
  provider: DatabaseProvider;
  url: string;
  drop(): Promise<void>;
}

export async function createScratchTarget(provider: DatabaseProvider, serverUrl: string | undefined, prefix: string): Promise<ScratchTarget> {
  if (provider === "postgresql") {
    if (!serverUrl) throw new Error("PostgreSQL needs BENCH_DATABASE_URL or TEST_DATABASE_URL");
    const scratch = await createScratchDatabase({ serverUrl, prefix });
    return { provider, url: scratch.url, drop: scratch.drop };
  }
  const directory = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
  return { provider, url: `file:${path.join(directory, "router.db")}`, drop: async () => rmSync(directory, { recursive: true, force: true }) };
}

/** Migrates and seeds the registry, then opens the services (no background refresh, quiet). */
export async function openBenchApp(url: string, options: Omit<AppServicesOptions, "env"> & { env?: Record<string, string> } = {}): Promise<AppServices> {
  await migrateDatabase({ url });
  const database = await openDatabase(url);
  await seedDefaultRegistry(database.prisma);
  await database.close();
  const { env, ...rest } = options;
  return createAppServices({
    refreshIntervalMs: 0,
    log: () => undefined,
    ...rest,
    env: loadEnv({ NODE_ENV: "production", LOG_LEVEL: "silent", DATABASE_URL: url, SIMULATOR_LATENCY_SCALE: "0", ...env }),
  });
}
