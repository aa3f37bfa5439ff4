// `npm run db:migrate`: applies pending migrations to DATABASE_URL (default file:./data/router.db),
// read from the environment or .env exactly as `npm start` reads it.
import { existsSync } from "node:fs";
import { loadEnv } from "../../lib/env";
import { migrateDatabase } from "../../lib/server/db/migrate";

async function main(): Promise<void> {
  if (existsSync(".env")) process.loadEnvFile(".env");
  const { DATABASE_URL } = loadEnv();
  const report = await migrateDatabase({ url: DATABASE_URL, log: (line) => console.log(line) });
  const state =
    report.appliedMigrationNames.length === 0 ? "already up to date" : `applied ${report.appliedMigrationNames.length}`;
  console.log(`${report.provider} database: ${state} (${report.knownMigrationCount} migration(s) known)`);
}

main().catch((error: unknown) => {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(`db:migrate failed: ${reason}`);
  process.exitCode = 1;
});
