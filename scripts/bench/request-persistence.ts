// Per-request cost of persistence on SQLite and PostgreSQL: the budget reservation before the call
// and the one-transaction write after it (request, attempts, rollups, histogram, settlement,
// statistics), timed around those two calls (wall and this process's CPU), next to the whole
// in-process request (classify, decide, simulated call with no latency, write). Sequential
// requests, so CPU deltas belong to the request being timed; then the same requests 32 at a time
// (process CPU per request: where SQLite's group commit and PostgreSQL's pool show). PostgreSQL runs when
// BENCH_DATABASE_URL or TEST_DATABASE_URL names a server (a scratch database is created on it).
// Prints a table and writes bench-results/request-persistence/<timestamp>.json.
// Run: npm run bench:persistence

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { loadEnv } from "@/lib/env";
import { createAppServices, type AppServices } from "@/lib/server/app-services";
import { openDatabase } from "@/lib/server/db/client";
import { migrateDatabase } from "@/lib/server/db/migrate";
import { seedDefaultRegistry } from "@/lib/server/registry/seed-default-registry";
import { executeRouted } from "@/lib/server/routing/execute-routed";
import type { RouteInput } from "@/lib/server/routing/route-input";
import { createScratchDatabase } from "@/scripts/db/postgres-scratch";
import { median } from "@/scripts/bench/statistics";

const RUNS = 5;
const CONCURRENCY = 32;
const REQUESTS_PER_RUN = 1_000;
const WARMUP = 300;

interface Timing {
  wallMicros: number;
  cpuMicros: number;
}

function timed<Args extends unknown[], Result>(target: (...args: Args) => Promise<Result>, into: Timing): (...args: Args) => Promise<Result> {
  return async (...args) => {
    const cpu = process.cpuUsage();
    const started = process.hrtime.bigint();
    try {
      return await target(...args);
    } finally {
      into.wallMicros += Number(process.hrtime.bigint() - started) / 1000;
      const used = process.cpuUsage(cpu);
      into.cpuMicros += used.user + used.system;
    }
  };
}

function input(index: number): RouteInput {
  const prompt = `What is the capital of country number ${index}?`;
  return { endpoint: "route", prompt, systemPrompt: null, messages: [{ role: "user", content: prompt }], classifier: "rules", policy: "static", execute: true, stream: false, caller: { apiKeyLabel: "bench" } };
}

async function prepare(url: string): Promise<AppServices> {
  await migrateDatabase({ url });
  const database = await openDatabase(url);
  await seedDefaultRegistry(database.prisma);
  await database.close();
  const services = await createAppServices({ env: loadEnv({ NODE_ENV: "test", DATABASE_URL: url, SIMULATOR_LATENCY_SCALE: "0" }), refreshIntervalMs: 0, log: () => undefined });
  await services.settings.updateBudget({ hourly_budget: 1_000_000 });
  return services;
}

async function measure(services: AppServices) {
  const reserve: Timing = { wallMicros: 0, cpuMicros: 0 };
  const write: Timing = { wallMicros: 0, cpuMicros: 0 };
  const store = services.budgetStore;
  store.tryReserve = timed(store.tryReserve.bind(store), reserve);
  const writer = services.completion.writer;
  writer.write = timed(writer.write.bind(writer), write);
  const request = async (index: number) => executeRouted(await services.decider.decide(input(index)), services.completion);
  for (let index = 0; index < WARMUP; index++) await request(index);
  const runs: Array<{ requestWall: number; requestCpu: number; reserveWall: number; reserveCpu: number; writeWall: number; writeCpu: number }> = [];
  for (let run = 0; run < RUNS; run++) {
    for (const timing of [reserve, write]) Object.assign(timing, { wallMicros: 0, cpuMicros: 0 });
    const cpu = process.cpuUsage();
    const started = process.hrtime.bigint();
    for (let index = 0; index < REQUESTS_PER_RUN; index++) await request(index);
    const used = process.cpuUsage(cpu);
    const per = (value: number) => Number((value / REQUESTS_PER_RUN).toFixed(1));
    runs.push({
      requestWall: per(Number(process.hrtime.bigint() - started) / 1000),
      requestCpu: per(used.user + used.system),
      reserveWall: per(reserve.wallMicros),
      reserveCpu: per(reserve.cpuMicros),
      writeWall: per(write.wallMicros),
      writeCpu: per(write.cpuMicros),
    });
  }
  const concurrent: Array<{ requestCpu: number; wallPerRequest: number }> = [];
  for (let run = 0; run < RUNS; run++) {
    const cpu = process.cpuUsage();
    const started = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, worker) => {
        for (let index = worker; index < REQUESTS_PER_RUN; index += CONCURRENCY) await request(index);
      }),
    );
    const used = process.cpuUsage(cpu);
    concurrent.push({
      requestCpu: Number(((used.user + used.system) / REQUESTS_PER_RUN).toFixed(1)),
      wallPerRequest: Number((Number(process.hrtime.bigint() - started) / 1000 / REQUESTS_PER_RUN).toFixed(1)),
    });
  }
  return { runs, concurrent };
}


async function main(): Promise<void> {
  const results: Record<string, unknown> = {};
  const directory = mkdtempSync(path.join(tmpdir(), "bench-persistence-"));
  const targets: Array<{ provider: string; url: string; drop: () => Promise<void> }> = [
    { provider: "sqlite", url: `file:${path.join(directory, "bench.db")}`, drop: async () => rmSync(directory, { recursive: true, force: true }) },
  ];
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const scratch = await createScratchDatabase({ serverUrl, prefix: "bench_router" });
    targets.push({ provider: "postgresql", url: scratch.url, drop: scratch.drop });
  }
  console.log(`\npersistence cost per request (median of ${RUNS} runs × ${REQUESTS_PER_RUN} sequential requests; node ${process.version}, ${cpus().length} cores)\n`);
  console.log(`${"provider".padEnd(11)} ${"reserve wall".padStart(13)} ${"reserve CPU".padStart(12)} ${"write wall".padStart(11)} ${"write CPU".padStart(10)} ${"DB CPU total".padStart(13)} ${"request wall".padStart(13)} ${"request CPU".padStart(12)} ${`CPU @${CONCURRENCY} conc.`.padStart(16)}   (µs)`);
  for (const target of targets) {
    const services = await prepare(target.url);
    try {
      const { runs, concurrent } = await measure(services);
      const pick = (field: keyof (typeof runs)[number]) => median(runs.map((entry) => entry[field]));
      const row = { reserveWall: pick("reserveWall"), reserveCpu: pick("reserveCpu"), writeWall: pick("writeWall"), writeCpu: pick("writeCpu"), requestWall: pick("requestWall"), requestCpu: pick("requestCpu") };
      const underLoad = { requestCpu: median(concurrent.map((entry) => entry.requestCpu)), wallPerRequest: median(concurrent.map((entry) => entry.wallPerRequest)) };
      results[target.provider] = { ...row, dbCpu: Number((row.reserveCpu + row.writeCpu).toFixed(1)), runs, concurrency: CONCURRENCY, underLoad, concurrent };
      console.log(
        `${target.provider.padEnd(11)} ${row.reserveWall.toFixed(1).padStart(13)} ${row.reserveCpu.toFixed(1).padStart(12)} ${row.writeWall.toFixed(1).padStart(11)} ${row.writeCpu.toFixed(1).padStart(10)} ${(row.reserveCpu + row.writeCpu).toFixed(1).padStart(13)} ${row.requestWall.toFixed(1).padStart(13)} ${row.requestCpu.toFixed(1).padStart(12)} ${underLoad.requestCpu.toFixed(1).padStart(16)}`,
      );
    } finally {
      await services.close();
      await target.drop();
    }
  }
  const outDirectory = path.join("bench-results", "request-persistence");
  mkdirSync(outDirectory, { recursive: true });
  const file = path.join(outDirectory, `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: cpus().length, runs: RUNS, requestsPerRun: REQUESTS_PER_RUN, results }, null, 2));
  console.log(`\nwrote ${file}`);
}

void main();
