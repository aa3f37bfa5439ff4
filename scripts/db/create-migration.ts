// `npm run db:migration:create -- --name <name> [--empty]`: after editing both schemas, writes the
// migration for SQLite and PostgreSQL under one name. PostgreSQL needs TEST_DATABASE_URL (a server
// on which scratch databases are created and dropped).
import path from "node:path";
import { parseArgs } from "node:util";
import { prismaDirectory as defaultPrismaDirectory } from "../../lib/server/db/project-paths";
import { createMigration } from "./migration-writer";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      name: { type: "string" },
      empty: { type: "boolean", default: false },
      "prisma-dir": { type: "string" },
    },
  });
  if (!values.name) throw new Error("Usage: npm run db:migration:create -- --name <name> [--empty]");
  const created = await createMigration({
    prismaDirectory: path.resolve(values["prisma-dir"] ?? defaultPrismaDirectory()),
    name: values.name,
    postgresServerUrl: process.env.TEST_DATABASE_URL || undefined,
    allowEmpty: values.empty,
  });
  if (!created.folderName) {
    console.log("No schema changes: both providers' migrations already reproduce their schemas.");
    return;
  }
  console.log(`Created migration ${created.folderName}:`);
  for (const file of created.writtenFiles) console.log(`  ${path.relative(process.cwd(), file)}`);
  console.log("Review the SQL, then run `npm run db:check` and commit both folders.");
}

main().catch((error: unknown) => {
  console.error(`db:migration:create failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
