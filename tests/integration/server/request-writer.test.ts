// The request writer commits a request and everything it changes (attempts, rollups, histogram,
// budget settlement, statistics) in one transaction: when any statement fails, nothing at all is
// written, not even the request row, and the reservation stays open.
import { afterEach, describe, expect, it } from "vitest";
import type { AttemptRecord } from "@/lib/router/execute/execution-types";
import { SqlBudgetStore } from "@/lib/server/budget/sql-budget-store";
import { SqlOutputTokenHistory } from "@/lib/server/learning/sql-output-token-history";
import { SqlAdaptiveStatsStore } from "@/lib/server/learning/sql-stats-store";
import type { RequestRecord } from "@/lib/server/requests/request-record";
import { RequestWriter } from "@/lib/server/requests/request-writer";
import { openSqlClient } from "@/lib/server/sql/open-sql-client";
import type { SqlClient } from "@/lib/server/sql/sql-client";
import { createTestDatabase, testProviders, type TestDatabase } from "@/tests/helpers/test-database";

const HOUR = Date.UTC(2026, 10, 25, 9);
const TABLES = ["requests", "attempts", "request_rollups", "latency_buckets", "adaptive_stats", "output_token_stats", "hourly_spend"];

function attempt(overrides: Partial<AttemptRecord> = {}): AttemptRecord {
  return {
    modelId: "gpt-4o-mini", provider: "openai", attempt: 1, status: "success", httpStatus: 200, errorClass: null, errorMessage: null,
    startedAt: HOUR + 1_000, latencyMs: 420, usage: { inputTokens: 10, cachedInputTokens: 0, outputTokens: 20 }, costNano: 13_500,
    costUsd: 0.0000135, costEstimated: false, simulated: false, retryDelayMs: null, ...overrides,
  };
}

function record(id: string, attempts: AttemptRecord[]): RequestRecord {
  return {
    id, createdAtMs: HOUR + 1_000, completedAtMs: HOUR + 1_500, endpoint: "route", status: "success", stream: false, apiKeyLabel: "test",
    prompt: "What is 1 + 1?", systemPrompt: null, promptHash: "hash", promptChars: 14, response: "2", responseChars: 1,
    classification: { complexity: "simple", taskType: "qa", confidence: 0.9, classifier: "rules", features: { characters: 14, words: 5, estimatedTokens: 7, questionMarks: 1, codeBlocks: 0, signals: [] } },
    policy: "static", policyVariant: null, chosenModelId: "gpt-4o-mini", modelId: "gpt-4o-mini", provider: "openai", reason: "cheapest",
    decision: null, estimatedCostNano: 20_000, actualCostNano: 13_500, costEstimated: false, counterfactualCostNano: 225_000,
    usage: { inputTokens: 10, cachedInputTokens: 0, outputTokens: 20 }, latencyMs: 420, timeToFirstTokenMs: null, errorType: null,
    errorClass: null, errorMessage: null, explored: false, propensity: 1, simulated: false, fallbackUsed: false, attempts,
  };
}

describe.each(testProviders())("RequestWriter on %s", (provider) => {
  let database: TestDatabase;
  let client: SqlClient;
  afterEach(async () => {
    await client.close();
    await database.cleanup();
  });

  it("writes everything in one transaction, or nothing when one statement fails", async () => {
    database = await createTestDatabase(provider);
    client = await openSqlClient(database.url);
    const clock = () => HOUR + 2_000;
    const budgetStore = new SqlBudgetStore(client, clock);
    const stats = new SqlAdaptiveStatsStore(client, clock, 3_600_000);
    const writer = new RequestWriter({ sqlClient: client, budgetStore, stats, outputHistory: new SqlOutputTokenHistory(client), clock });
    const count = async (table: string) => Number((await client.query({ text: `SELECT COUNT(*) AS count FROM ${table}`, values: [] }))[0]!.count);
    const snapshot = async () => Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, await count(table)] as const)));

    expect((await budgetStore.tryReserve({ reservationId: "first", hourStartMs: HOUR, amountNano: 20_000, limitNano: 1_000_000 })).ok).toBe(true);
    const increments = [{ cell: { complexity: "simple" as const, taskType: "qa" as const, modelId: "gpt-4o-mini" }, at: HOUR + 1_500, requests: 1, successes: 1 }];
    await writer.write({ record: record("first", [attempt()]), reservation: { id: "first", hourStartMs: HOUR, amountNano: 20_000 }, increments, outputObservation: { taskType: "qa", complexity: "simple", outputTokens: 20 } });
    const afterFirst = await snapshot();
    expect(afterFirst).toEqual({ requests: 1, attempts: 1, request_rollups: 1, latency_buckets: 1, adaptive_stats: 1, output_token_stats: 1, hourly_spend: 1 });
    expect(await budgetStore.loadHour(HOUR)).toMatchObject({ spentNano: 13_500, reservedNano: 0, requests: 1 });

    // An attempt without a model id violates NOT NULL after the request row was already written.
    expect((await budgetStore.tryReserve({ reservationId: "second", hourStartMs: HOUR, amountNano: 20_000, limitNano: 1_000_000 })).ok).toBe(true);
    const broken = record("second", [attempt(), attempt({ attempt: 2, modelId: null as unknown as string })]);
    await expect(writer.write({ record: broken, reservation: { id: "second", hourStartMs: HOUR, amountNano: 20_000 }, increments, outputObservation: null })).rejects.toThrow();
    // Same rows as before, same ledger (the reservation of "second" is still open), same statistics.
    expect(await snapshot()).toEqual(afterFirst);
    expect(await budgetStore.loadHour(HOUR)).toMatchObject({ spentNano: 13_500, reservedNano: 20_000, requests: 1 });
    await stats.refresh();
    expect(stats.snapshot().row(increments[0]!.cell)).toMatchObject({ requests: 1, successes: 1 });
  });
});
