// Nothing answered is lost: an app instance (its own process) is killed with SIGKILL right after
// its answers arrive, or in the middle of a load, and every answered request is in the database
// with its attempt, rollup and budget settlement. A stream cut off by the kill leaves an in_progress row that the sweeper later
// marks as interrupted, settling its reservation.
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { routeResponseSchema } from "@/lib/schemas/route";
import { StaleRequestSweeper } from "@/lib/server/requests/stale-request-sweeper";
import { sql } from "@/lib/server/sql/sql-statement";
import { testProviders } from "@/tests/helpers/test-database";
import { startOpenAIWireServer } from "@/tests/fakes/openai-wire-server";
import type { FakeWireServer } from "@/tests/fakes/wire-server";
import { startSecondInstance, type SecondInstance } from "./support/second-instance";
import { startTestApp, type TestApp } from "./support/test-app";

const ledgerSchema = z.object({ spent_nano: z.number(), reserved_nano: z.number(), requests: z.number() });

describe.each(testProviders())("durability on %s", (provider) => {
  let app: TestApp | undefined;
  let instance: SecondInstance | undefined;
  let openai: FakeWireServer | undefined;
  afterEach(async () => {
    await instance?.kill();
    await app?.close();
    await openai?.close();
  });

  it("keeps every answered request when the process is killed right after answering", async () => {
    app = await startTestApp(provider);
    instance = await startSecondInstance({ DATABASE_URL: app.database.url });
    const answered = await Promise.all(
      Array.from({ length: 12 }, async (_, index) => {
        const response = await fetch(`${instance!.baseUrl}/v1/route`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ prompt: `What is ${index} times 7?`, policy: "static" }),
        });
        return routeResponseSchema.parse(await response.json());
      }),
    );
    await instance.kill();
    const ids = answered.map((answer) => answer.request_id);
    const rows = await app.services.sql.query(sql`SELECT id, status FROM requests`);
    expect(rows.map((row) => row.id).sort()).toEqual([...ids].sort());
    expect(rows.every((row) => row.status === "success")).toBe(true);
    expect(await app.count("attempts")).toBe(12);
    const [rollup] = await app.services.sql.query(sql`SELECT SUM(requests) AS requests, SUM(cost_nano) AS cost FROM request_rollups`);
    const costNano = answered.reduce((sum, answer) => sum + Math.round(answer.actual_cost! * 1e9), 0);
    expect(rollup).toEqual({ requests: 12, cost: costNano });
    const ledger = ledgerSchema.parse((await app.services.sql.query(sql`SELECT spent_nano, reserved_nano, requests FROM hourly_spend`))[0]);
    expect(ledger).toEqual({ spent_nano: costNano, reserved_nano: 0, requests: 12 });
  });

  it("keeps every answered request when the process is killed in the middle of a load", async () => {
    app = await startTestApp(provider);
    instance = await startSecondInstance({ DATABASE_URL: app.database.url });
    const target = instance;
    const answered: Array<{ id: string; costNano: number }> = [];
    let killed = false;
    // 8 clients keep requests in flight; the process is killed once 40 answers have arrived, so
    // requests are caught at every stage: deciding, reserved, calling, writing, answering.
    const killer = (async () => {
      while (answered.length < 40) await new Promise((resolve) => setTimeout(resolve, 2));
      await target.kill();
      killed = true;
    })();
    const clients = Array.from({ length: 8 }, async (_, client) => {
      for (let index = 0; !killed; index++) {
        try {
          const response = await fetch(`${target.baseUrl}/v1/route`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ prompt: `Client ${client} asks: what is ${index} plus 11?`, policy: "static" }),
          });
          const answer = routeResponseSchema.parse(await response.json());
          answered.push({ id: answer.request_id, costNano: Math.round(answer.actual_cost! * 1e9) });
        } catch {
          // cut off by the kill (reset connection or truncated body): not answered
        }
      }
    });
    await Promise.all([killer, ...clients]);

    const rows = await app.services.sql.query(sql`SELECT id, status, actual_cost_nano FROM requests`);
    const stored = new Map(rows.map((row) => [row.id as string, row]));
    expect(answered.length).toBeGreaterThanOrEqual(40);
    for (const { id, costNano } of answered) expect(stored.get(id)).toMatchObject({ status: "success", actual_cost_nano: costNano });
    // Requests written but cut off before their answer left are stored too; nothing is half-written.
    expect(rows.every((row) => row.status === "success")).toBe(true);
    expect(await app.count("attempts")).toBe(rows.length);
    const [rollup] = await app.services.sql.query(sql`SELECT SUM(requests) AS requests FROM request_rollups`);
    expect(rollup).toEqual({ requests: rows.length });
    // The ledger's spend is exactly the stored requests' spend; what is still reserved belongs to
    // requests that died before writing, and the sweeper settles it at the reserved amount (their
    // provider call may have been billed), leaving nothing reserved.
    const storedNano = rows.reduce((sum, row) => sum + Number(row.actual_cost_nano), 0);
    const readLedger = async () => ledgerSchema.parse((await app!.services.sql.query(sql`SELECT spent_nano, reserved_nano, requests FROM hourly_spend`))[0]);
    const [open] = await app.services.sql.query(sql`SELECT COALESCE(SUM(amount_nano), 0) AS nano, COUNT(*) AS count FROM budget_reservations WHERE settled_at_ms IS NULL`);
    const orphaned = z.object({ nano: z.coerce.number(), count: z.coerce.number() }).parse(open);
    expect(await readLedger()).toEqual({ spent_nano: storedNano, reserved_nano: orphaned.nano, requests: rows.length });
    const report = await new StaleRequestSweeper(app.services.sql, () => Date.now() + 60 * 60_000, 5 * 60_000).sweep();
    expect(report).toEqual({ interrupted: 0, released: orphaned.count });
    expect(await readLedger()).toEqual({ spent_nano: storedNano + orphaned.nano, reserved_nano: 0, requests: rows.length });
  });

  it("marks a stream cut off by the kill as interrupted and settles its reservation", async () => {
    openai = await startOpenAIWireServer();
    app = await startTestApp(provider);
    instance = await startSecondInstance({ DATABASE_URL: app.database.url, OPENAI_API_KEY: "sk-test-durable-0123456789abcd", OPENAI_BASE_URL: openai.baseUrl });
    openai.script([{ kind: "hang", afterChunks: 2 }], { model: "gpt-4o-mini" });
    const response = await fetch(`${instance.baseUrl}/v1/route`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ prompt: "What is the speed of light?", policy: "static", stream: true, constraints: { provider: "openai" } }),
    });
    const reader = response.body!.getReader();
    let received = "";
    while (!received.includes("event: delta")) received += new TextDecoder().decode((await reader.read()).value);
    const requestId = JSON.parse(/event: decision\ndata: (.*)\n/.exec(received)![1]!).request_id as string;
    await instance.kill();
    await reader.cancel().catch(() => undefined);

    const [inFlight] = await app.services.sql.query(sql`SELECT status FROM requests WHERE id = ${requestId}`);
    expect(inFlight).toEqual({ status: "in_progress" });
    const before = ledgerSchema.parse((await app.services.sql.query(sql`SELECT spent_nano, reserved_nano, requests FROM hourly_spend`))[0]);
    expect(before.reserved_nano).toBeGreaterThan(0);

    const later = new StaleRequestSweeper(app.services.sql, () => Date.now() + 60 * 60_000, 5 * 60_000);
    expect(await later.sweep()).toEqual({ interrupted: 1, released: 0 });
    expect(await later.sweep()).toEqual({ interrupted: 0, released: 0 });
    const detail = await (await app.fetch(`/v1/requests/${requestId}`)).json();
    expect(detail).toMatchObject({ status: "error", error_class: "interrupted" });
    const after = ledgerSchema.parse((await app.services.sql.query(sql`SELECT spent_nano, reserved_nano, requests FROM hourly_spend`))[0]);
    expect(after).toEqual({ spent_nano: before.spent_nano + before.reserved_nano, reserved_nano: 0, requests: before.requests + 1 });
  });
});
