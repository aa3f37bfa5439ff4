// Adds hand-written migrations to a copied migrations folder.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

export async function addMigration(options: { migrationsDirectory: string; name: string; script: string }): Promise<void> {
  const folder = path.join(options.migrationsDirectory, options.name);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, "migration.sql"), options.script);
}

/** A migration that takes a while, widening the window in which concurrent migrators could collide. */
export function slowMigrationScript(provider: "sqlite" | "postgresql"): string {
  const wait =
    provider === "postgresql"
      ? "SELECT pg_sleep(0.4);"
      : "WITH RECURSIVE counter(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM counter WHERE n < 2000000) SELECT count(*) FROM counter;";
  return `CREATE TABLE "slow_marker" ("id" INTEGER NOT NULL);\n${wait}\nINSERT INTO "slow_marker" ("id") VALUES (1);\n`;
}
