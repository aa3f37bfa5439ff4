// With ROUTER_API_KEY set every /v1 call (and /metrics) needs the bearer key or the console's
// signed session; /health and the API description stay public. Without a key nothing is asked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONSOLE_SESSION_COOKIE, createSessionToken } from "@/lib/server/auth/console-session";
import { testProviders } from "@/tests/helpers/test-database";
import { expectError } from "./support/expect-error";
import { startTestApp, TEST_API_KEY, type TestApp } from "./support/test-app";

const PROTECTED = [
  ["GET", "/v1/models"],
  ["GET", "/v1/models/gpt-4o"],
  ["POST", "/v1/route"],
  ["POST", "/v1/classify"],
  ["POST", "/v1/chat/completions"],
  ["POST", "/v1/feedback"],
  ["GET", "/v1/metrics"],
  ["GET", "/v1/metrics/timeseries"],
  ["GET", "/v1/budget"],
  ["PUT", "/v1/budget"],
  ["GET", "/v1/performance"],
  ["GET", "/v1/requests"],
  ["GET", "/v1/requests/some-id"],
  ["GET", "/v1/providers"],
  ["GET", "/v1/circuits"],
  ["GET", "/v1/settings/routing"],
  ["GET", "/v1/model-changes"],
  ["GET", "/v1/learned"],
  ["GET", "/v1/learned/ratings"],
  ["GET", "/metrics"],
] as const;

describe.each(testProviders())("authentication on %s", (provider) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(provider, { env: { ROUTER_API_KEY: TEST_API_KEY } });
  });
  afterAll(() => app?.close());

  const raw = (path: string, init: RequestInit = {}) => fetch(`${app.baseUrl}${path}`, init);

  it("covers every route file under /v1 in this list", () => {
    const v1Routes = app.server.routes.filter((route) => route.urlPath.startsWith("/v1")).map((route) => route.urlPath.replace(/\[(\w+)\]/, "some-id").replace("/v1/models/some-id", "/v1/models/gpt-4o"));
    expect(new Set(v1Routes)).toEqual(new Set(PROTECTED.map(([, path]) => path).filter((path) => path.startsWith("/v1"))));
  });

  it.each(PROTECTED)("answers %s %s with 401 without a key and with a wrong one, reading no body", async (method, path) => {
    const before = await app.count("requests");
    const body = method === "GET" ? undefined : JSON.stringify({ prompt: "hi" });
    const missing = await raw(path, { method, body, headers: { "content-type": "application/json" } });
    expect(missing.headers.get("www-authenticate")).toMatch(/^Bearer/);
    await expectError(missing, { status: 401, type: "authentication_error" });
    await expectError(await raw(path, { method, body, headers: { authorization: "Bearer wrong-key-0000000000000" } }), { status: 401, type: "authentication_error" });
    await expectError(await raw(path, { method, body, headers: { authorization: `Basic ${TEST_API_KEY}` } }), { status: 401, type: "authentication_error" });
    expect(await app.count("requests")).toBe(before);
  });

  it("accepts the bearer key, and never echoes it", async () => {
    const response = await raw("/v1/route", { method: "POST", headers: { authorization: `Bearer ${TEST_API_KEY}`, "content-type": "application/json" }, body: JSON.stringify({ prompt: "hi", execute: false }) });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain(TEST_API_KEY);
    const detail = await (await app.fetch(`/v1/requests/${JSON.parse(text).request_id}`)).text();
    expect(detail).not.toContain(TEST_API_KEY);
    expect(JSON.parse(detail).api_key).toMatch(/^api key [0-9a-f]{8}$/);
  });

  it("accepts the console's session cookie for reads, and for writes only from the same origin", async () => {
    const cookie = `${CONSOLE_SESSION_COOKIE}=${createSessionToken({ apiKey: TEST_API_KEY, now: Date.now() })}`;
    expect((await raw("/v1/budget", { headers: { cookie } })).status).toBe(200);
    const write = { method: "PUT", body: JSON.stringify({ hourly_budget: 3 }), headers: { cookie, "content-type": "application/json" } };
    expect((await raw("/v1/budget", write)).status).toBe(401);
    expect((await raw("/v1/budget", { ...write, headers: { ...write.headers, origin: "https://evil.example" } })).status).toBe(401);
    expect((await raw("/v1/budget", { ...write, headers: { ...write.headers, origin: app.baseUrl } })).status).toBe(200);
    const forged = `${CONSOLE_SESSION_COOKIE}=${createSessionToken({ apiKey: "another-key-0123456789", now: Date.now() })}`;
    expect((await raw("/v1/budget", { headers: { cookie: forged } })).status).toBe(401);
  });

  it("keeps /health and the API description public", async () => {
    expect((await raw("/health")).status).toBe(200);
    const openapi = await raw("/api/openapi.json");
    expect(openapi.status).toBe(200);
    expect((await openapi.json()).openapi).toBe("3.0.3");
  });
});

describe.each(testProviders())("without ROUTER_API_KEY on %s", (provider) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(provider);
  });
  afterAll(() => app?.close());

  it("asks for no key and labels requests as local", async () => {
    const response = await fetch(`${app.baseUrl}/v1/route`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ prompt: "hi", execute: false }) });
    expect(response.status).toBe(200);
    const detail = await (await app.fetch(`/v1/requests/${(await response.json()).request_id}`)).json();
    expect(detail.api_key).toBe("local (no ROUTER_API_KEY)");
  });
});
