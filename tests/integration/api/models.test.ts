// The registry editor's API: create (201, 409), read (404), patch, delete (204), each change in the
// audit log with the key's label and before/after, and the router using the change at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { modelChangeListResponseSchema, modelListResponseSchema, modelResponseSchema } from "@/lib/schemas/models";
import { routeResponseSchema } from "@/lib/schemas/route";
import { testProviders } from "@/tests/helpers/test-database";
import { keyFingerprint } from "@/lib/server/http/authenticate";
import { startTestApp, TEST_API_KEY, type TestApp } from "./support/test-app";

const BARGAIN = {
  id: "bargain-mini",
  provider: "openai",
  provider_model: "gpt-4o-mini",
  input_price_per_1m: 0.01,
  output_price_per_1m: 0.02,
  context_window: 128_000,
  max_output_tokens: 4_096,
  latency_ms: 300,
  quality_score: 0.9,
  capabilities: ["code", "reasoning", "creative", "json"],
};

describe.each(testProviders())("models API on %s", (provider) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(provider, { env: { ROUTER_API_KEY: TEST_API_KEY } });
  });
  afterAll(() => app?.close());

  it("lists the seeded registry and reads one model", async () => {
    const list = modelListResponseSchema.parse(await (await app.fetch("/v1/models")).json());
    expect(list.models.map((model) => model.id).sort()).toEqual(
      ["claude-3-5-haiku", "claude-3-5-sonnet", "gemini-1.5-flash", "gemini-1.5-pro", "gpt-4o", "gpt-4o-mini"].sort(),
    );
    const model = modelResponseSchema.parse(await (await app.fetch("/v1/models/gpt-4o")).json());
    expect(model).toMatchObject({ provider: "openai", input_price_per_1m: 2.5, output_price_per_1m: 10, quality_score: 0.95 });
  });

  it("creates a model that the router then chooses, patches, disables and deletes it, auditing each change", async () => {
    const created = await app.fetch("/v1/models", { method: "POST", json: BARGAIN });
    expect(created.status).toBe(201);
    expect(modelResponseSchema.parse(await created.json())).toMatchObject({ ...BARGAIN, cached_input_price_per_1m: null, enabled: true });

    const routed = routeResponseSchema.parse(
      await (await app.fetch("/v1/route", { method: "POST", json: { prompt: "Explain how vaccines train the immune system.", policy: "static", execute: false } })).json(),
    );
    expect(routed.model).toBe("bargain-mini");
    expect(routed.explanation.find((entry) => entry.model === "bargain-mini")).toMatchObject({ status: "chosen", rank: 0 });

    const patched = modelResponseSchema.parse(await (await app.fetch(`/v1/models/${BARGAIN.id}`, { method: "PATCH", json: { quality_score: 0.5 } })).json());
    expect(patched.quality_score).toBe(0.5);
    const afterPatch = routeResponseSchema.parse(
      await (await app.fetch("/v1/route", { method: "POST", json: { prompt: "Explain how vaccines train the immune system.", policy: "static", execute: false } })).json(),
    );
    expect(afterPatch.model).not.toBe("bargain-mini");
    expect(afterPatch.explanation.find((entry) => entry.model === "bargain-mini")).toMatchObject({ status: "excluded", exclusion_reason: "below_quality" });

    await app.fetch(`/v1/models/${BARGAIN.id}`, { method: "PATCH", json: { enabled: false } });
    const deleted = await app.fetch(`/v1/models/${BARGAIN.id}`, { method: "DELETE" });
    expect(deleted.status).toBe(204);
    expect((await app.fetch(`/v1/models/${BARGAIN.id}`)).status).toBe(404);

    const changes = modelChangeListResponseSchema.parse(await (await app.fetch(`/v1/model-changes?model=${BARGAIN.id}`)).json()).changes;
    expect(changes.map((change) => change.action)).toEqual(["delete", "update", "update", "create"]);
    const label = `api key ${keyFingerprint(TEST_API_KEY)}`;
    expect(changes.every((change) => change.actor === label)).toBe(true);
    expect(JSON.stringify(changes)).not.toContain(TEST_API_KEY);
    expect(changes[3]).toMatchObject({ before: null, after: { id: BARGAIN.id, quality_score: 0.9 } });
    expect(changes[2]).toMatchObject({ before: { quality_score: 0.9 }, after: { quality_score: 0.5 } });
    expect(changes[0]).toMatchObject({ before: { enabled: false }, after: null });
  });

  it("shares registry changes with a second instance on the same database through the version poll", async () => {
    const { createAppServices } = await import("@/lib/server/app-services");
    const other = await createAppServices({ env: app.services.env, refreshIntervalMs: 0, log: () => undefined });
    try {
      await app.fetch("/v1/models", { method: "POST", json: { ...BARGAIN, id: "shared-model" } });
      expect(other.registry.find("shared-model")).toBeUndefined();
      await other.sync.tick();
      expect(other.registry.find("shared-model")).toMatchObject({ qualityScore: 0.9 });
    } finally {
      await other.close();
    }
  });
});
