// db:check on the project as it is (passes) and on drifted copies (fails, saying what drifted), and
// db:migration:create closing the gap it reports.
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { PROJECT_ROOT, prismaDirectory } from "@/lib/server/db/project-paths";
import { checkDrift } from "@/scripts/db/drift-report";
import { createMigration } from "@/scripts/db/migration-writer";
import { PostgresServerRequiredError } from "@/scripts/db/schema-engine/diff-migrations";
import { createTestDatabase, postgresTestServerUrl, testProviders } from "@/tests/helpers/test-database";
import { listColumns } from "./support/migration-rows";
import { copyPrismaDirectory, type PrismaCopy } from "./support/prisma-copy";

const runFile = promisify(execFile);
const postgresServerUrl = postgresTestServerUrl();

async function editSchema(options: { copy: PrismaCopy; provider: "sqlite" | "postgresql"; from: string; to: string }) {
  const schemaPath = options.copy.schemaPath(options.provider);
  const schema = await readFile(schemaPath, "utf8");
  if (!schema.includes(options.from)) throw new Error(`"${options.from}" not found in ${schemaPath}`);
  await writeFile(schemaPath, schema.replace(options.from, options.to));
}

const ADD_NOTES = { from: "  enabled               Boolean", to: "  notes                 String?\n  enabled               Boolean" };

describe("db:check", () => {
  let copy: PrismaCopy | undefined;
  afterEach(async () => {
    await copy?.remove();
    copy = undefined;
  });

  it("passes on the project's schemas and migrations", async () => {
    const report = await checkDrift({ prismaDirectory: prismaDirectory(), postgresServerUrl });
    expect(report.problems).toEqual([]);
    expect(report.passed).toEqual(
      expect.arrayContaining(testProviders().map((provider) => expect.stringContaining(`${provider} migrations reproduce`))),
    );
  });

  it("fails when one schema's field differs from the other's", async () => {
    copy = await copyPrismaDirectory();
    await editSchema({ copy, provider: "postgresql", from: "latencyMs             Int ", to: "latencyMs             BigInt " });
    const report = await checkDrift({ prismaDirectory: copy.directory });
    expect(report.problems).toContain("schema drift: model Model: PostgreSQL has `latencyMs BigInt @map(\"latency_ms\")`, SQLite does not");
  });

  it("fails when both schemas changed but no migration was written", async () => {
    copy = await copyPrismaDirectory();
    for (const provider of ["sqlite", "postgresql"] as const) await editSchema({ copy, provider, ...ADD_NOTES });
    const report = await checkDrift({ prismaDirectory: copy.directory, postgresServerUrl });
    expect(report.problems).toHaveLength(testProviders().length);
    for (const [index, provider] of testProviders().entries()) {
      expect(report.problems[index]).toMatch(new RegExp(`^${provider} migrations do not reproduce the schema[\\s\\S]*"notes"`));
    }
  });

  it("exits non-zero from the command line on a drifted copy, and zero on the project", async () => {
    copy = await copyPrismaDirectory();
    await editSchema({ copy, provider: "sqlite", from: "@@index([createdAt])", to: "" });
    const script = path.join(PROJECT_ROOT, "scripts/db/check-drift.ts");
    const env = { ...process.env, TEST_DATABASE_URL: "" };
    const drifted = runFile(process.execPath, ["--import", "tsx", script, "--prisma-dir", copy.directory], { env });
    await expect(drifted).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("schema drift: model ModelChange") });
    const clean = await runFile(process.execPath, ["--import", "tsx", script], { env, cwd: PROJECT_ROOT });
    expect(clean.stdout).toContain("db:check passed");
  });
});

describe("db:migration:create", () => {
  let copy: PrismaCopy | undefined;
  afterEach(async () => {
    await copy?.remove();
    copy = undefined;
  });

  it.runIf(postgresServerUrl)("writes one migration for both providers that closes the drift and applies", async () => {
    copy = await copyPrismaDirectory();
    for (const provider of ["sqlite", "postgresql"] as const) await editSchema({ copy, provider, ...ADD_NOTES });
    const created = await createMigration({ prismaDirectory: copy.directory, name: "Add notes!", postgresServerUrl });
    expect(created.folderName).toMatch(/^\d{14}_add_notes$/);
    expect(await checkDrift({ prismaDirectory: copy.directory, postgresServerUrl })).toMatchObject({ problems: [] });

    for (const provider of ["sqlite", "postgresql"] as const) {
      const migrationsDirectory = copy.migrationsDirectory(provider);
      const script = await readFile(path.join(migrationsDirectory, created.folderName ?? "", "migration.sql"), "utf8");
      expect(script).toContain('"notes" TEXT');
      const database = await createTestDatabase(provider, { migrationsDirectory });
      try {
        expect(database.migration?.appliedMigrationNames.at(-1)).toBe(created.folderName);
        expect(await listColumns(database.url, "models")).toContain("notes");
      } finally {
        await database.cleanup();
      }
    }
    const again = await createMigration({ prismaDirectory: copy.directory, name: "nothing", postgresServerUrl });
    expect(again).toEqual({ folderName: null, writtenFiles: [] });
  });

  it("refuses to write anything when the schemas differ from each other", async () => {
    copy = await copyPrismaDirectory();
    await editSchema({ copy, provider: "sqlite", ...ADD_NOTES });
    await expect(createMigration({ prismaDirectory: copy.directory, name: "half", postgresServerUrl })).rejects.toThrow(
      /same models first[\s\S]*notes String\?/,
    );
  });

  it.skipIf(postgresServerUrl)("needs a PostgreSQL server for the PostgreSQL migration", async () => {
    copy = await copyPrismaDirectory();
    for (const provider of ["sqlite", "postgresql"] as const) await editSchema({ copy, provider, ...ADD_NOTES });
    await expect(createMigration({ prismaDirectory: copy.directory, name: "x" })).rejects.toBeInstanceOf(
      PostgresServerRequiredError,
    );
  });
});

