// The SQL BudgetStore on both providers: atomic check-and-reserve (and check-and-grow) under
// concurrency, settle at most once, and the snapshot the router reads.
import { afterEach, describe, expect, it } from "vitest";
import { SqlBudgetStore } from "@/lib/server/budget/sql-budget-store";
import { openSqlClient } from "@/lib/server/sql/open-sql-client";
import type { SqlClient } from "@/lib/server/sql/sql-client";
import { sql } from "@/lib/server/sql/sql-statement";
import { createTestDatabase, testProviders, type TestDatabase } from "@/tests/helpers/test-database";

const HOUR = Date.UTC(2026, 10, 25, 13);

describe.each(testProviders())("SqlBudgetStore on %s", (provider) => {
  let testDatabase: TestDatabase;
  let clients: SqlClient[] = [];

  afterEach(async () => {
    await Promise.all(clients.map((client) => client.close()));
    clients = [];
    await testDatabase.cleanup();
  });

  async function open(): Promise<SqlClient> {
    const client = await openSqlClient(testDatabase.url);
    clients.push(client);
    return client;
  }

  it("never reserves past the limit when 50 reservations race, even from two connections", async () => {
    testDatabase = await createTestDatabase(provider);
    const stores = [new SqlBudgetStore(await open(), () => HOUR + 1000), new SqlBudgetStore(await open(), () => HOUR + 1000)];
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        stores[index % 2]!.tryReserve({ reservationId: `r${index}`, hourStartMs: HOUR, amountNano: 1_000, limitNano: 20_500 }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(20);
    const state = await stores[0]!.loadHour(HOUR);
    expect(state).toMatchObject({ spentNano: 0, reservedNano: 20_000 });
    const [row] = await clients[0]!.query(sql`SELECT COUNT(*) AS count FROM budget_reservations`);
    expect(row).toEqual({ count: 20 });
  });

  it("grows reservations only within the limit when growths race from two connections, and settles the grown amount", async () => {
    testDatabase = await createTestDatabase(provider);
    const stores = [new SqlBudgetStore(await open(), () => HOUR + 1000), new SqlBudgetStore(await open(), () => HOUR + 1000)];
    for (let index = 0; index < 10; index++) {
      expect((await stores[0]!.tryReserve({ reservationId: `r${index}`, hourStartMs: HOUR, amountNano: 1_000, limitNano: 20_500 })).ok).toBe(true);
    }
    // Each growth to 3,000 needs 2,000 more; 10,500 are left: five fit.
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        stores[index % 2]!.tryGrow({ reservationId: `r${index}`, hourStartMs: HOUR, amountNano: 3_000, limitNano: 20_500 }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(5);
    expect(await stores[0]!.loadHour(HOUR)).toMatchObject({ spentNano: 0, reservedNano: 20_000 });
    const [grown] = await clients[0]!.query(sql`SELECT COUNT(*) AS count FROM budget_reservations WHERE amount_nano = 3000`);
    expect(grown).toEqual({ count: 5 });

    const grownIds = results.flatMap((result, index) => (result.ok ? [`r${index}`] : []));
    // Already that large: nothing to check, even with no room left at all.
    expect(await stores[1]!.tryGrow({ reservationId: grownIds[1]!, hourStartMs: HOUR, amountNano: 2_000, limitNano: 0 })).toEqual({
      ok: true,
      state: { hourStartMs: HOUR, spentNano: 0, reservedNano: 20_000 },
    });
    expect(await stores[0]!.reconcile({ reservationId: grownIds[0]!, actualNano: 2_500 })).toBe(true);
    expect(await stores[0]!.loadHour(HOUR)).toMatchObject({ spentNano: 2_500, reservedNano: 17_000 });
    expect((await stores[0]!.tryGrow({ reservationId: grownIds[0]!, hourStartMs: HOUR, amountNano: 4_000, limitNano: null })).ok).toBe(false);
    expect((await stores[0]!.tryGrow({ reservationId: "missing", hourStartMs: HOUR, amountNano: 4_000, limitNano: null })).ok).toBe(false);
    expect(await stores[0]!.loadHour(HOUR)).toMatchObject({ spentNano: 2_500, reservedNano: 17_000 });
  });

  it("settles a reservation exactly once and moves it from reserved to spent", async () => {
    testDatabase = await createTestDatabase(provider);
    const store = new SqlBudgetStore(await open(), () => HOUR + 5);
    expect((await store.tryReserve({ reservationId: "a", hourStartMs: HOUR, amountNano: 700, limitNano: null })).state).toEqual({
      hourStartMs: HOUR,
      spentNano: 0,
      reservedNano: 700,
    });
    const settles = await Promise.all([store.reconcile({ reservationId: "a", actualNano: 400 }), store.reconcile({ reservationId: "a", actualNano: 400 })]);
    expect(settles.filter(Boolean)).toHaveLength(1);
    expect(await store.reconcile({ reservationId: "missing", actualNano: 1 })).toBe(false);
    expect(await store.loadHour(HOUR)).toMatchObject({ spentNano: 400, reservedNano: 0 });
    expect(store.hourState(HOUR)).toEqual({ hourStartMs: HOUR, spentNano: 400, reservedNano: 0 });
  });

  it("refuses a reservation larger than the whole budget on a fresh hour and reports the state", async () => {
    testDatabase = await createTestDatabase(provider);
    const store = new SqlBudgetStore(await open(), () => HOUR);
    const refused = await store.tryReserve({ reservationId: "big", hourStartMs: HOUR, amountNano: 5_000, limitNano: 4_999 });
    expect(refused).toEqual({ ok: false, state: { hourStartMs: HOUR, spentNano: 0, reservedNano: 0 } });
  });
});
