// The SQL AdaptiveStatsStore on both providers: the same arithmetic as the core's in-memory
// reference (decay weights, rebasing, retracted ratings), atomic increments from two connections,
// and a half-life change that re-anchors stored sums.
import { afterEach, describe, expect, it } from "vitest";
import type { StatsIncrement } from "@/lib/router/learning/adaptive-stats-store";
import { InMemoryAdaptiveStatsStore } from "@/lib/router/learning/in-memory-stats-store";
import { readStats } from "@/lib/router/learning/read-stats";
import { SqlAdaptiveStatsStore } from "@/lib/server/learning/sql-stats-store";
import { openSqlClient } from "@/lib/server/sql/open-sql-client";
import type { SqlClient } from "@/lib/server/sql/sql-client";
import { createTestDatabase, testProviders, type TestDatabase } from "@/tests/helpers/test-database";

const HALF_LIFE = 60_000;
const T0 = Date.UTC(2026, 0, 1);
const cell = (modelId: string) => ({ complexity: "moderate" as const, taskType: "qa" as const, modelId });

describe.each(testProviders())("SqlAdaptiveStatsStore on %s", (provider) => {
  let database: TestDatabase;
  const clients: SqlClient[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
    await database.cleanup();
  });

  async function store(now = () => T0): Promise<SqlAdaptiveStatsStore> {
    const client = await openSqlClient(database.url);
    clients.push(client);
    return new SqlAdaptiveStatsStore(client, now, HALF_LIFE);
  }

  it("matches the in-memory reference, through decay, a rebase and a retracted rating", async () => {
    database = await createTestDatabase(provider);
    const sqlStore = await store();
    const reference = new InMemoryAdaptiveStatsStore({ halfLifeMs: HALF_LIFE });
    const updates: StatsIncrement[] = [
      { cell: cell("a"), at: T0, decisions: 1, requests: 1, successes: 1, latencyMs: 120, costNano: 900 },
      { cell: cell("a"), at: T0 + 30_000, ratings: 1, quality: 0.8 },
      { cell: cell("b"), at: T0 + 45_000, decisions: 1, explorations: 1, requests: 1, successes: 0, latencyMs: 300 },
      { cell: cell("a"), at: T0 + 30_000, ratings: -1, quality: -0.8 },
      { cell: cell("a"), at: T0 + 90_000, ratings: 1, quality: 0.4 },
      // Far past 32 half-lives: the row is rebased in the same statement.
      { cell: cell("a"), at: T0 + 40 * HALF_LIFE, requests: 1, successes: 1, latencyMs: 80 },
    ];
    for (const update of updates) {
      await sqlStore.increment(update);
      await reference.increment(update);
    }
    const local = sqlStore.snapshot();
    await sqlStore.refresh();
    const now = T0 + 41 * HALF_LIFE;
    for (const modelId of ["a", "b"]) {
      const expected = readStats(reference.row(cell(modelId))!, { now, halfLifeMs: HALF_LIFE });
      for (const snapshot of [sqlStore.snapshot(), local]) {
        const actual = readStats(snapshot.row(cell(modelId))!, { now, halfLifeMs: HALF_LIFE });
        for (const [field, value] of Object.entries(expected)) {
          if (typeof value === "number") expect(actual[field as keyof typeof actual] as number).toBeCloseTo(value, 9);
          else expect(actual[field as keyof typeof actual]).toEqual(value);
        }
      }
    }
    expect(sqlStore.snapshot().row(cell("a"))!.anchorMs).toBe(T0 + 40 * HALF_LIFE);
  });

  it("loses no increment when two connections add at once", async () => {
    database = await createTestDatabase(provider);
    const stores = [await store(), await store()];
    await Promise.all(
      Array.from({ length: 60 }, (_, index) => stores[index % 2]!.incrementMany([
        { cell: cell("a"), at: T0, decisions: 1, requests: 1, successes: index % 3 === 0 ? 1 : 0 },
        { cell: cell("b"), at: T0, ratings: 1, quality: 0.5 },
      ])),
    );
    await stores[0]!.refresh();
    expect(stores[0]!.snapshot().row(cell("a"))).toMatchObject({ decisions: 60, requests: 60, successes: 20, decayedRequests: 60 });
    expect(stores[0]!.snapshot().row(cell("b"))).toMatchObject({ ratings: 60, qualitySum: 30 });
  });

  it("re-anchors stored sums when the half-life changes, so old evidence keeps its weight", async () => {
    database = await createTestDatabase(provider);
    let now = T0;
    const sqlStore = await store(() => now);
    await sqlStore.increment({ cell: cell("a"), at: T0, requests: 4, successes: 4 });
    now = T0 + HALF_LIFE;
    const before = readStats(sqlStore.snapshot().row(cell("a"))!, { now, halfLifeMs: HALF_LIFE }).effectiveRequests;
    expect(before).toBeCloseTo(2, 9);
    const change = sqlStore.halfLifeChangeStatement(10 * HALF_LIFE)!;
    await clients[0]!.run(change);
    sqlStore.adoptHalfLife(10 * HALF_LIFE);
    await sqlStore.refresh();
    const row = sqlStore.snapshot().row(cell("a"))!;
    expect(row.anchorMs).toBe(now);
    expect(readStats(row, { now, halfLifeMs: 10 * HALF_LIFE }).effectiveRequests).toBeCloseTo(2, 9);
    expect(readStats(row, { now: now + 10 * HALF_LIFE, halfLifeMs: 10 * HALF_LIFE }).effectiveRequests).toBeCloseTo(1, 9);
  });
});
