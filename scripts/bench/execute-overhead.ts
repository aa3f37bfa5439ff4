// Per-request CPU cost of the execution layer (lib/router/execute + resolver), network excluded:
// an in-memory adapter answers instantly, so what is timed is planning, abort scopes and timers,
// breaker bookkeeping (the flaky case alternates, so its breaker stays closed), usage and cost accounting. One loopback row (real openai SDK against the
// local wire fake) is there for scale. Prints a table and writes bench-results/execute-overhead.json.
// Run: npm run bench:execute

import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { CircuitBreakerRegistry } from "@/lib/router/execute/circuit-breaker";
import { createExecutor } from "@/lib/router/execute/executor";
import type { ExecutionRequest } from "@/lib/router/execute/execution-types";
import type { ProviderAdapter, ProviderStreamChunk } from "@/lib/router/providers/adapter";
import { createOpenAIAdapter } from "@/lib/router/providers/openai";
import { ProviderError } from "@/lib/router/providers/provider-error";
import { createProviderResolver } from "@/lib/router/providers/resolver";
import { DEFAULT_MODELS, DEFAULT_PROVIDERS } from "@/lib/router/registry/default-models";
import { startOpenAIWireServer } from "@/tests/fakes/openai-wire-server";
import { median } from "@/scripts/bench/statistics";

const RUNS = 5;
const usage = { inputTokens: 60, cachedInputTokens: 0, outputTokens: 40 };
const deltas = Array.from({ length: 20 }, (_, index) => `word${index} `);

function instantAdapter(failFirst: boolean): ProviderAdapter {
  let calls = 0;
  return {
    providerId: "openai",
    kind: "openai",
    async complete() {
      calls++;
      if (failFirst && calls % 2 === 1) throw new ProviderError({ errorClass: "server_error", status: 503, providerId: "openai", message: "openai server_error (HTTP 503)" });
      return { text: "An instant answer.", usage, finishReason: "stop" };
    },
    async *stream(): AsyncGenerator<ProviderStreamChunk> {
      for (const text of deltas) yield { type: "delta", text };
      yield { type: "usage", usage };
      yield { type: "finish", finishReason: "stop" };
    },
  };
}

function executorWith(adapter: ProviderAdapter) {
  return createExecutor({
    resolver: { resolve: (model) => ({ providerId: model.provider, adapter, simulated: false, simulationReason: null }) },
    breaker: new CircuitBreakerRegistry({ clock: Date.now, options: { failureRateThreshold: 1 } }),
    sleep: async () => undefined,
  });
}

async function measure(iterations: number, operation: () => Promise<unknown>): Promise<number[]> {
  for (let index = 0; index < Math.min(iterations, 2000); index++) await operation();
  const perRun: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = process.hrtime.bigint();
    for (let index = 0; index < iterations; index++) await operation();
    perRun.push(Number(process.hrtime.bigint() - started) / 1000 / iterations);
  }
  return perRun;
}


async function main(): Promise<void> {
  const [mini, gpt4o] = [DEFAULT_MODELS[1], DEFAULT_MODELS[0]];
  if (!mini || !gpt4o) throw new Error("seeded models missing");
  const messages = [{ role: "user" as const, content: "Explain the difference between a process and a thread, with one example of each, in plain words." }];
  const request: ExecutionRequest = { messages, candidates: [mini, gpt4o], promptTokens: 30 };
  const fast = executorWith(instantAdapter(false));
  const flaky = executorWith(instantAdapter(true));
  const resolver = createProviderResolver({ providers: DEFAULT_PROVIDERS, credentials: (name) => (name === "OPENAI_API_KEY" ? "sk-bench-0123456789abcdef" : undefined) });
  const server = await startOpenAIWireServer();
  const sdk = createOpenAIAdapter({ providerId: "openai", apiKey: "sk-bench-0123456789abcdef", baseURL: server.baseUrl });

  const scenarios: Array<{ name: string; iterations: number; operation: () => Promise<unknown> }> = [
    { name: "execute, prompt tokens given", iterations: 20_000, operation: () => fast.execute(request) },
    { name: "execute, prompt counted (gpt-tokenizer)", iterations: 20_000, operation: () => fast.execute({ messages, candidates: [mini, gpt4o] }) },
    { name: "execute, 503 + retry (no wait) + success", iterations: 10_000, operation: () => flaky.execute(request) },
    { name: "stream, 20 deltas + done", iterations: 10_000, operation: async () => { for await (const event of fast.stream(request)) void event; } },
    { name: "resolver.resolve (cached client)", iterations: 200_000, operation: async () => resolver.resolve(mini) },
    { name: "for scale: openai SDK over loopback HTTP", iterations: 500, operation: () => sdk.complete({ model: mini, messages, signal: new AbortController().signal }) },
  ];

  const rows: Array<{ scenario: string; iterations: number; medianMicros: number; runsMicros: number[] }> = [];
  for (const scenario of scenarios) {
    const runs = await measure(scenario.iterations, scenario.operation);
    rows.push({ scenario: scenario.name, iterations: scenario.iterations, medianMicros: Number(median(runs).toFixed(2)), runsMicros: runs.map((value) => Number(value.toFixed(2))) });
  }
  await server.close();

  console.log(`\nexecution layer overhead (median of ${RUNS} runs, µs per request; node ${process.version}, ${cpus().length} cores)\n`);
  console.log(`${"scenario".padEnd(46)} ${"median µs".padStart(10)}   runs`);
  for (const row of rows) console.log(`${row.scenario.padEnd(46)} ${row.medianMicros.toFixed(2).padStart(10)}   ${row.runsMicros.join(" / ")}`);
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/execute-overhead.json", JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: cpus().length, runs: RUNS, rows }, null, 2));
  console.log("\nwrote bench-results/execute-overhead.json");
}

void main();
