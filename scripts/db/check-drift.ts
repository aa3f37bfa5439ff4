// `npm run db:check`: fails (exit 1) when the two schemas drift apart or either provider's migrations
// no longer reproduce its schema. PostgreSQL is checked when TEST_DATABASE_URL names a server.
import path from "node:path";
import { parseArgs } from "node:util";
import { prismaDirectory as defaultPrismaDirectory } from "../../lib/server/db/project-paths";
import { checkDrift } from "./drift-report";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { "prisma-dir": { type: "string" } } });
  const report = await checkDrift({
    prismaDirectory: path.resolve(values["prisma-dir"] ?? defaultPrismaDirectory()),
    postgresServerUrl: process.env.TEST_DATABASE_URL || undefined,
  });
  for (const line of report.passed) console.log(`ok       ${line}`);
  for (const line of report.skipped) console.log(`skipped  ${line}`);
  for (const line of report.problems) console.error(`FAILED   ${line}`);
  if (report.problems.length > 0) {
    console.error(`db:check failed: ${report.problems.length} problem(s)`);
    process.exitCode = 1;
  } else {
    console.log("db:check passed");
  }
}

main().catch((error: unknown) => {
  console.error(`db:check could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
