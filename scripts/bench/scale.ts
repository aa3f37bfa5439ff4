// Does the console stay fast with a million stored requests? Seeds a scratch database with N
// requests over 30 days (default 1,000,000), copied from real requests' writes and bulk-written with
// the app's own row statements, with the rollups, histograms, budget ledger, statistics and ratings
// the app keeps as requests are written; writes a few hundred more through the app's real path and
// checks that every aggregate agrees with the rows; then times every read endpoint and each console
// page's data over real HTTP against the app's route handlers (in process, no `next build`),
// 30 times each after a warm-up. Target: p95 under 200 ms. SQLite in a temp directory, and
// PostgreSQL too when BENCH_DATABASE_URL or TEST_DATABASE_URL names a server (a scratch database
// is created there and dropped). Prints a table per database and writes bench-results/scale/<timestamp>.json.
//
// Run: npm run bench:scale [-- --requests 20000] [--provider sqlite|postgresql] [--repetitions 30] [--keep-database]

import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { seededRandom } from "@/lib/router/learning/seeded-random";
import type { PolicyName } from "@/lib/router/types";
import type { AppServices } from "@/lib/server/app-services";
import { parseDatabaseUrl, type DatabaseProvider } from "@/lib/server/db/database-url";
import { setAppServices } from "@/lib/server/services";
import { sql } from "@/lib/server/sql/sql-statement";
import { startHandlerServer } from "@/tests/integration/api/support/handler-server";
import { mixedRouteInput, sendThroughApp } from "./scale/app-traffic";
import { createScratchTarget, openBenchApp, type ScratchTarget } from "./scale/bench-app";
import { checkConsistency } from "./scale/consistency-check";
import { timeGet, timeParallelGets, type HttpSample } from "./scale/http-timing";
import { generatePrompt } from "./scale/prompt-bank";
import { formatTable, summarise, TARGET_P95_MS, type ScenarioResult } from "./scale/scale-report";
import { pickFixtures, scenarios } from "./scale/scenarios";
import { seedRequests, type SeedSummary } from "./scale/seed-requests";
import { harvestTemplates, type TemplateWrite } from "./scale/template-requests";

const { values: args } = parseArgs({
  options: {
    requests: { type: "string", default: "1000000" },
    days: { type: "string", default: "30" },
    templates: { type: "string", default: "3000" },
    "app-writes": { type: "string", default: "300" },
    repetitions: { type: "string", default: "30" },
    warmup: { type: "string", default: "3" },
    provider: { type: "string" },
    seed: { type: "string", default: "7" },
    /** Leave the scratch database in place (its URL is printed) to look at query plans afterwards. */
    "keep-database": { type: "boolean", default: false },
  },
});
const REQUESTS = Number(args.requests);
const DAYS = Number(args.days);
const REPETITIONS = Number(args.repetitions);
const WARMUP = Number(args.warmup);
const SEED = Number(args.seed);
const APP_WRITES = Number(args["app-writes"]);
const HIGH_BUDGET_USD = 1_000_000;

const seconds = (since: number) => Number(((performance.now() - since) / 1000).toFixed(1));
const log = (line: string) => console.log(line);

async function databaseBytes(services: AppServices, target: ScratchTarget): Promise<number> {
  if (target.provider === "postgresql") {
    const [row] = await services.sql.query(sql`SELECT pg_database_size(current_database()) AS bytes`);
    return Number(row?.bytes ?? 0);
  }
  const location = parseDatabaseUrl(target.url);
  const file = location.provider === "sqlite" ? location.filePath : "";
  return ["", "-wal"].reduce((sum, suffix) => sum + (statSync(`${file}${suffix}`, { throwIfNoEntry: false })?.size ?? 0), 0);
}

async function seed(target: ScratchTarget, templates: readonly TemplateWrite[], now: number): Promise<{ summary: SeedSummary; seconds: number }> {
  const services = await openBenchApp(target.url);
  try {
    const started = performance.now();
    let reported = 0;
    const summary = await seedRequests(services, {
      count: REQUESTS,
      days: DAYS,
      now,
      seed: SEED,
      templates,
      onProgress: (done) => {
        if (done - reported < 100_000 && done < REQUESTS) return;
        reported = done;
        log(`  seeded ${done.toLocaleString("en")} requests (${seconds(started)} s)`);
      },
    });
    const seedSeconds = seconds(started);
    // PostgreSQL's autovacuum analyses (and marks visible) a freshly loaded table within minutes; do it now.
    if (target.provider === "postgresql") await services.sql.run(sql`VACUUM (ANALYZE)`);
    return { summary, seconds: seedSeconds };
  } finally {
    await services.close();
  }
}

async function writeThroughApp(services: AppServices): Promise<void> {
  const random = seededRandom(SEED + 100);
  const policies = services.policyNames() as PolicyName[];
  for (let index = 0; index < APP_WRITES; index++) await sendThroughApp(services, mixedRouteInput(random, generatePrompt(random), policies));
}

async function measure(baseUrl: string, services: AppServices): Promise<ScenarioResult[]> {
  const fixtures = await pickFixtures(services.sql, REQUESTS, 40);
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios(fixtures)) {
    const run = (iteration: number): Promise<HttpSample> => {
      const urls = scenario.paths(iteration).map((pathname) => `${baseUrl}${pathname}`);
      return scenario.page ? timeParallelGets(urls) : timeGet(urls[0]!, { csv: scenario.csv });
    };
    for (let iteration = 0; iteration < WARMUP; iteration++) await run(iteration);
    const samples: HttpSample[] = [];
    for (let iteration = 0; iteration < REPETITIONS; iteration++) {
      const sample = await run(iteration);
      if (sample.status !== 200) throw new Error(`${scenario.name}: HTTP ${sample.status}`);
      samples.push(sample);
    }
    const result = summarise(scenario.name, samples, scenario.csv === true);
    results.push(result);
    log(`  ${scenario.name}: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms`);
  }
  return results;
}

async function benchmark(target: ScratchTarget, templates: readonly TemplateWrite[]) {
  const now = Date.now();
  log(`\n[${target.provider}] seeding ${REQUESTS.toLocaleString("en")} requests over ${DAYS} days`);
  const seeded = await seed(target, templates, now);
  log(`  ${JSON.stringify(seeded.summary)}`);
  const services = await openBenchApp(target.url);
  try {
    await services.settings.updateBudget({ hourly_budget: HIGH_BUDGET_USD });
    const started = performance.now();
    await writeThroughApp(services);
    const appWriteSeconds = seconds(started);
    const problems = await checkConsistency(services.sql);
    log(`  ${APP_WRITES} requests through the app (${appWriteSeconds} s); consistency: ${problems.length === 0 ? "rows, rollups, histograms, ledger and statistics agree" : `${problems.length} problems`}`);
    if (problems.length > 0) throw new Error(`seeded data is inconsistent:\n${problems.slice(0, 20).join("\n")}`);
    const bytes = await databaseBytes(services, target);
    setAppServices(services);
    const server = await startHandlerServer(path.resolve("app"));
    try {
      const results = await measure(server.baseUrl, services);
      return { provider: target.provider, seed: { ...seeded, appWrites: APP_WRITES, databaseBytes: bytes }, results };
    } finally {
      setAppServices(undefined);
      await server.close();
    }
  } finally {
    await services.close();
  }
}

function providers(): Array<{ provider: DatabaseProvider; serverUrl?: string }> {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
  const all: Array<{ provider: DatabaseProvider; serverUrl?: string }> = [{ provider: "sqlite" }];
  if (serverUrl) all.push({ provider: "postgresql", serverUrl });
  if (!args.provider) return all;
  const chosen = all.filter((entry) => entry.provider === args.provider);
  if (chosen.length === 0) throw new Error(`--provider ${args.provider}: not available (postgresql needs BENCH_DATABASE_URL or TEST_DATABASE_URL)`);
  return chosen;
}

async function main(): Promise<void> {
  const started = performance.now();
  log(`scale benchmark: ${REQUESTS.toLocaleString("en")} requests, ${REPETITIONS} timed runs per scenario after ${WARMUP} warm-up; node ${process.version}, ${cpus().length} cores`);
  const templates = await harvestTemplates({ count: Number(args.templates), seed: SEED });
  log(`harvested ${templates.length} real request writes to copy from (${seconds(started)} s)`);
  const runs = [];
  for (const { provider, serverUrl } of providers()) {
    const target = await createScratchTarget(provider, serverUrl, "bench_scale");
    // Interrupted (Ctrl+C): the scratch database is dropped all the same (a few GB at full size).
    const dropOnSignal = () => void target.drop().finally(() => process.exit(130));
    if (!args["keep-database"]) process.once("SIGINT", dropOnSignal).once("SIGTERM", dropOnSignal);
    try {
      runs.push(await benchmark(target, templates));
    } finally {
      process.off("SIGINT", dropOnSignal).off("SIGTERM", dropOnSignal);
      if (args["keep-database"]) log(`kept the ${provider} database: ${target.url}`);
      else await target.drop();
    }
  }
  for (const run of runs) {
    const over = run.results.filter((result) => result.p95Ms > TARGET_P95_MS).length;
    log(`\n${formatTable(`${run.provider}: ${REQUESTS.toLocaleString("en")} seeded requests, ${(run.seed.databaseBytes / 1e9).toFixed(2)} GB, seeded in ${run.seed.seconds} s; ${over} of ${run.results.length} over ${TARGET_P95_MS} ms p95`, run.results)}`);
  }
  const directory = path.join("bench-results", "scale");
  mkdirSync(directory, { recursive: true });
  const file = path.join(directory, `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  const config = { requests: REQUESTS, days: DAYS, templates: templates.length, repetitions: REPETITIONS, warmup: WARMUP, seed: SEED, targetP95Ms: TARGET_P95_MS };
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: cpus().length, config, runs }, null, 2));
  log(`\nwrote ${file} (${seconds(started)} s in all)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
