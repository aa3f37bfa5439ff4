// queryAtomically / writeAtomically on both providers. On SQLite, calls made in the same turn of the
// event loop share one commit (group commit), each inside its own savepoint: they must still behave
// as if each had committed alone, in order, and a failing one must fail alone.
import { afterEach, describe, expect, it } from "vitest";
import { openSqlClient } from "@/lib/server/sql/open-sql-client";
import type { SqlClient } from "@/lib/server/sql/sql-client";
import { sql } from "@/lib/server/sql/sql-statement";
import { createTestDatabase, testProviders, type TestDatabase } from "@/tests/helpers/test-database";

describe.each(testProviders())("atomic writes on %s", (provider) => {
  let testDatabase: TestDatabase;
  let client: SqlClient | undefined;

  afterEach(async () => {
    await client?.close();
    client = undefined;
    await testDatabase.cleanup();
  });

  async function counters(): Promise<SqlClient> {
    testDatabase = await createTestDatabase(provider);
    client = await openSqlClient(testDatabase.url);
    await client.run(sql`CREATE TABLE test_counters (id TEXT PRIMARY KEY, value INTEGER NOT NULL)`);
    await client.run(sql`CREATE TABLE test_takes (id TEXT PRIMARY KEY, value INTEGER NOT NULL)`);
    await client.run(sql`INSERT INTO test_counters (id, value) VALUES ('stock', 0)`);
    return client;
  }

  it("runs 30 concurrent conditional writes so each sees the earlier ones, and returns the first statement's rows", async () => {
    const database = await counters();
    // "Take one while fewer than 10 are taken", as a budget reservation takes from the hour.
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        database.queryAtomically([
          sql`UPDATE test_counters SET value = value + 1 WHERE id = 'stock' AND value < 10 RETURNING value`,
          sql`INSERT INTO test_takes (id, value) SELECT ${`take-${index}`}, value FROM test_counters WHERE id = 'stock' AND value <= 10`,
        ]),
      ),
    );
    const taken = results.filter((rows) => rows.length === 1).map((rows) => Number(rows[0]!.value));
    expect(taken.sort((left, right) => left - right)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await database.query(sql`SELECT value FROM test_counters`)).toEqual([{ value: 10 }]);
  });

  it("fails a call alone: its statements are undone, the others in the same turn commit", async () => {
    const database = await counters();
    const outcomes = await Promise.allSettled([
      database.queryAtomically([sql`UPDATE test_counters SET value = value + 1 WHERE id = 'stock' RETURNING value`]),
      // Its first statement succeeds, its second breaks the primary key: all of it is undone.
      database.queryAtomically([
        sql`UPDATE test_counters SET value = value + 100 WHERE id = 'stock' RETURNING value`,
        sql`INSERT INTO test_counters (id, value) VALUES ('stock', 0)`,
      ]),
      database.writeAtomically([sql`UPDATE test_counters SET value = value + 1 WHERE id = 'stock'`]),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(outcomes[0]).toEqual({ status: "fulfilled", value: [{ value: 1 }] });
    expect(await database.query(sql`SELECT value FROM test_counters`)).toEqual([{ value: 2 }]);
  });
});
