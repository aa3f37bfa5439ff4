// The learned router in the product (issue 7, part 3): GET /v1/learned shows the loaded artefact,
// its registry mapping and frontier; the app's own ratings export as training data; a retrain from
// them writes an artefact over registry ids that running instances reload when the file changes.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeAll, afterAll, describe, expect, it } from "vitest";
import { ratedExampleSchema } from "@/lib/router/learned/train/quality-table";
import { DEFAULT_MODELS } from "@/lib/router/registry/default-models";
import { learnedStatusResponseSchema } from "@/lib/schemas/learned";
import { routeResponseSchema } from "@/lib/schemas/route";
import { SHIPPED_ARTIFACT_PATH } from "@/lib/server/learned/artifact-location";
import { RELOAD_CHECK_MS } from "@/lib/server/learned/learned-router-holder";
import { NotEnoughRatingsError, retrainFromRatings } from "@/lib/server/learned/retrain-from-ratings";
import { MINIMUM_RATED_PROMPTS } from "@/lib/server/learned/retrain-requirements";
import { testProviders } from "@/tests/helpers/test-database";
import { startTestApp, type TestApp } from "./support/test-app";

const PROVIDERS = ["openai", "google"] as const;

/** Routes `count` distinct prompts, alternating between two providers' cheapest models, and rates each. */
async function routeAndRate(app: TestApp, count: number): Promise<void> {
  for (let index = 0; index < count; index++) {
    const provider = PROVIDERS[index % PROVIDERS.length]!;
    const response = await app.fetch("/v1/route", {
      method: "POST",
      json: { prompt: `Question number ${index}: what is ${index} times ${index + 3}?`, policy: "static", constraints: { provider } },
    });
    const routed = routeResponseSchema.parse(await response.json());
    const feedback = await app.fetch("/v1/feedback", {
      method: "POST",
      json: { request_id: routed.request_id, quality_score: provider === "openai" ? 0.9 : 0.4, success: true },
    });
    expect(feedback.status).toBe(200);
  }
}

describe.each(testProviders())("learned router on %s", (provider) => {
  let app: TestApp | undefined;
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), "learned-router-test-"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it.skipIf(!existsSync(SHIPPED_ARTIFACT_PATH))("describes the shipped artefact: training data, registry mapping and frontier", async () => {
    app = await startTestApp(provider, { env: { LEARNED_ROUTER_ARTIFACT: SHIPPED_ARTIFACT_PATH } });
    const status = learnedStatusResponseSchema.parse(await (await app.fetch("/v1/learned")).json());
    expect(status.available).toBe(true);
    expect(status.artifact).toMatchObject({ name: "routerbench.json", origin: "configured" });
    expect(status.artifact!.models.length).toBeGreaterThan(1);
    expect(status.mapping.map((entry) => entry.registry_model).sort()).toEqual(DEFAULT_MODELS.map((model) => model.id).sort());
    const artifactIds = new Set(status.artifact!.models.map((model) => model.id));
    for (const entry of status.mapping) expect(artifactIds.has(entry.artifact_model)).toBe(true);
    expect(status.frontier.length).toBeGreaterThan(1);
    // The frontier climbs: less weight on cost never buys less quality at lower cost.
    const byCost = [...status.frontier].sort((left, right) => left.cost - right.cost);
    expect(byCost.at(-1)!.quality).toBeGreaterThanOrEqual(byCost[0]!.quality);
    expect(status.ratings).toMatchObject({ examples: 0, prompts: 0 });
  });

  it("says why the learned policy is off when no artefact loads", async () => {
    app = await startTestApp(provider, { env: { LEARNED_ROUTER_ARTIFACT: path.join(scratch, "missing.json") } });
    const status = learnedStatusResponseSchema.parse(await (await app.fetch("/v1/learned")).json());
    expect(status).toMatchObject({ available: false, artifact: null, mapping: [], frontier: [] });
    expect(status.reason).toMatch(/train:router|learned:retrain/);
  });

  it("refuses to retrain from too few ratings, saying how many it needs", async () => {
    app = await startTestApp(provider, { env: { LEARNED_ROUTER_ARTIFACT: path.join(scratch, "missing.json") } });
    await routeAndRate(app, 4);
    const outFile = path.join(scratch, `too-few-${provider}.json`);
    await expect(retrainFromRatings({ executor: app.services.sql, outFile })).rejects.toBeInstanceOf(NotEnoughRatingsError);
    expect(existsSync(outFile)).toBe(false);
  });

  it("exports the rated requests, retrains on them, and a running instance reloads the new artefact", async () => {
    let now = Date.UTC(2026, 10, 25, 12);
    const artifactFile = path.join(scratch, `live-${provider}.json`);
    if (existsSync(SHIPPED_ARTIFACT_PATH)) copyFileSync(SHIPPED_ARTIFACT_PATH, artifactFile);
    app = await startTestApp(provider, { clock: () => now, env: { LEARNED_ROUTER_ARTIFACT: artifactFile } });
    const count = MINIMUM_RATED_PROMPTS + 2;
    await routeAndRate(app, count);

    const exported = await app.fetch("/v1/learned/ratings");
    expect(exported.headers.get("content-type")).toContain("application/x-ndjson");
    const lines = (await exported.text()).trim().split("\n").map((line) => ratedExampleSchema.parse(JSON.parse(line)));
    expect(lines).toHaveLength(count);
    expect(new Set(lines.map((line) => line.model))).toEqual(new Set(["gpt-4o-mini", "gemini-1.5-flash"]));
    expect(lines.every((line) => line.quality === (line.model === "gpt-4o-mini" ? 0.9 : 0.4))).toBe(true);

    const report = await retrainFromRatings({ executor: app.services.sql, outFile: artifactFile });
    expect(report).toMatchObject({ examples: count, prompts: count });
    expect(report.models.sort()).toEqual(["gemini-1.5-flash", "gpt-4o-mini"]);

    now += RELOAD_CHECK_MS;
    const status = learnedStatusResponseSchema.parse(await (await app.fetch("/v1/learned")).json());
    expect(status.available).toBe(true);
    expect(status.artifact).toMatchObject({ source: "this app's rated requests", prompts: count, rows: `${count} ratings` });
    expect(status.ratings).toMatchObject({ examples: count, prompts: count, models: 2 });
    // Trained on registry ids: the two rated models map to themselves.
    expect(status.mapping).toEqual(
      expect.arrayContaining([
        { registry_model: "gpt-4o-mini", artifact_model: "gpt-4o-mini" },
        { registry_model: "gemini-1.5-flash", artifact_model: "gemini-1.5-flash" },
      ]),
    );
  });
});
