// POST /v1/route with stream: true: decision, start, deltas, then done after the commit (or error,
// saying how much was delivered). The request row exists (in_progress) before the first event.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeResponseSchema, routeStreamDecisionSchema, routeStreamErrorSchema } from "@/lib/schemas/route";
import { sql } from "@/lib/server/sql/sql-statement";
import { testProviders } from "@/tests/helpers/test-database";
import { startOpenAIWireServer } from "@/tests/fakes/openai-wire-server";
import type { FakeWireServer } from "@/tests/fakes/wire-server";
import { readEvents } from "./support/sse";
import { startTestApp, type TestApp } from "./support/test-app";

describe.each(testProviders())("POST /v1/route streaming on %s", (provider) => {
  let app: TestApp;
  let openai: FakeWireServer;

  beforeAll(async () => {
    openai = await startOpenAIWireServer();
    app = await startTestApp(provider, {
      env: { OPENAI_API_KEY: "sk-test-stream-0123456789abcdef", OPENAI_BASE_URL: openai.baseUrl },
      executionPolicy: { backoffBaseMs: 1, backoffMaxMs: 2 },
    });
  });
  afterAll(async () => {
    await app?.close();
    await openai?.close();
  });

  async function statusOf(requestId: string): Promise<string | undefined> {
    const [row] = await app.services.sql.query(sql`SELECT status FROM requests WHERE id = ${requestId}`);
    return row?.status as string | undefined;
  }

  it("sends decision, start, deltas and done, and commits the request before done", async () => {
    openai.reset();
    openai.script([{ kind: "reply", chunks: ["Paris ", "is ", "the ", "capital."], usage: { input: 12, output: 4 } }], { model: "gpt-4o-mini" });
    const response = await app.fetch("/v1/route", {
      method: "POST",
      json: { prompt: "What is the capital of France?", stream: true, policy: "static", constraints: { provider: "openai" } },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
    const statuses: Record<string, string | undefined> = {};
    const events = await readEvents(response, async (event) => {
      if (event.event === "decision") statuses.decision = await statusOf(JSON.parse(event.data).request_id);
      if (event.event === "done") statuses.done = await statusOf(JSON.parse(event.data).request_id);
    });
    expect(events.map((event) => event.event)).toEqual(["decision", "start", "delta", "delta", "delta", "delta", "done"]);
    const decision = routeStreamDecisionSchema.parse(JSON.parse(events[0]!.data));
    expect(decision).toMatchObject({ model: "gpt-4o-mini", simulated: false });
    const done = routeResponseSchema.parse(JSON.parse(events.at(-1)!.data));
    expect(done).toMatchObject({ status: "success", response: "Paris is the capital.", simulated: false, usage: { input_tokens: 12, output_tokens: 4 } });
    expect(done.actual_cost).toBeCloseTo((12 * 0.15 + 4 * 0.6) / 1e6, 12);
    expect(statuses).toEqual({ decision: "in_progress", done: "success" });
    const detail = await (await app.fetch(`/v1/requests/${done.request_id}`)).json();
    expect(detail).toMatchObject({ stream: true, response: "Paris is the capital.", status: "success" });
  });

  it("ends a stream that breaks after its first token with an error event and records what was delivered", async () => {
    openai.reset();
    openai.script([{ kind: "stream_break", afterChunks: 2, mode: "destroy" }], { model: "gpt-4o-mini" });
    const response = await app.fetch("/v1/route", {
      method: "POST",
      json: { prompt: "Define the word entropy.", stream: true, policy: "static", constraints: { provider: "openai" } },
    });
    const events = await readEvents(response);
    const last = events.at(-1)!;
    expect(last.event).toBe("error");
    const failure = routeStreamErrorSchema.parse(JSON.parse(last.data));
    expect(failure.delivered_chars).toBeGreaterThan(0);
    const delivered = events.filter((event) => event.event === "delta").map((event) => JSON.parse(event.data).text).join("");
    expect(failure.delivered_chars).toBe(delivered.length);
    const detail = await (await app.fetch(`/v1/requests/${failure.request_id}`)).json();
    expect(detail).toMatchObject({ status: "error", response: delivered, stream: true });
    expect(detail.error_class).toBe("stream_interrupted");
  });

  it("falls back silently when the first model fails before any token", async () => {
    openai.reset();
    openai.script([{ kind: "error", status: 500 }, { kind: "error", status: 500 }, { kind: "error", status: 500 }], { model: "gpt-4o-mini" });
    openai.script([{ kind: "reply", text: "From the fallback." }], { model: "gpt-4o" });
    const response = await app.fetch("/v1/route", {
      method: "POST",
      json: { prompt: "What is 2 + 2?", stream: true, policy: "static", constraints: { provider: "openai" } },
    });
    const events = await readEvents(response);
    const start = events.find((event) => event.event === "start")!;
    expect(JSON.parse(start.data).model).toBe("gpt-4o");
    const done = routeResponseSchema.parse(JSON.parse(events.at(-1)!.data));
    expect(done).toMatchObject({ chosen_model: "gpt-4o-mini", model: "gpt-4o", fallback_used: true, response: "From the fallback." });
    expect(done.attempts.map((attempt) => [attempt.model, attempt.status])).toEqual([
      ["gpt-4o-mini", "error"],
      ["gpt-4o-mini", "error"],
      ["gpt-4o-mini", "error"],
      ["gpt-4o", "success"],
    ]);
    expect(await app.count("attempts")).toBeGreaterThanOrEqual(4);
  });
});
