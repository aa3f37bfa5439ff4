// 200 concurrent requests against an hourly budget, in both reservation modes. Check-and-reserve is
// one atomic statement, so the calls that go through are exactly those the budget allows. On
// PostgreSQL half the requests go to a second app instance (another process, its own pool) on the
// same database. The provider is a local server speaking OpenAI's wire format with scripted usage.
//
// expected: the provider's usage equals the router's estimate, so each call costs exactly what it
// reserved and exactly as many calls as the budget allows go through.
// worst_case: every answer is 20× longer than the estimate (within max_tokens), so each call costs
// far more than expected; reserving the worst case still keeps the hour's spend within its budget.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { budgetResponseSchema } from "@/lib/schemas/budget";
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
const OUTPUT_MULTIPLE = 20;
const MAX_TOKENS = 2_000;
// gpt-4o-mini's prices, in nano-USD per token.
const INPUT_NANO = 150;
const OUTPUT_NANO = 600;

const ledgerSchema = z.object({ spent_nano: z.number(), reserved_nano: z.number(), requests: z.number() });

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

  async function ledger() {
    const rows = await app.services.sql.query(sql`SELECT spent_nano, reserved_nano, requests FROM hourly_spend`);
    return rows.length === 0 ? { spent_nano: 0, reserved_nano: 0, requests: 0 } : ledgerSchema.parse(rows[0]);
  }

  async function refusedForBudget(): Promise<number> {
    const [row] = await app.services.sql.query(sql`SELECT COUNT(*) AS count FROM requests WHERE status = 'rejected' AND error_type = 'budget_exceeded'`);
    return Number(row!.count);
  }

  /** The router's estimate for the chosen model (a route-only request: recorded, its reservation released at once). */
  async function probe(question: object) {
    const decision = routeResponseSchema.parse(await (await app.fetch("/v1/route", { method: "POST", json: { ...question, execute: false } })).json());
    return { model: decision.model, estimate: decision.explanation.find((entry) => entry.model === decision.model)! };
  }

  async function setBudget(budget: { hourly_budget: number; reservation: string; on_exhausted?: string }): Promise<void> {
    const saved = budgetResponseSchema.parse(await (await app.fetch("/v1/budget", { method: "PUT", json: budget })).json());
    expect(saved).toMatchObject({ hourly_budget: budget.hourly_budget, reservation: budget.reservation });
    expect(budgetResponseSchema.parse(await (await app.fetch("/v1/budget")).json()).reservation).toBe(budget.reservation);
    await app.services.sync.tick();
    if (second) await new Promise((resolve) => setTimeout(resolve, 500)); // its settings poll sees the new budget
  }

  async function sendConcurrently(question: object): Promise<number[]> {
    const targets = Array.from({ length: CONCURRENT }, (_, index) => (second && index % 2 === 1 ? second.baseUrl : app.baseUrl));
    const responses = await Promise.all(
      targets.map((baseUrl) => fetch(`${baseUrl}/v1/route`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(question) })),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status !== 200 && status !== 429)).toEqual([]);
    return statuses;
  }

  it(`expected: lets exactly ${ALLOWED} of ${CONCURRENT} concurrent requests spend, and never more than the budget`, async () => {
    const { model, estimate } = await probe(QUESTION);
    const costNano = Math.round(estimate.estimated_input_tokens * INPUT_NANO + estimate.estimated_output_tokens * OUTPUT_NANO);
    expect(Math.round(estimate.estimated_cost! * 1e9)).toBe(costNano);
    const budgetNano = Math.round((ALLOWED + 0.5) * costNano);
    await setBudget({ hourly_budget: budgetNano / 1e9, on_exhausted: "refuse", reservation: "expected" });
    openai.reset();
    openai.script(
      Array.from({ length: CONCURRENT }, () => ({ kind: "reply" as const, usage: { input: estimate.estimated_input_tokens, output: estimate.estimated_output_tokens } })),
      { model },
    );

    const succeeded = (await sendConcurrently(QUESTION)).filter((status) => status === 200).length;
    expect(succeeded).toBe(ALLOWED);

    const { spent_nano, reserved_nano, requests } = await ledger();
    console.info(`[budget test ${provider}, expected] budget ${budgetNano} nano, spent ${spent_nano} nano, overspend ${Math.max(0, spent_nano - budgetNano)} nano, ${succeeded} answered`);
    expect(spent_nano).toBe(ALLOWED * costNano);
    expect(spent_nano).toBeLessThanOrEqual(budgetNano);
    expect(reserved_nano).toBe(0);
    expect(requests).toBe(CONCURRENT + 1);
    expect(await app.count("requests")).toBe(CONCURRENT + 1);
    expect(await refusedForBudget()).toBe(CONCURRENT - ALLOWED);
  });

  it(`worst_case: answers ${OUTPUT_MULTIPLE}× longer than estimated never take the hour's spend over its budget`, async () => {
    const question = { ...QUESTION, max_tokens: MAX_TOKENS };
    const before = await ledger();
    const refusedBefore = await refusedForBudget();
    await setBudget({ hourly_budget: 100, reservation: "worst_case" }); // room to probe: the first case spent its budget
    const { model, estimate } = await probe(question);
    const outputTokens = OUTPUT_MULTIPLE * estimate.estimated_output_tokens;
    expect(outputTokens).toBeLessThanOrEqual(MAX_TOKENS);
    const actualNano = Math.round(estimate.estimated_input_tokens * INPUT_NANO + outputTokens * OUTPUT_NANO);
    const worstCaseNano = Math.round(estimate.estimated_input_tokens * INPUT_NANO + MAX_TOKENS * OUTPUT_NANO);
    // Room for ALLOWED worst cases on top of what the hour has already spent.
    const budgetNano = before.spent_nano + Math.round((ALLOWED + 0.5) * worstCaseNano);
    await setBudget({ hourly_budget: budgetNano / 1e9, on_exhausted: "refuse", reservation: "worst_case" });
    openai.reset();
    openai.script(Array.from({ length: CONCURRENT }, () => ({ kind: "reply" as const, usage: { input: estimate.estimated_input_tokens, output: outputTokens } })), {
      model,
    });

    const succeeded = (await sendConcurrently(question)).filter((status) => status === 200).length;

    const after = await ledger();
    console.info(
      `[budget test ${provider}, worst_case] budget ${budgetNano} nano, spent ${after.spent_nano} nano, ` +
        `overspend ${Math.max(0, after.spent_nano - budgetNano)} nano, ${succeeded} answered`,
    );
    expect(after.spent_nano).toBeLessThanOrEqual(budgetNano);
    expect(after.spent_nano - before.spent_nano).toBe(succeeded * actualNano);
    // At least the ALLOWED calls whose worst cases fit at once went through; the money allows
    // more as calls settle below their worst case, but never all: expected-cost reservations
    // would have let every one of them through and spent past the budget.
    expect(succeeded).toBeGreaterThanOrEqual(ALLOWED);
    expect(succeeded).toBeLessThan(CONCURRENT);
    expect(CONCURRENT * actualNano).toBeGreaterThan(budgetNano - before.spent_nano);
    expect(after.reserved_nano).toBe(0);
    expect(after.requests - before.requests).toBe(CONCURRENT + 1);
    expect((await refusedForBudget()) - refusedBefore).toBe(CONCURRENT - succeeded);
  });
});
