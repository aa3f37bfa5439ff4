import { seededRandom } from "@/lib/router/learning/seeded-random";
import type { PolicyName } from "@/lib/router/types";
import type { RequestWrite } from "@/lib/server/requests/request-writer";
import { sql } from "@/lib/server/sql/sql-statement";
import { ManualClock } from "@/tests/fakes/manual-clock";
import { mixedRouteInput, sendThroughApp } from "./app-traffic";
import { createScratchTarget, openBenchApp } from "./bench-app";
import { generatePrompt } from "./prompt-bank";

// Real requests to copy from: a few thousand prompts sent through the app's own path
// (app-traffic.ts) on a throwaway SQLite database, with the writes captured as the writer received
// them. The simulator runs with its registered latencies and some injected failures on a manual
// clock, so latencies, retries, fallbacks and timestamps are the ones a real run would record,
// without waiting for them. A second, smaller phase sends requests without fallback models to a
// failing simulator, for the log's errors. Each phase ends with a few refusals by a used-up budget.

export interface TemplateWrite extends RequestWrite {
  /** What the reservation held when it was settled (grown for fallbacks), as budget_reservations stores it. */
  reservedNano: number | null;
}

interface Phase {
  count: number;
  /** Share of simulated calls that fail with a 500 (each retried, then the next fallback tried). */
  errorRate: number;
  /** No fallback models: a model that keeps failing fails the request (the log's errors). */
  withoutFallbacks: boolean;
}

async function harvestPhase(url: string, clock: ManualClock, seed: number, phase: Phase): Promise<RequestWrite[]> {
  const random = seededRandom(seed);
  const services = await openBenchApp(url, {
    // Whole milliseconds, as Date.now gives (the simulated waits are fractional).
    clock: () => Math.floor(clock.now()),
    sleep: clock.sleep,
    random: seededRandom(seed + 1),
    env: { SIMULATOR_LATENCY_SCALE: "1", SIMULATOR_ERROR_RATE: String(phase.errorRate), SIMULATOR_SEED: String(seed) },
  });
  const writes: RequestWrite[] = [];
  const writer = services.completion.writer;
  const write = writer.write.bind(writer);
  writer.write = async (request) => {
    writes.push(request);
    await write(request);
  };
  try {
    await services.settings.updateBudget({ hourly_budget: 1_000_000 });
    const policies = services.policyNames() as PolicyName[];
    for (let index = 0; index < phase.count; index++) {
      const input = mixedRouteInput(random, generatePrompt(random), policies);
      await sendThroughApp(services, phase.withoutFallbacks ? { ...input, fallbackChain: [] } : input);
      clock.advance(Math.floor(random() * 20_000));
    }
    // A few refusals by the budget: an hour whose budget is (nearly) used up.
    await services.settings.updateBudget({ hourly_budget: 0.000001 });
    for (let index = 0; index < Math.max(2, Math.round(phase.count * 0.01)); index++) {
      await sendThroughApp(services, mixedRouteInput(random, generatePrompt(random), policies));
    }
    clock.advance(3_600_000);
    return writes;
  } finally {
    await services.close();
  }
}

export async function harvestTemplates(options: { count: number; seed: number }): Promise<TemplateWrite[]> {
  const target = await createScratchTarget("sqlite", undefined, "bench-scale-templates");
  const clock = new ManualClock(Date.UTC(2026, 0, 5));
  try {
    const writes = [
      ...(await harvestPhase(target.url, clock, options.seed, { count: options.count, errorRate: 0.08, withoutFallbacks: false })),
      ...(await harvestPhase(target.url, clock, options.seed + 2, { count: Math.ceil(options.count / 5), errorRate: 0.7, withoutFallbacks: true })),
    ];
    const services = await openBenchApp(target.url);
    try {
      const reserved = new Map(
        (await services.sql.query(sql`SELECT id, amount_nano FROM budget_reservations`)).map((row) => [String(row.id), Number(row.amount_nano)]),
      );
      return writes.map((request) => ({ ...request, reservedNano: request.reservation ? (reserved.get(request.reservation.id) ?? request.reservation.amountNano) : null }));
    } finally {
      await services.close();
    }
  } finally {
    await target.drop();
  }
}
