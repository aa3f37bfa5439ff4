// GET /v1/metrics, /v1/metrics/timeseries and /v1/budget report figures aggregated in SQL from
// what was stored; the test computes each expected figure itself from the requests it made (as
// the request log returns them) and compares exactly. A real provider path is used: the OpenAI SDK
// against a local server speaking OpenAI's wire format, with scripted usage and delays.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOUR_MS } from "@/lib/router/budget/utc-hour";
import { budgetResponseSchema } from "@/lib/schemas/budget";
import { metricsResponseSchema, timeseriesResponseSchema } from "@/lib/schemas/metrics";
import { requestDetailSchema, requestListResponseSchema, type RequestDetail } from "@/lib/schemas/requests";
import { bucketBounds, latencyBucket } from "@/lib/server/metrics/latency-buckets";
import { testProviders } from "@/tests/helpers/test-database";
import { startOpenAIWireServer } from "@/tests/fakes/openai-wire-server";
import type { FakeWireServer } from "@/tests/fakes/wire-server";
import { expectError } from "./support/expect-error";
import { startTestApp, type TestApp } from "./support/test-app";

// A fixed UTC hour, 10 minutes in, with real time flowing (latencies are real).
const HOUR_START = Date.UTC(2026, 10, 25, 14);
const testStart = Date.now();
const clock = () => HOUR_START + 10 * 60_000 + (Date.now() - testStart);
const DELAYS_MS = [5, 20, 45, 90, 160];
const USAGE = { input: 100, output: 50 };
const QUESTION = { prompt: "What is the capital of Japan?", policy: "static", constraints: { provider: "openai" } };

describe.each(testProviders())("metrics and budget from stored data on %s", (provider) => {
  let app: TestApp;
  let openai: FakeWireServer;
  let details: RequestDetail[];

  beforeAll(async () => {
    openai = await startOpenAIWireServer();
    app = await startTestApp(provider, {
      clock,
      env: { OPENAI_API_KEY: "sk-test-metrics-0123456789abcdef", OPENAI_BASE_URL: openai.baseUrl },
      executionPolicy: { maxRetriesPerModel: 0 },
    });
    openai.script(DELAYS_MS.map((delayMs) => ({ kind: "reply" as const, usage: USAGE, delayMs })), { model: "gpt-4o-mini" });
    for (let index = 0; index < DELAYS_MS.length; index++) expect((await app.fetch("/v1/route", { method: "POST", json: QUESTION })).status).toBe(200);
    openai.script([{ kind: "error", status: 400 }], { model: "gpt-4o-mini" });
    openai.script([{ kind: "error", status: 400 }], { model: "gpt-4o" });
    expect((await app.fetch("/v1/route", { method: "POST", json: QUESTION })).status).toBe(502);
    expect((await app.fetch("/v1/route", { method: "POST", json: { ...QUESTION, execute: false } })).status).toBe(200);
    expect((await app.fetch("/v1/route", { method: "POST", json: { ...QUESTION, constraints: { max_cost: 1e-9 } } })).status).toBe(422);
    const list = requestListResponseSchema.parse(await (await app.fetch("/v1/requests?limit=200")).json());
    details = await Promise.all(list.data.map(async (entry) => requestDetailSchema.parse(await (await app.fetch(`/v1/requests/${entry.id}`)).json())));
  });
  afterAll(async () => {
    await app?.close();
    await openai?.close();
  });

  it("wrote one row per request, whatever its outcome", () => {
    const statuses = details.map((detail) => detail.status).sort();
    expect(statuses).toEqual(["error", "rejected", "routed", "success", "success", "success", "success", "success"]);
    expect(details.filter((detail) => detail.status === "success").every((detail) => detail.simulated === false)).toBe(true);
  });

  it("reports totals, latency, distribution and savings exactly as stored", async () => {
    const metrics = metricsResponseSchema.parse(await (await app.fetch("/v1/metrics?window=1h")).json());
    const successes = details.filter((detail) => detail.status === "success");
    const executed = details.filter((detail) => detail.status === "success" || detail.status === "error");
    const totalCostNano = details.reduce((sum, detail) => sum + Math.round((detail.actual_cost ?? 0) * 1e9), 0);
    expect(totalCostNano).toBe(5 * (USAGE.input * 0.15 + USAGE.output * 0.6) * 1000);
    const distribution: Record<string, number> = {};
    for (const detail of details) if (detail.model && detail.status !== "rejected") distribution[detail.model] = (distribution[detail.model] ?? 0) + 1;
    const latencies = executed.map((detail) => detail.latency_ms!).sort((left, right) => left - right);
    const counterfactualNano = successes.length * (USAGE.input * 2.5 + USAGE.output * 10) * 1000;

    expect(metrics).toMatchObject({
      window: "1h",
      from: new Date(HOUR_START).toISOString(),
      total_requests: details.length,
      successful_requests: successes.length,
      success_rate: successes.length / executed.length,
      model_distribution: distribution,
      counterfactual_model: "gpt-4o",
      simulated_requests: 0,
    });
    expect(Math.round(metrics.total_cost * 1e9)).toBe(totalCostNano);
    expect(Math.round(metrics.counterfactual_cost * 1e9)).toBe(counterfactualNano);
    expect(metrics.cost_savings_percent).toBeCloseTo(((counterfactualNano - totalCostNano) / counterfactualNano) * 100, 9);
    expect(metrics.avg_latency_ms).toBeCloseTo(latencies.reduce((sum, value) => sum + value, 0) / latencies.length, 6);
    for (const [quantile, estimate] of [[0.5, metrics.p50_latency_ms], [0.95, metrics.p95_latency_ms]] as const) {
      const exact = latencies[Math.ceil(quantile * latencies.length) - 1]!;
      const { lower, upper } = bucketBounds(latencyBucket(exact));
      expect(estimate).toBeGreaterThanOrEqual(lower);
      expect(estimate).toBeLessThanOrEqual(upper);
    }
    expect(metrics.provider_distribution.openai!.requests).toBe(7);
  });

  it("charts the same figures per hour", async () => {
    const series = timeseriesResponseSchema.parse(await (await app.fetch("/v1/metrics/timeseries?window=24h")).json());
    expect(series.bucket).toBe("hour");
    expect(series.points).toHaveLength(24);
    const current = series.points.at(-1)!;
    expect(current).toMatchObject({ start: new Date(HOUR_START).toISOString(), requests: 8, errors: 1, budget: 10 });
    expect(Math.round(current.cost * 1e9)).toBe(5 * 45_000);
    expect(series.points.slice(0, -1).every((point) => point.requests === 0)).toBe(true);
    expect(series.points[0]!.start).toBe(new Date(HOUR_START - 23 * HOUR_MS).toISOString());
  });

  it("reports the hour's budget ledger, then refuses (429) once a smaller budget is used up", async () => {
    const budget = budgetResponseSchema.parse(await (await app.fetch("/v1/budget")).json());
    const spentNano = 5 * 45_000;
    expect(budget).toMatchObject({ hourly_budget: 10, hour_start: new Date(HOUR_START).toISOString(), reserved: 0, requests_this_hour: 8, pacing_state: "off" });
    expect(Math.round(budget.current_hour_spend * 1e9)).toBe(spentNano);
    expect(budget.utilization_percent).toBeCloseTo((spentNano / 10e9) * 100, 9);

    const small = budgetResponseSchema.parse(await (await app.fetch("/v1/budget", { method: "PUT", json: { hourly_budget: 0.0002 } })).json());
    expect(small).toMatchObject({ hourly_budget: 0.0002, pacing_state: "exhausted" });
    expect(small.remaining).toBeCloseTo(0.0002 - spentNano / 1e9, 12);
    const refused = await app.fetch("/v1/route", { method: "POST", json: QUESTION });
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    await expectError(refused, { status: 429, type: "budget_exceeded" });
    expect(budgetResponseSchema.parse(await (await app.fetch("/v1/budget")).json()).requests_this_hour).toBe(9);

    await app.fetch("/v1/budget", { method: "PUT", json: { hourly_budget: 0.0002, on_exhausted: "cheapest" } });
    openai.script([{ kind: "reply", usage: USAGE }], { model: "gpt-4o-mini" });
    const cheapest = await (await app.fetch("/v1/route", { method: "POST", json: QUESTION })).json();
    expect(cheapest).toMatchObject({ status: "success", budget: { cheapest_only: true } });
  });

  it("exports Prometheus counters for the committed requests", async () => {
    const text = await (await app.fetch("/metrics")).text();
    expect(text).toContain('router_requests_total{status="success",model="gpt-4o-mini",provider="openai",endpoint="route"} 6');
    expect(text).toMatch(/router_budget_hourly_usd 0\.0002/);
    expect(text).toMatch(/router_request_latency_seconds_count\{model="gpt-4o-mini"\} 6/);
  });
});
