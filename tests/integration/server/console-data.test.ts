// The functions the console's server components call read the same data, in the same shapes, as
// the HTTP API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBudget, getCircuits, getMetrics, getModelChanges, getModels, getPerformance, getProviders, getRequest, getRequests, getRoutingSettings, getTimeseries } from "@/lib/server/console-data";
import { testProviders } from "@/tests/helpers/test-database";
import { startTestApp, type TestApp } from "@/tests/integration/api/support/test-app";

describe.each(testProviders())("console data on %s", (provider) => {
  let app: TestApp;
  let requestId: string;
  beforeAll(async () => {
    app = await startTestApp(provider);
    requestId = (await (await app.fetch("/v1/route", { method: "POST", json: { prompt: "Name three primary colours.", policy: "static" } })).json()).request_id;
  });
  afterAll(() => app?.close());

  it("answers as the API does", async () => {
    expect(await getModels()).toEqual((await (await app.fetch("/v1/models")).json()).models);
    expect(await getMetrics("24h")).toEqual({ ...(await (await app.fetch("/v1/metrics?window=24h")).json()), to: expect.any(String) });
    expect(await getBudget()).toEqual(await (await app.fetch("/v1/budget")).json());
    expect(await getRequest(requestId)).toEqual(await (await app.fetch(`/v1/requests/${requestId}`)).json());
    expect((await getRequests({ limit: "10" })).data.map((entry) => entry.id)).toEqual([requestId]);
    expect((await getPerformance()).total_decisions).toBe(1);
    expect((await getTimeseries("24h")).points).toHaveLength(24);
    expect((await getRoutingSettings()).default_policy).toBe("adaptive");
    expect((await getProviders()).map((entry) => entry.id)).toEqual(["anthropic", "google", "openai"]);
    expect((await getCircuits()).length).toBe(6);
    expect((await getModelChanges({ limit: 3 })).length).toBe(3);
    await expect(getRequest("missing")).rejects.toMatchObject({ type: "not_found" });
  });
});
