// Runs one migrator in its own process, so tests can start several at once against one database.
// Usage: tsx migrate-child.ts <url> <migrationsDirectory> <startAtEpochMs>
import { setTimeout as sleep } from "node:timers/promises";
import { migrateDatabase } from "../../../../lib/server/db/migrate";

async function main(): Promise<void> {
  const [url, migrationsDirectory, startAt] = process.argv.slice(2);
  if (!url || !migrationsDirectory || !startAt) throw new Error("usage: migrate-child <url> <dir> <startAt>");
  // A shared start time lines the processes up despite their different start-up times.
  await sleep(Math.max(0, Number(startAt) - Date.now()));
  const report = await migrateDatabase({ url, migrationsDirectory });
  process.stdout.write(JSON.stringify(report.appliedMigrationNames));
}

main().catch((error: unknown) => {
  process.stderr.write(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
