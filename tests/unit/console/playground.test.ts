import { describe, expect, it } from "vitest";
import { buildRouteBody, EMPTY_PLAYGROUND_FORM } from "@/lib/client/playground-form";
import { IDLE_RUN, isRunActive, ratableRequestId, reduceRun, type PlaygroundRun, type RunAction } from "@/lib/client/playground-run";
import { routeResponse } from "./fixtures";

const run = (actions: RunAction[]): PlaygroundRun => actions.reduce(reduceRun, IDLE_RUN);

describe("buildRouteBody", () => {
  it("sends only what was filled in, with constraints in the API's snake_case", () => {
    const result = buildRouteBody({ ...EMPTY_PLAYGROUND_FORM, prompt: "Hi", minQuality: "0.9", providers: ["openai"], policy: "static" }, true);
    expect(result).toEqual({ ok: true, body: { prompt: "Hi", constraints: { min_quality: 0.9, provider: ["openai"] }, policy: "static", execute: true } });
  });

  it("reports the API schema's messages at the field they concern", () => {
    const empty = buildRouteBody(EMPTY_PLAYGROUND_FORM, true);
    expect(empty).toEqual({ ok: false, errors: { prompt: "Prompt must not be empty" } });
    const badQuality = buildRouteBody({ ...EMPTY_PLAYGROUND_FORM, prompt: "Hi", minQuality: "1.5", maxCost: "-1" }, false);
    expect(badQuality.ok).toBe(false);
    if (!badQuality.ok) expect(Object.keys(badQuality.errors).sort()).toEqual(["max_cost", "min_quality"]);
  });

  it("includes the system prompt only when it has text", () => {
    const result = buildRouteBody({ ...EMPTY_PLAYGROUND_FORM, prompt: "Hi", systemPrompt: "  " }, false);
    expect(result.ok && "system_prompt" in result.body).toBe(false);
  });
});

describe("reduceRun", () => {
  const decision = routeResponse();

  it("streams: waiting → decision → streaming text → done with the final response", () => {
    const waiting = run([{ type: "submitted", mode: "execute" }]);
    expect(isRunActive(waiting)).toBe(true);
    const streaming = run([
      { type: "submitted", mode: "execute" },
      { type: "event", event: { type: "decision", decision } },
      { type: "event", event: { type: "delta", text: "Par" } },
      { type: "event", event: { type: "delta", text: "is." } },
    ]);
    expect(streaming).toMatchObject({ phase: "streaming", answer: "Paris." });
    expect(ratableRequestId(streaming)).toBeUndefined();
    const done = reduceRun(streaming, { type: "event", event: { type: "done", response: routeResponse({ response: "Paris." }) } });
    expect(done.phase).toBe("done");
    expect(isRunActive(done)).toBe(false);
    expect(ratableRequestId(done)).toBe("req_1");
  });

  it("keeps what arrived when the stream fails, and records how much was delivered", () => {
    const failed = run([
      { type: "submitted", mode: "execute" },
      { type: "event", event: { type: "delta", text: "Par" } },
      {
        type: "event",
        event: { type: "error", failure: { request_id: "r", error: { type: "provider_error", message: "x" }, model: null, delivered_chars: 3, delivered_tokens: 1, attempts: [] } },
      },
    ]);
    expect(failed).toMatchObject({ phase: "failed", answer: "Par", failure: { type: "provider_error", deliveredChars: 3 } });
  });

  it("a new submission clears the previous run", () => {
    const again = run([
      { type: "submitted", mode: "execute" },
      { type: "event", event: { type: "delta", text: "old" } },
      { type: "submitted", mode: "route_only" },
    ]);
    expect(again).toEqual({ phase: "waiting", mode: "route_only", answer: "" });
  });

  it("a routed-only decision cannot be rated (no answer)", () => {
    const routed = run([
      { type: "submitted", mode: "route_only" },
      { type: "event", event: { type: "done", response: routeResponse({ status: "routed", response: null }) } },
    ]);
    expect(routed.phase).toBe("done");
    expect(ratableRequestId(routed)).toBeUndefined();
  });
});
