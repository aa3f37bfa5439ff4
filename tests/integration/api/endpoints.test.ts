// The remaining endpoints over real HTTP: classify (body and the sketch's query-string form),
// providers, circuits, routing settings, the request log (keyset pages, filters, CSV export) and
// route-only decisions.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { budgetResponseSchema } from "@/lib/schemas/budget";
import { circuitListResponseSchema } from "@/lib/schemas/circuits";
import { classifyResponseSchema } from "@/lib/schemas/classify";
import { routingSettingsSchema } from "@/lib/schemas/performance";
import { providerListResponseSchema } from "@/lib/schemas/providers";
import { requestListResponseSchema } from "@/lib/schemas/requests";
import { routeResponseSchema } from "@/lib/schemas/route";
import { testProviders } from "@/tests/helpers/test-database";
import { startTestApp, type TestApp } from "./support/test-app";

describe.each(testProviders())("endpoints on %s", (provider) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(provider, { env: { OPENAI_API_KEY: "sk-live-looking-key-0123456789" }, credentialSource: { LOCAL_LLM_API_KEY: "local-secret-value-123" } });
  });
  afterAll(() => app?.close());

  it("classifies from a JSON body and from the query string, recording nothing", async () => {
    const body = classifyResponseSchema.parse(
      await (await app.fetch("/v1/classify", { method: "POST", json: { prompt: "Write a Python function that reverses a list.", classifier: "rules" } })).json(),
    );
    expect(body).toMatchObject({ task_type: "code", classifier: "rules" });
    expect(body.features.words).toBe(8);
    const query = classifyResponseSchema.parse(await (await app.fetch(`/v1/classify?prompt=${encodeURIComponent("Translate hello into French")}&classifier=cascade`, { method: "POST" })).json());
    expect(query.task_type).toBe("translation");
    expect(query.stages.length).toBeGreaterThan(0);
    expect(await app.count("requests")).toBe(0);
  });

  it("lists providers' key status without any key value, and adds an OpenAI-compatible server", async () => {
    const before = providerListResponseSchema.parse(await (await app.fetch("/v1/providers")).json());
    expect(before.providers.find((entry) => entry.id === "openai")).toMatchObject({ mode: "live", reason: null, api_key_env: "OPENAI_API_KEY" });
    expect(before.providers.find((entry) => entry.id === "anthropic")).toMatchObject({ mode: "simulated", reason: "no ANTHROPIC_API_KEY" });
    const created = await app.fetch("/v1/providers", {
      method: "POST",
      json: { id: "local-llm", kind: "openai_compatible", base_url: "http://user:pw@127.0.0.1:11434/v1?token=abc", api_key_env: "LOCAL_LLM_API_KEY" },
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ id: "local-llm", mode: "live", base_url: "http://127.0.0.1:11434/v1" });
    expect((await app.fetch("/v1/providers", { method: "POST", json: { id: "local-llm", kind: "openai_compatible", base_url: "http://127.0.0.1:1/v1" } })).status).toBe(409);
    const text = await (await app.fetch("/v1/providers")).text();
    expect(text).not.toContain("sk-live-looking-key");
    expect(text).not.toContain("local-secret-value");
    expect(text).not.toContain(":pw@");
  });

  it("shows every model's circuit", async () => {
    const { circuits } = circuitListResponseSchema.parse(await (await app.fetch("/v1/circuits")).json());
    expect(circuits.map((circuit) => circuit.model)).toContain("gpt-4o");
    expect(circuits.every((circuit) => circuit.state === "closed")).toBe(true);
  });

  it("reads and changes routing settings, and a request without a policy uses the new default", async () => {
    const settings = routingSettingsSchema.parse(await (await app.fetch("/v1/settings/routing")).json());
    expect(settings).toMatchObject({ default_policy: "adaptive", adaptive_algorithm: "epsilon_greedy", exploration_rate: 0.1 });
    const changed = routingSettingsSchema.parse(
      await (await app.fetch("/v1/settings/routing", { method: "PUT", json: { default_policy: "budget", adaptive_algorithm: "thompson", decay_half_life_hours: 24 } })).json(),
    );
    expect(changed).toMatchObject({ default_policy: "budget", adaptive_algorithm: "thompson", decay_half_life_hours: 24, exploration_rate: 0.1 });
    expect(app.services.stats.halfLifeMs).toBe(24 * 3_600_000);
    const routed = routeResponseSchema.parse(await (await app.fetch("/v1/route", { method: "POST", json: { prompt: "What is an atom?", execute: false } })).json());
    expect(routed.policy).toBe("budget");
  });

  it("records a route-only decision and releases its reservation", async () => {
    const routed = routeResponseSchema.parse(await (await app.fetch("/v1/route", { method: "POST", json: { prompt: "Summarize the plot of Hamlet.", execute: false, policy: "static" } })).json());
    expect(routed).toMatchObject({ status: "routed", response: null, actual_cost: null, attempts: [] });
    expect(routed.estimated_cost).toBeGreaterThan(0);
    const budget = budgetResponseSchema.parse(await (await app.fetch("/v1/budget")).json());
    expect(budget).toMatchObject({ reserved: 0, current_hour_spend: 0 });
  });

  it("pages through the request log by keyset, filters it, and exports it as CSV", async () => {
    for (let index = 0; index < 5; index++) {
      await app.fetch("/v1/route", { method: "POST", json: { prompt: `=HYPERLINK("x") question number ${index}, "quoted"?`, execute: false, policy: "static" } });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = requestListResponseSchema.parse(await (await app.fetch(`/v1/requests?limit=2${cursor ? `&cursor=${cursor}` : ""}`)).json());
      expect(page.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.data.map((entry) => entry.id));
      cursor = page.next_cursor;
    } while (cursor);
    const total = await app.count("requests");
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);

    const filtered = requestListResponseSchema.parse(await (await app.fetch(`/v1/requests?q=${encodeURIComponent("QUESTION NUMBER 3")}`)).json());
    expect(filtered.data).toHaveLength(1);
    expect(filtered.data[0]!.prompt_preview).toContain("question number 3");
    const routedOnly = requestListResponseSchema.parse(await (await app.fetch("/v1/requests?status=routed&policy=static&limit=200")).json());
    expect(routedOnly.data.length).toBe(6);
    const wildcard = requestListResponseSchema.parse(await (await app.fetch(`/v1/requests?q=${encodeURIComponent("%")}`)).json());
    expect(wildcard.data).toHaveLength(0);

    const csv = await app.fetch("/v1/requests?format=csv&status=routed&policy=static");
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines[0]).toMatch(/^id,created_at,endpoint,status,model/);
    expect(lines).toHaveLength(7);
    expect(lines.find((line) => line.includes("question number 3"))).toContain(`"'=HYPERLINK(""x"") question number 3, ""quoted""?"`);
  });
});

describe.each(testProviders())("prompt storage off on %s", (provider) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(provider, { env: { STORE_PROMPTS: "false" } });
  });
  afterAll(() => app?.close());

  it("keeps only the prompt's hash and length, while still answering", async () => {
    const prompt = "My account number is 12345; what is my balance?";
    const routed = routeResponseSchema.parse(await (await app.fetch("/v1/route", { method: "POST", json: { prompt, system_prompt: "secret system text", policy: "static" } })).json());
    expect(routed.response).toBeTruthy();
    const detailText = await (await app.fetch(`/v1/requests/${routed.request_id}`)).text();
    const detail = JSON.parse(detailText);
    expect(detail).toMatchObject({ prompt: null, system_prompt: null, response: null, prompt_preview: null, prompt_chars: prompt.length });
    expect(detail.prompt_hash).toBe(createHash("sha256").update(prompt).digest("hex"));
    expect(detailText).not.toContain("12345");
    expect(detailText).not.toContain("secret system text");
  });
});
