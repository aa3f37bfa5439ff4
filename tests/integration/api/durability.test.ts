// Nothing answered is lost: an app instance (its own process) is killed with SIGKILL right after
// its answers arrive, and every answered request is in the database with its attempt, rollup and
// budget settlement. A stream cut off by the kill leaves an in_progress row that the sweeper later
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
