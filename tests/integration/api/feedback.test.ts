// POST /v1/feedback: a rating updates the adaptive statistics at once (the report, and the snapshot
// decisions read), rating again replaces the earlier rating, and the rating shows in the log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedbackResponseSchema } from "@/lib/schemas/feedback";
import { performanceResponseSchema } from "@/lib/schemas/performance";
import { routeResponseSchema, type RouteResponse } from "@/lib/schemas/route";
import { testProviders } from "@/tests/helpers/test-database";
import { expectError } from "./support/expect-error";
import { startTestApp, type TestApp } from "./support/test-app";

describe.each(testProviders())("feedback on %s", (provider) => {
  let app: TestApp;
  let routed: RouteResponse;
  beforeAll(async () => {
    app = await startTestApp(provider);
    routed = routeResponseSchema.parse(
      await (await app.fetch("/v1/route", { method: "POST", json: { prompt: "What is the boiling point of water?", policy: "static" } })).json(),
    );
  });
  afterAll(() => app?.close());

  async function row() {
    const report = performanceResponseSchema.parse(await (await app.fetch("/v1/performance")).json());
    return report.rows.find((entry) => entry.model === routed.model && entry.complexity === routed.complexity && entry.task_type === routed.task_type)!;
  }
  const snapshotRow = () => app.services.stats.snapshot().row({ complexity: routed.complexity, taskType: routed.task_type, modelId: routed.model });
  const rate = (quality: number, success: boolean) =>
    app.fetch("/v1/feedback", { method: "POST", json: { request_id: routed.request_id, quality_score: quality, success, comment: "checked by a test" } });

  it("counts the routed request before any rating", async () => {
    expect(await row()).toMatchObject({ decisions: 1, requests: 1, success_rate: 1, ratings: 0, avg_quality: null });
  });

  it("updates the statistics at once, and a second rating replaces the first", async () => {
    expect(feedbackResponseSchema.parse(await (await rate(0.8, true)).json())).toEqual({ request_id: routed.request_id, status: "recorded", replaced: false });
    expect(snapshotRow()).toMatchObject({ ratings: 1, qualitySum: 0.8 });
    expect(await row()).toMatchObject({ ratings: 1, avg_quality: 0.8, success_rate: 1 });

    expect(feedbackResponseSchema.parse(await (await rate(0.25, false)).json()).replaced).toBe(true);
    expect(snapshotRow()).toMatchObject({ ratings: 1, qualitySum: 0.25, successes: 0, requests: 1 });
    const replaced = await row();
    expect(replaced).toMatchObject({ ratings: 1, avg_quality: 0.25, success_rate: 0 });
    expect(replaced.decayed_quality).toBeCloseTo(0.25, 9);
    expect(await app.count("feedback")).toBe(1);

    const detail = await (await app.fetch(`/v1/requests/${routed.request_id}`)).json();
    expect(detail.feedback).toMatchObject({ success: false, quality_score: 0.25, comment: "checked by a test" });
    const rated = await (await app.fetch("/v1/requests?rated=true")).json();
    expect(rated.data.map((entry: { id: string }) => entry.id)).toEqual([routed.request_id]);
  });

  it("refuses to rate a request that was refused before any model was chosen", async () => {
    const refused = await app.fetch("/v1/route", { method: "POST", json: { prompt: "Prove Fermat's last theorem.", constraints: { max_cost: 0.0000001 } } });
    const { error } = await refused.json();
    expect(error.type).toBe("no_eligible_model");
    await expectError(await app.fetch("/v1/feedback", { method: "POST", json: { request_id: error.request_id, quality_score: 1, success: true } }), {
      status: 409,
      type: "conflict",
    });
  });
});
