// Fuzzed input never produces a 5xx: a few hundred generated malformed and adversarial requests
// (fixed seed) to every /v1 endpoint, then every numeric field of every body set to boundary
// numbers (each change of settings, budget or registry followed by the requests it affects),
// through real HTTP and the real handlers. Every answer is below 500, every error is
// `{ error: { type, message } }` without a stack trace, and afterwards the app still routes a
// normal request. What it found is pinned in bad-input.test.ts (NUL characters, a zero half-life).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededRandom } from "@/lib/router/learning/seeded-random";
import { errorBodySchema } from "@/lib/schemas/common";
import { testProviders } from "@/tests/helpers/test-database";
import { boundaryRequests, fuzzRequest, HTTP_METHODS, type FuzzEndpoint, type FuzzRequest } from "./support/fuzz-requests";
import { startTestApp, type TestApp } from "./support/test-app";

const SEED = 20_261_125;
const REQUESTS = 400;
const STACK_FRAME = /\bat .+\.(ts|js):\d+|node_modules/;
// An error's message is ours: it never quotes an exception ("TypeError: …") either.
const EXCEPTION_TEXT = /\w*Error: /;

async function endpointsOf(app: TestApp): Promise<FuzzEndpoint[]> {
  const v1 = app.server.routes.filter((route) => route.urlPath.startsWith("/v1"));
  return Promise.all(
    v1.map(async (route) => {
      const handlers = (await import(route.file)) as Record<string, unknown>;
      return { route, methods: HTTP_METHODS.filter((method) => typeof handlers[method] === "function") };
    }),
  );
}

/** What is wrong with one answer, or null when nothing is. */
async function problemWith(request: FuzzRequest, response: Response): Promise<string | null> {
  const text = await response.text();
  const status = response.status;
  if (status >= 500) return `${status}: ${text.slice(0, 300)}`;
  if (request.frameworkStatus !== undefined) return status === request.frameworkStatus ? null : `expected the framework's ${request.frameworkStatus}, got ${status}`;
  if (STACK_FRAME.test(text)) return `${status} with a stack trace: ${text.slice(0, 300)}`;
  if (status < 400) return null;
  if (!response.headers.get("content-type")?.includes("application/json")) return `${status} without a JSON error body`;
  if (EXCEPTION_TEXT.test(text)) return `${status} quoting an exception: ${text.slice(0, 300)}`;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `${status} whose body is not JSON: ${text.slice(0, 100)}`;
  }
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return `${status} whose body is not { error: { type, message } }: ${text.slice(0, 200)}`;
  return parsed.data.error.type.length > 0 && parsed.data.error.message.length > 0 ? null : `${status} with an empty type or message`;
}

/** Sends one request and returns what is wrong with its answer ("description: problem"), or null. */
async function send(app: TestApp, request: FuzzRequest): Promise<string | null> {
  const response = await app.fetch(request.path, { method: request.method, headers: request.headers, body: request.body as BodyInit | undefined });
  const problem = await problemWith(request, response);
  return problem && `${request.description}: ${problem}`;
}

describe.each(testProviders())("fuzzed requests on %s", (provider) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(provider);
  });
  afterAll(() => app?.close());

  it(`answers ${REQUESTS} malformed and adversarial requests to every /v1 endpoint without a 5xx, errors in the documented shape`, async () => {
    const endpoints = await endpointsOf(app);
    const random = seededRandom(SEED);
    const problems: string[] = [];
    const reached = new Set<string>();
    for (let index = 0; index < REQUESTS; index++) {
      const request = fuzzRequest(random, endpoints, index);
      const problem = await send(app, request);
      if (problem) problems.push(problem);
      if (request.frameworkStatus === undefined) reached.add(`${request.method} ${request.path.split("?")[0]!.replace(/^\/v1\/(models|requests)\/.+$/, "/v1/$1/[id]")}`);
    }
    expect(problems).toEqual([]);
    // No body reached Object.prototype ("__proto__", "constructor", "prototype" keys are in the mix).
    const inherited: string[] = [];
    for (const key in {}) inherited.push(key);
    expect(inherited).toEqual([]);
    // Every method of every /v1 route was reached through its handler, not only the framework.
    const expected = endpoints.flatMap((endpoint) => endpoint.methods.map((method) => `${method} ${endpoint.route.urlPath}`));
    expect([...reached].sort()).toEqual(expect.arrayContaining(expected.sort()));
  });

  it("answers boundary numbers in every numeric field of every body without a 5xx, and keeps answering afterwards", async () => {
    const problems: string[] = [];
    const check = async (request: FuzzRequest) => {
      const problem = await send(app, request);
      if (problem) problems.push(problem);
    };
    const json = { "content-type": "application/json" };
    // What runs after a change of settings, budget or registry: a routed answer, a stream, the reports.
    const followUps: FuzzRequest[] = [
      { description: "then POST /v1/route", method: "POST", path: "/v1/route", headers: json, body: JSON.stringify({ prompt: "Prove that there are infinitely many primes", constraints: { relax: true } }) },
      { description: "then a streamed chat completion", method: "POST", path: "/v1/chat/completions", headers: json, body: JSON.stringify({ model: "auto", stream: true, messages: [{ role: "user", content: "Write a haiku" }] }) },
      { description: "then GET /v1/performance", method: "GET", path: "/v1/performance", headers: {} },
      { description: "then GET /v1/budget", method: "GET", path: "/v1/budget", headers: {} },
    ];
    const restore: FuzzRequest[] = [
      { description: "then restoring the budget", method: "PUT", path: "/v1/budget", headers: json, body: JSON.stringify({ hourly_budget: 100 }) },
      { description: "then restoring the settings", method: "PUT", path: "/v1/settings/routing", headers: json, body: JSON.stringify({ decay_half_life_hours: 168, learned_lambda: 10, exploration_rate: 0.1 }) },
    ];
    for (const request of boundaryRequests()) {
      await check(request);
      if (!request.changesState) continue;
      for (const next of [...followUps, ...restore]) await check({ ...next, description: `${request.description}, ${next.description}` });
    }
    expect(problems).toEqual([]);
  });

  it("still routes a normal request afterwards", async () => {
    // The fuzz may have lowered the budget or changed the defaults: restore them first.
    for (const [path, json] of [
      ["/v1/budget", { hourly_budget: 100 }],
      ["/v1/settings/routing", { default_policy: "static", default_classifier: "rules" }],
    ] as const) {
      const reset = await app.fetch(path, { method: "PUT", json });
      expect(reset.status, await reset.text()).toBe(200);
    }
    const response = await app.fetch("/v1/route", { method: "POST", json: { prompt: "Explain how a hash map works", constraints: { relax: true } } });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "success" });
  });
});
