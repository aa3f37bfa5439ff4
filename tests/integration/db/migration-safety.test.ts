// The migrator refuses histories it cannot trust and rolls back a failing migration completely.
import { appendFile, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MigrationFailedError, MigrationHistoryError, migrateDatabase } from "@/lib/server/db/migrate";
import { createTestDatabase, testProviders, type TestDatabase } from "@/tests/helpers/test-database";
import { addMigration } from "./support/extra-migrations";
import { listTables, readMigrationRows } from "./support/migration-rows";
import { copyPrismaDirectory, type PrismaCopy } from "./support/prisma-copy";

describe.each(testProviders())("migration safety on %s", (provider) => {
  let database: TestDatabase | undefined;
  let copy: PrismaCopy | undefined;
  afterEach(async () => {
    await database?.cleanup();
    await copy?.remove();
    database = undefined;
    copy = undefined;
  });

  async function setUp(): Promise<{ url: string; migrationsDirectory: string; firstMigration: string; appliedMigrations: string[] }> {
    copy = await copyPrismaDirectory();
    const migrationsDirectory = copy.migrationsDirectory(provider);
    database = await createTestDatabase(provider, { migrationsDirectory });
    const appliedMigrations = database.migration?.appliedMigrationNames ?? [];
    const firstMigration = appliedMigrations[0];
    if (!firstMigration) throw new Error("expected the initial migration to be applied");
    return { url: database.url, migrationsDirectory, firstMigration, appliedMigrations };
  }

  it("refuses to continue when an applied migration was edited, applying nothing", async () => {
    const { url, migrationsDirectory, firstMigration } = await setUp();
    await appendFile(path.join(migrationsDirectory, firstMigration, "migration.sql"), "\n-- edited later\n");
    await addMigration({ migrationsDirectory, name: "29990101000000_pending", script: 'CREATE TABLE "pending" ("id" INTEGER);' });

    const attempt = migrateDatabase({ url, migrationsDirectory });
    await expect(attempt).rejects.toBeInstanceOf(MigrationHistoryError);
    await expect(attempt).rejects.toMatchObject({ problem: "checksum_mismatch", migrationNames: [firstMigration] });
    expect(await listTables(url)).not.toContain("pending");
  });

  it("accepts an applied migration whose line endings git converted", async () => {
    const { url, migrationsDirectory, firstMigration } = await setUp();
    const scriptPath = path.join(migrationsDirectory, firstMigration, "migration.sql");
    await writeFile(scriptPath, (await readFile(scriptPath, "utf8")).replaceAll("\n", "\r\n"));
    await expect(migrateDatabase({ url, migrationsDirectory })).resolves.toMatchObject({ appliedMigrationNames: [] });
  });

  it("refuses a database that has a migration this code does not know", async () => {
    const { url, migrationsDirectory } = await setUp();
    await addMigration({ migrationsDirectory, name: "29990101000000_newer", script: 'CREATE TABLE "newer" ("id" INTEGER);' });
    await migrateDatabase({ url, migrationsDirectory });
    await rm(path.join(migrationsDirectory, "29990101000000_newer"), { recursive: true });

    await expect(migrateDatabase({ url, migrationsDirectory })).rejects.toMatchObject({
      problem: "unknown_migration",
      migrationNames: ["29990101000000_newer"],
    });
  });

  it("rolls a failing migration back entirely, then applies it once fixed", async () => {
    const { url, migrationsDirectory, appliedMigrations } = await setUp();
    const name = "29990101000000_broken";
    await addMigration({
      migrationsDirectory,
      name,
      script: 'CREATE TABLE "half_done" ("id" INTEGER);\nINSERT INTO "no_such_table" VALUES (1);\n',
    });

    const attempt = migrateDatabase({ url, migrationsDirectory });
    await expect(attempt).rejects.toBeInstanceOf(MigrationFailedError);
    await expect(attempt).rejects.toMatchObject({ migrationName: name });
    expect(await listTables(url)).not.toContain("half_done");
    expect((await readMigrationRows(url)).map((row) => row.migrationName)).toEqual(appliedMigrations);

    await addMigration({ migrationsDirectory, name, script: 'CREATE TABLE "half_done" ("id" INTEGER);\n' });
    await expect(migrateDatabase({ url, migrationsDirectory })).resolves.toMatchObject({ appliedMigrationNames: [name] });
    expect(await listTables(url)).toContain("half_done");
  });
});
