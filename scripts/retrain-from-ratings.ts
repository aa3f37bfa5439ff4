// `npm run learned:retrain [-- --out <artefact.json>]`: trains the learned router on the rated
// requests stored in DATABASE_URL (read from the environment or .env, as `npm start` does) and
// writes data/learned-router.json, which running instances pick up within seconds.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadEnv } from "../lib/env";
import { RATINGS_ARTIFACT_PATH } from "../lib/server/learned/artifact-location";
import { retrainFromRatings } from "../lib/server/learned/retrain-from-ratings";
import { openSqlClient } from "../lib/server/sql/open-sql-client";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: "string", default: RATINGS_ARTIFACT_PATH } } });
  if (existsSync(".env")) process.loadEnvFile(".env");
  const { DATABASE_URL } = loadEnv();
  const client = await openSqlClient(DATABASE_URL);
  try {
    const report = await retrainFromRatings({ executor: client, outFile: values.out });
    console.log(
      `Trained on ${report.examples} ratings of ${report.prompts} prompts over ${report.models.length} models ` +
        `(${report.models.join(", ")}) in ${report.seconds.toFixed(1)} s.`,
    );
    console.log(`Wrote ${report.outFile} (${(report.bytes / 1e6).toFixed(2)} MB). Running instances reload it within 10 s.`);
  } finally {
    await client.close();
  }
}

main().catch((error: unknown) => {
  console.error(`learned:retrain failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
