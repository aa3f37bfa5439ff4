// The drift check behind `npm run db:check`: the SQLite and PostgreSQL schemas must declare the same
// models, and each provider's migrations must reproduce its schema exactly. PostgreSQL migrations are
// replayed on the server `postgresServerUrl` names (scratch databases, dropped afterwards); without one
// that check is reported as skipped.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DATABASE_PROVIDERS } from "../../lib/server/db/database-url";
import { diffMigrationsToSchema } from "./schema-engine/diff-migrations";
import { compareSchemas } from "./schema-parity";

export interface DriftReport {
  readonly problems: string[];
  readonly passed: string[];
  readonly skipped: string[];
}

export async function checkDrift(options: { prismaDirectory: string; postgresServerUrl?: string }): Promise<DriftReport> {
  const report: DriftReport = { problems: [], passed: [], skipped: [] };
  const schemaPath = (provider: string) => path.join(options.prismaDirectory, provider, "schema.prisma");
  const parity = compareSchemas({
    sqlite: await readFile(schemaPath("sqlite"), "utf8"),
    postgresql: await readFile(schemaPath("postgresql"), "utf8"),
  });
  if (parity.length === 0) report.passed.push("SQLite and PostgreSQL schemas declare the same models");
  else report.problems.push(...parity.map((line) => `schema drift: ${line}`));

  for (const provider of DATABASE_PROVIDERS) {
    if (provider === "postgresql" && !options.postgresServerUrl) {
      report.skipped.push("PostgreSQL migrations vs schema (set TEST_DATABASE_URL to check them)");
      continue;
    }
    const diff = await diffMigrationsToSchema({
      provider,
      schemaPath: schemaPath(provider),
      migrationsDirectory: path.join(options.prismaDirectory, provider, "migrations"),
      postgresServerUrl: options.postgresServerUrl,
    });
    if (diff.upToDate) {
      report.passed.push(`${provider} migrations reproduce prisma/${provider}/schema.prisma`);
    } else {
      report.problems.push(
        `${provider} migrations do not reproduce the schema; run \`npm run db:migration:create -- --name <name>\`. Missing SQL:\n${diff.script.trim()}`,
      );
    }
  }
  return report;
}
