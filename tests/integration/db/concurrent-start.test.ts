// Several instances starting at once against one database must apply each migration exactly once:
// PostgreSQL through Prisma Migrate's advisory lock, SQLite through BEGIN IMMEDIATE.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/server/db/migrate";
import { readMigrationFiles } from "@/lib/server/db/migrations/migration-files";
import { PROJECT_ROOT } from "@/lib/server/db/project-paths";
import { createTestDatabase, postgresTestServerUrl, testProviders, type TestDatabase } from "@/tests/helpers/test-database";
import { addMigration, slowMigrationScript } from "./support/extra-migrations";
import { queryRows, readMigrationRows } from "./support/migration-rows";
import { copyPrismaDirectory, type PrismaCopy } from "./support/prisma-copy";

const runFile = promisify(execFile);
const childScript = path.join(PROJECT_ROOT, "tests/integration/db/support/migrate-child.ts");

async function expectEachAppliedOnce(url: string, migrationsDirectory: string, applied: string[]): Promise<void> {
  const rows = await readMigrationRows(url);
  expect(rows).toHaveLength((await readMigrationFiles(migrationsDirectory)).length);
  expect([...applied].sort()).toEqual(rows.map((row) => row.migrationName).sort());
  expect(await queryRows(url, 'SELECT "id" FROM "slow_marker"')).toHaveLength(1);
}

describe.each(testProviders())("concurrent migrators on %s", (provider) => {
  let database: TestDatabase | undefined;
  let copy: PrismaCopy | undefined;
  afterEach(async () => {
    await database?.cleanup();
    await copy?.remove();
    database = undefined;
    copy = undefined;
  });

  async function freshDatabaseWithSlowMigration(): Promise<{ url: string; migrationsDirectory: string }> {
    copy = await copyPrismaDirectory();
    const migrationsDirectory = copy.migrationsDirectory(provider);
    await addMigration({ migrationsDirectory, name: "29990101000000_slow", script: slowMigrationScript(provider) });
    database = await createTestDatabase(provider, { migrate: false });
    return { url: database.url, migrationsDirectory };
  }

  it("three processes started together apply each migration once", async () => {
    const { url, migrationsDirectory } = await freshDatabaseWithSlowMigration();
    const startAt = String(Date.now() + 2_500);
    const children = Array.from({ length: 3 }, () =>
      runFile(process.execPath, ["--import", "tsx", childScript, url, migrationsDirectory, startAt], { cwd: PROJECT_ROOT }),
    );
    const outputs = await Promise.all(children);
    const applied = outputs.flatMap((output) => JSON.parse(output.stdout) as string[]);
    await expectEachAppliedOnce(url, migrationsDirectory, applied);
  });
});

describe.runIf(Boolean(postgresTestServerUrl()))("concurrent migrators in one process on postgresql", () => {
  let database: TestDatabase | undefined;
  let copy: PrismaCopy | undefined;
  afterEach(async () => {
    await database?.cleanup();
    await copy?.remove();
  });

  it("four migrators, each on its own connection, apply each migration once", async () => {
    copy = await copyPrismaDirectory();
    const migrationsDirectory = copy.migrationsDirectory("postgresql");
    await addMigration({ migrationsDirectory, name: "29990101000000_slow", script: slowMigrationScript("postgresql") });
    database = await createTestDatabase("postgresql", { migrate: false });
    const url = database.url;
    const reports = await Promise.all(Array.from({ length: 4 }, () => migrateDatabase({ url, migrationsDirectory })));
    await expectEachAppliedOnce(url, migrationsDirectory, reports.flatMap((report) => report.appliedMigrationNames));
  });
});
