// POST /v1/route over real HTTP against a real database: routed, executed (simulator), recorded.
import { afterEach, describe, expect, it } from "vitest";
import { routeResponseSchema } from "@/lib/schemas/route";
import { testProviders } from "@/tests/helpers/test-database";
import { startTestApp, type TestApp } from "./support/test-app";

describe.each(testProviders())("POST /v1/route on %s", (provider) => {
  let app: TestApp;
  afterEach(() => app?.close());

  it("routes, answers with the simulator and records the request with its attempt", async () => {
    app = await startTestApp(provider);
    const response = await app.fetch("/v1/route", { method: "POST", json: { prompt: "What is the capital of France?", policy: "static" } });
    const text = await response.text();
    expect(response.status, text).toBe(200);
    const body = routeResponseSchema.parse(JSON.parse(text));
    expect(body.status).toBe("success");
    expect(body.simulated).toBe(true);
    expect(body.response).toMatch(/simulat/i);
    expect(body.attempts).toHaveLength(1);
    expect(await app.count("requests")).toBe(1);
    expect(await app.count("attempts")).toBe(1);
  });
});
