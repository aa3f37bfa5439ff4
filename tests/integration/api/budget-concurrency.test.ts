// 200 concurrent requests against an hourly budget that allows 100 of them: check-and-reserve is
// one atomic statement, so exactly as many calls as the budget allows go through and the hour's
// recorded spend never passes the budget. On PostgreSQL half the requests go to a second app
// instance (another process, its own pool) on the same database. The provider is a local server
// speaking OpenAI's wire format whose usage equals the router's estimate, so each call costs
// exactly what it reserved.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { routeResponseSchema } from "@/lib/schemas/route";
import { sql } from "@/lib/server/sql/sql-statement";
import { testProviders } from "@/tests/helpers/test-database";
import { startOpenAIWireServer } from "@/tests/fakes/openai-wire-server";
import type { FakeWireServer } from "@/tests/fakes/wire-server";
import { startSecondInstance, type SecondInstance } from "./support/second-instance";
import { startTestApp, type TestApp } from "./support/test-app";

const CONCURRENT = 200;
const ALLOWED = 100;
const QUESTION = { prompt: "What is the tallest mountain in Africa?", policy: "static", constraints: { provider: "openai" } };
const OPENAI_KEY = "sk-test-budget-0123456789abcdef";

describe.each(testProviders())("hourly budget under %s concurrency", (provider) => {
  let app: TestApp;
  let openai: FakeWireServer;
  let second: SecondInstance | undefined;

  beforeAll(async () => {
    openai = await startOpenAIWireServer();
    const env = { OPENAI_API_KEY: OPENAI_KEY, OPENAI_BASE_URL: openai.baseUrl };
    app = await startTestApp(provider, { env });
    if (provider === "postgresql") second = await startSecondInstance({ ...env, DATABASE_URL: app.database.url });
  });
  afterAll(async () => {
    await second?.stop();
    await app?.close();
    await openai?.close();
  });

  it(`lets exactly ${ALLOWED} of ${CONCURRENT} concurrent requests spend, and never more than the budget`, async () => {
    const probe = routeResponseSchema.parse(await (await app.fetch("/v1/route", { method: "POST", json: { ...QUESTION, execute: false } })).json());
    const estimate = probe.explanation.find((entry) => entry.model === probe.model)!;
    const costNano = Math.round((estimate.estimated_input_tokens * 0.15 + estimate.estimated_output_tokens * 0.6) * 1000);
    expect(Math.round(estimate.estimated_cost! * 1e9)).toBe(costNano);
    const budgetNano = Math.round((ALLOWED + 0.5) * costNano);
    await app.fetch("/v1/budget", { method: "PUT", json: { hourly_budget: budgetNano / 1e9, on_exhausted: "refuse" } });
    await app.services.sync.tick();
    openai.script(
      Array.from({ length: CONCURRENT }, () => ({ kind: "reply" as const, usage: { input: estimate.estimated_input_tokens, output: estimate.estimated_output_tokens } })),
      { model: probe.model },
    );
    if (second) await new Promise((resolve) => setTimeout(resolve, 500)); // its settings poll sees the new budget

    const targets = Array.from({ length: CONCURRENT }, (_, index) => (second && index % 2 === 1 ? second.baseUrl : app.baseUrl));
    const responses = await Promise.all(
      targets.map((baseUrl) => fetch(`${baseUrl}/v1/route`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(QUESTION) })),
    );
    const statuses = responses.map((response) => response.status);
    const succeeded = statuses.filter((status) => status === 200).length;
    expect(statuses.filter((status) => status !== 200 && status !== 429)).toEqual([]);
    expect(succeeded).toBe(ALLOWED);

    const [ledger] = await app.services.sql.query(sql`SELECT spent_nano, reserved_nano, requests FROM hourly_spend`);
    const { spent_nano, reserved_nano, requests } = z.object({ spent_nano: z.number(), reserved_nano: z.number(), requests: z.number() }).parse(ledger);
    const overspendNano = spent_nano - budgetNano;
    console.info(`[budget test ${provider}] budget ${budgetNano} nano, spent ${spent_nano} nano, overspend ${Math.max(0, overspendNano)} nano, ${succeeded} answered`);
    expect(spent_nano).toBe(ALLOWED * costNano);
    expect(spent_nano).toBeLessThanOrEqual(budgetNano);
    expect(reserved_nano).toBe(0);
    expect(requests).toBe(CONCURRENT + 1);
    expect(await app.count("requests")).toBe(CONCURRENT + 1);
    const [rejected] = await app.services.sql.query(sql`SELECT COUNT(*) AS count FROM requests WHERE status = 'rejected' AND error_type = 'budget_exceeded'`);
    expect(Number(rejected!.count)).toBe(CONCURRENT - ALLOWED);
  });
});
