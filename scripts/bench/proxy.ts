// Server CPU per proxied request, the figure a gateway is judged by: the production build
// (`next start`, as `npm start` serves it) answers OpenAI-style POST /v1/chat/completions, and for
// every request classifies the prompt, decides, reserves budget, calls the provider through the
// official `openai` SDK over real HTTP (a local server speaking OpenAI's wire format stands in for
// OpenAI) and writes the request, its attempts and rollups to the database before answering.
// The server's process-tree CPU (user + system, from /proc) is read before and after each run and
// divided by the requests answered. Scenarios: routed (`model: "auto"`), routed and streamed, a
// pinned model, and GET /health as a floor (Next.js plus one `SELECT 1` through Prisma, with no
// classification, provider call or write); sequential and concurrent. Medians of several runs; the load generator and the fake
// provider run in this process, so their CPU is not counted.
// Prints a table and writes bench-results/proxy/<timestamp>.json.
// Run: npm run bench:proxy   (PostgreSQL too when BENCH_DATABASE_URL or TEST_DATABASE_URL is set)
//      options: --runs 5 --requests 1000 --concurrency 1,16 --databases sqlite,postgresql
//               --scenarios health,routed,streamed,pinned
//               --portkey <…/node_modules/@portkey-ai/gateway/build/start-server.js>: the same
//               load through the Portkey gateway on the same fake provider, for comparison

import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { seededRandom } from "@/lib/router/learning/seeded-random";
import type { DatabaseProvider } from "@/lib/server/db/database-url";
import { prepareDatabase } from "@/lib/server/setup/prepare-database";
import { createScratchTarget } from "@/scripts/bench/scale/bench-app";
import { generatePrompt } from "@/scripts/bench/scale/prompt-bank";
import { runLoad } from "@/scripts/bench/proxy/load";
import { processTreeCpuMs } from "@/scripts/bench/proxy/process-cpu";
import { startOpenAIWireServer } from "@/tests/fakes/openai-wire-server";
import type { FakeWireServer } from "@/tests/fakes/wire-server";
import { buildIfStale } from "@/scripts/lib/build-state.mjs";
import { median, percentile } from "@/scripts/bench/statistics";

const root = path.resolve(import.meta.dirname, "../..");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");
const WARMUP_REQUESTS = 400;
const PORT = 3190;
const PORTKEY_PORT = 3191;
/** Not a real key: only the local fake provider sees it. */
const BENCH_OPENAI_KEY = "sk-bench-local-fake-provider";

interface Scenario {
  key: string;
  name: string;
  /** Null: GET /health (Next.js plus one SELECT 1 through Prisma): a floor, with no classification, call or write. */
  model: string | null;
  stream: boolean;
}

const SCENARIOS: readonly Scenario[] = [
  { key: "health", name: "GET /health", model: null, stream: false },
  { key: "routed", name: "routed (model auto)", model: "auto", stream: false },
  { key: "streamed", name: "routed, streamed", model: "auto", stream: true },
  { key: "pinned", name: "pinned model", model: "gpt-4o-mini", stream: false },
];

function requestBodies(scenario: Scenario, count: number, seed: number): Array<string | null> {
  const random = seededRandom(seed);
  if (scenario.model === null) return Array.from({ length: count }, () => null);
  return Array.from({ length: count }, () =>
    JSON.stringify({ model: scenario.model, stream: scenario.stream, max_tokens: 200, messages: [{ role: "user", content: generatePrompt(random) }] }),
  );
}

/** Polls `url` until it answers (any status below 500) or the process exits. */
async function waitForUrl(url: string, server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within 60 s`);
}

async function startServer(databaseUrl: string, providerBaseUrl: string): Promise<{ process: ChildProcess; baseUrl: string }> {
  const baseUrl = `http://127.0.0.1:${PORT}`;
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      ROUTER_API_KEY: "",
      OPENAI_API_KEY: BENCH_OPENAI_KEY,
      OPENAI_BASE_URL: providerBaseUrl,
      ANTHROPIC_API_KEY: "",
      // Models without a key are left out, so every answer comes over HTTP from the fake provider.
      SIMULATE_WITHOUT_KEYS: "false",
      LOG_LEVEL: "warn",
    },
  });
  await waitForUrl(`${baseUrl}/health`, server);
  const budget = await fetch(`${baseUrl}/v1/budget`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ hourly_budget: 1_000_000 }) });
  if (!budget.ok) throw new Error(`PUT /v1/budget answered ${budget.status}`);
  return { process: server, baseUrl };
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
}

async function storedRequests(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/v1/metrics`);
  const body = (await response.json()) as { total_requests?: number };
  return body.total_requests ?? Number.NaN;
}

interface RunFigures {
  cpuMsPerRequest: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

interface ResultRow {
  server: string;
  scenario: string;
  concurrency: number;
  median: RunFigures;
  runs: RunFigures[];
  failures: number;
  firstFailure?: string;
}

interface MeasureTarget {
  /** Row label: the database behind our server, or another gateway's name. */
  label: string;
  pid: number;
  baseUrl: string;
  headers?: Record<string, string>;
}

interface MeasureSettings {
  runs: number;
  perRun: number;
  provider: FakeWireServer;
}

function printRow(row: ResultRow): void {
  const { median: figures } = row;
  const failed = row.failures > 0 ? `  (${row.failures} failed; first: ${row.firstFailure?.slice(0, 120)})` : "";
  console.log(
    `${row.server.padEnd(11)} ${row.scenario.padEnd(20)} ${String(row.concurrency).padStart(5)} ${figures.cpuMsPerRequest.toFixed(3).padStart(11)} ${String(figures.requestsPerSecond).padStart(7)} ${figures.p50Ms.toFixed(2).padStart(7)} ${figures.p99Ms.toFixed(2).padStart(7)}${failed}`,
  );
}

/** Warms one scenario at one concurrency, then times `runs` runs; returns the row and how many were answered. */
async function measure(target: MeasureTarget, scenario: Scenario, concurrency: number, settings: MeasureSettings): Promise<{ row: ResultRow; answered: number }> {
  const load = (bodies: Array<string | null>) => runLoad({ baseUrl: target.baseUrl, concurrency, stream: scenario.stream, bodies, headers: target.headers });
  const warm = await load(requestBodies(scenario, WARMUP_REQUESTS, 1));
  let answered = warm.latenciesMs.length - warm.failures;
  const figures: RunFigures[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  for (let run = 0; run < settings.runs; run++) {
    settings.provider.reset();
    const cpuBefore = processTreeCpuMs(target.pid);
    const started = process.hrtime.bigint();
    const result = await load(requestBodies(scenario, settings.perRun, 100 + run));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpuMs = processTreeCpuMs(target.pid) - cpuBefore;
    failures += result.failures;
    firstFailure ??= result.firstFailure;
    const ok = result.latenciesMs.length - result.failures;
    answered += ok;
    figures.push({
      cpuMsPerRequest: ok > 0 ? Number((cpuMs / ok).toFixed(3)) : Number.NaN,
      requestsPerSecond: Number((result.latenciesMs.length / seconds).toFixed(0)),
      p50Ms: Number(percentile(result.latenciesMs, 0.5).toFixed(2)),
      p99Ms: Number(percentile(result.latenciesMs, 0.99).toFixed(2)),
    });
  }
  const pick = (field: keyof RunFigures) => median(figures.map((figure) => figure[field]));
  const medians: RunFigures = { cpuMsPerRequest: pick("cpuMsPerRequest"), requestsPerSecond: pick("requestsPerSecond"), p50Ms: pick("p50Ms"), p99Ms: pick("p99Ms") };
  const row: ResultRow = { server: target.label, scenario: scenario.name, concurrency, median: medians, runs: figures, failures, firstFailure };
  printRow(row);
  return { row, answered };
}

/**
 * The Portkey gateway (`@portkey-ai/gateway`, installed wherever `--portkey` points) on the same
 * fake provider, as the reference a gateway's CPU per request is compared with. It only forwards:
 * no classification, routing or persistence.
 */
async function measurePortkey(startServerJs: string, scenarios: readonly Scenario[], concurrencies: readonly number[], settings: MeasureSettings): Promise<ResultRow[]> {
  const gateway = spawn(process.execPath, [startServerJs, `--port=${PORTKEY_PORT}`, "--headless"], {
    stdio: ["ignore", "ignore", "ignore"],
    env: { ...process.env, NODE_ENV: "production" },
  });
  const baseUrl = `http://127.0.0.1:${PORTKEY_PORT}`;
  try {
    await waitForUrl(`${baseUrl}/`, gateway);
    const target: MeasureTarget = {
      label: "portkey",
      pid: gateway.pid!,
      baseUrl,
      headers: { "x-portkey-provider": "openai", "x-portkey-custom-host": settings.provider.baseUrl, authorization: `Bearer ${BENCH_OPENAI_KEY}` },
    };
    const rows: ResultRow[] = [];
    // Portkey has no router: it forwards the pinned model, plainly and streamed.
    const forwarded = scenarios
      .filter((scenario) => scenario.key === "pinned" || scenario.key === "streamed")
      .map((scenario) => ({ ...scenario, model: "gpt-4o-mini", name: scenario.stream ? "pinned, streamed" : scenario.name }));
    for (const scenario of forwarded) for (const concurrency of concurrencies) rows.push((await measure(target, scenario, concurrency, settings)).row);
    return rows;
  } finally {
    await stopServer(gateway);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: "string", default: "5" },
      requests: { type: "string", default: "1000" },
      concurrency: { type: "string", default: "1,16" },
      databases: { type: "string" },
      scenarios: { type: "string" },
      portkey: { type: "string" },
    },
  });
  const runs = Number(values.runs);
  const perRun = Number(values.requests);
  const concurrencies = values.concurrency.split(",").map(Number);
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  const databases = (values.databases?.split(",") ?? (serverUrl ? ["sqlite", "postgresql"] : ["sqlite"])) as DatabaseProvider[];

  const keys = values.scenarios?.split(",");
  const scenarios = SCENARIOS.filter((scenario) => !keys || keys.includes(scenario.key));
  if (buildIfStale(root, { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }) !== 0) throw new Error("next build failed");
  const provider = await startOpenAIWireServer({ apiKey: BENCH_OPENAI_KEY });
  const settings: MeasureSettings = { runs, perRun, provider };
  const results: ResultRow[] = [];
  console.log(`\nserver CPU per proxied request (next start; median of ${runs} runs × ${perRun} requests; node ${process.version}, ${cpus().length} cores)\n`);
  console.log(`${"server".padEnd(11)} ${"scenario".padEnd(20)} ${"conc.".padStart(5)} ${"CPU ms/req".padStart(11)} ${"req/s".padStart(7)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)}`);
  try {
    for (const database of databases) {
      const target = await createScratchTarget(database, serverUrl, "bench_proxy");
      await prepareDatabase(target.url);
      const server = await startServer(target.url, provider.baseUrl);
      const measured: MeasureTarget = { label: database, pid: server.process.pid!, baseUrl: server.baseUrl };
      let answered = 0;
      try {
        // Every path compiled and warm before the first measurement, so the first scenario is not
        // charged for the JIT and caches the later ones inherit.
        for (const scenario of scenarios) {
          if (scenario.model === null) continue;
          const warm = await runLoad({ baseUrl: server.baseUrl, concurrency: 16, stream: scenario.stream, bodies: requestBodies(scenario, WARMUP_REQUESTS, 2) });
          answered += warm.latenciesMs.length - warm.failures;
        }
        for (const scenario of scenarios) {
          for (const concurrency of concurrencies) {
            const { row, answered: count } = await measure(measured, scenario, concurrency, settings);
            results.push(row);
            if (scenario.model !== null) answered += count;
          }
        }
        const stored = await storedRequests(server.baseUrl);
        console.log(`${database}: ${answered} requests answered, ${stored} stored (GET /v1/metrics total_requests)`);
        if (stored < answered) throw new Error(`only ${stored} of ${answered} answered requests were stored`);
      } finally {
        await stopServer(server.process);
        await target.drop();
      }
    }
    if (values.portkey) results.push(...(await measurePortkey(values.portkey, scenarios, concurrencies, settings)));
  } finally {
    await provider.close();
  }
  const directory = path.join(root, "bench-results", "proxy");
  mkdirSync(directory, { recursive: true });
  const file = path.join(directory, `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: cpus().length, runs, requestsPerRun: perRun, results }, null, 2));
  console.log(`\nwrote ${path.relative(root, file)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
