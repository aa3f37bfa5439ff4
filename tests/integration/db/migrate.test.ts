// The runtime migrator on fresh SQLite and PostgreSQL databases: applies every migration once,
// records it as Prisma Migrate does, and is a no-op on the next start.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/server/db/migrate";
import { readMigrationFiles } from "@/lib/server/db/migrations/migration-files";
import { migrationsDirectoryFor, schemaPathFor } from "@/lib/server/db/project-paths";
import { createTestDatabase, testProviders, type TestDatabase } from "@/tests/helpers/test-database";
import { listTables, readMigrationRows } from "./support/migration-rows";
import { applyWithPrismaEngine, diagnoseWithPrismaEngine } from "./support/prisma-engine";

/** Every table the schema maps a model to, plus Prisma's own migrations table. */
async function schemaTables(provider: "sqlite" | "postgresql"): Promise<string[]> {
  const schema = await readFile(schemaPathFor(provider), "utf8");
  const mapped = [...schema.matchAll(/@@map\("([^"]+)"\)/g)].map((match) => match[1]!);
  return ["_prisma_migrations", ...mapped].sort();
}

describe.each(testProviders())("migrations on %s", (provider) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.cleanup();
    database = undefined;
  });

  it("applies every migration on a fresh database, then nothing on a second run", async () => {
    database = await createTestDatabase(provider, { migrate: false });
    const files = await readMigrationFiles(migrationsDirectoryFor(provider));
    expect(files.length).toBeGreaterThan(0);

    const first = await migrateDatabase({ url: database.url });
    expect(first.appliedMigrationNames).toEqual(files.map((file) => file.name));
    expect(await listTables(database.url)).toEqual(await schemaTables(provider));

    const second = await migrateDatabase({ url: database.url });
    expect(second.appliedMigrationNames).toEqual([]);
    expect(second.knownMigrationCount).toBe(files.length);
  });

  it("records each migration with Prisma's checksum (SHA-256 of migration.sql)", async () => {
    database = await createTestDatabase(provider);
    const rows = await readMigrationRows(database.url);
    const files = await readMigrationFiles(migrationsDirectoryFor(provider));
    expect(rows).toEqual(
      files.map((file) => ({
        migrationName: file.name,
        checksum: createHash("sha256").update(file.script).digest("hex"),
        finished: true,
        appliedStepsCount: 1,
      })),
    );
    const onDisk = await readFile(path.join(migrationsDirectoryFor(provider), files[0]!.name, "migration.sql"));
    expect(rows[0]?.checksum).toBe(createHash("sha256").update(onDisk).digest("hex"));
  });

  it("leaves a history Prisma Migrate accepts as up to date", async () => {
    database = await createTestDatabase(provider);
    const diagnosis = await diagnoseWithPrismaEngine({
      url: database.url,
      migrationsDirectory: migrationsDirectoryFor(provider),
    });
    expect(diagnosis).toEqual({ editedMigrationNames: [], failedMigrationNames: [], hasMigrationsTable: true, history: null });
  });

  it("accepts a database migrated by Prisma Migrate and applies nothing twice", async () => {
    database = await createTestDatabase(provider, { migrate: false });
    const migrationsDirectory = migrationsDirectoryFor(provider);
    const appliedByPrisma = await applyWithPrismaEngine({ url: database.url, migrationsDirectory });
    expect(appliedByPrisma.length).toBeGreaterThan(0);

    const report = await migrateDatabase({ url: database.url });
    expect(report.appliedMigrationNames).toEqual([]);
    expect((await readMigrationRows(database.url)).map((row) => row.migrationName)).toEqual(appliedByPrisma);
  });
});
