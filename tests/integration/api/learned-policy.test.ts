// The learned policy is offered only when a trained artefact loads: without one, naming it is a
// 422 (for a request and for the default-policy setting); with the shipped artefact, it routes.
import { existsSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { routeResponseSchema } from "@/lib/schemas/route";
import { SHIPPED_ARTIFACT_PATH } from "@/lib/server/learned/artifact-location";
import { testProviders } from "@/tests/helpers/test-database";
import { expectError } from "./support/expect-error";
import { startTestApp, type TestApp } from "./support/test-app";

describe.each(testProviders())("learned policy on %s", (provider) => {
  let app: TestApp | undefined;
  afterEach(() => app?.close());

  it("is refused with 422 when no artefact is loaded, and nothing is recorded", async () => {
    app = await startTestApp(provider, { env: { LEARNED_ROUTER_ARTIFACT: "/nonexistent/artifact.json" } });
    await expectError(await app.fetch("/v1/route", { method: "POST", json: { prompt: "Hello there", policy: "learned" } }), { status: 422, type: "validation_error", param: "policy" });
    await expectError(await app.fetch("/v1/settings/routing", { method: "PUT", json: { default_policy: "learned" } }), { status: 422, type: "validation_error", param: "default_policy" });
    expect(await app.count("requests")).toBe(0);
  });

  it.skipIf(!existsSync(SHIPPED_ARTIFACT_PATH))("routes with the shipped artefact's quality predictions", async () => {
    app = await startTestApp(provider);
    const routed = routeResponseSchema.parse(
      await (await app.fetch("/v1/route", { method: "POST", json: { prompt: "Prove that the square root of 2 is irrational.", policy: "learned", execute: false } })).json(),
    );
    expect(routed.policy).toBe("learned");
    expect(routed.reason).toMatch(/^Learned/);
  });
});
