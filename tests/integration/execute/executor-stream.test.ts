import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { StreamEvent } from "@/lib/router/execute/execution-types";
import { seededModel } from "@/tests/fakes/test-models";
import { collectEvents, WireHarness } from "./wire-harness";

const harness = new WireHarness();
const mini = seededModel("gpt-4o-mini");
const gpt4o = seededModel("gpt-4o");
const haiku = seededModel("claude-3-5-haiku");
const messages = [{ role: "user" as const, content: "Name three primary colours." }];

const deltas = (events: StreamEvent[]) => events.flatMap((event) => (event.type === "delta" ? [event.text] : []));
const last = (events: StreamEvent[]) => events.at(-1);

beforeAll(() => harness.start());
afterEach(() => harness.reset());
afterAll(() => harness.stop());

describe("streaming through the executor", () => {
  it("streams OpenAI deltas, then a done event with usage, cost and time to first token", async () => {
    harness.openai.script([{ kind: "reply", chunks: ["Red, ", "blue, ", "yellow."], usage: { input: 500, cached: 100, output: 3 } }]);
    const events = await collectEvents(harness.executor().executor.stream({ messages, candidates: [mini] }));
    expect(events[0]).toEqual({ type: "start", modelId: "gpt-4o-mini", provider: "openai", providerModel: "gpt-4o-mini", simulated: false, simulationReason: null });
    expect(deltas(events)).toEqual(["Red, ", "blue, ", "yellow."]);
    const done = last(events);
    expect(done?.type).toBe("done");
    if (done?.type !== "done") return;
    // 400 x $0.15/M + 100 x $0.075/M + 3 x $0.60/M
    expect(done.result).toMatchObject({ text: "Red, blue, yellow.", usage: { inputTokens: 500, cachedInputTokens: 100, outputTokens: 3 }, costNano: 69_300, costEstimated: false, finishReason: "stop" });
    expect(done.result.timeToFirstTokenMs).not.toBeNull();
  });

  it("streams Anthropic deltas with usage from message_start and message_delta", async () => {
    harness.anthropic.script([{ kind: "reply", chunks: ["Red", " and blue"], usage: { input: 40, cached: 0, output: 4 } }]);
    const events = await collectEvents(harness.executor().executor.stream({ messages, candidates: [haiku] }));
    expect(deltas(events)).toEqual(["Red", " and blue"]);
    const done = last(events);
    expect(done?.type === "done" && done.result.usage).toEqual({ inputTokens: 40, cachedInputTokens: 0, outputTokens: 4 });
  });

  it("falls back transparently when a stream breaks before its first token", async () => {
    harness.openai.script([{ kind: "stream_break", afterChunks: 0, mode: "destroy" }], { model: "gpt-4o-mini" });
    harness.openai.script([{ kind: "reply", chunks: ["from ", "gpt-4o"] }], { model: "gpt-4o" });
    const { executor } = harness.executor({ policy: { maxRetriesPerModel: 0 } });
    const events = await collectEvents(executor.stream({ messages, candidates: [mini, gpt4o] }));
    expect(events.filter((event) => event.type === "start")).toEqual([expect.objectContaining({ modelId: "gpt-4o" })]);
    expect(deltas(events)).toEqual(["from ", "gpt-4o"]);
    const done = last(events);
    expect(done?.type === "done" && done.result.attempts.map((attempt) => [attempt.modelId, attempt.errorClass])).toEqual([
      ["gpt-4o-mini", "stream_interrupted"],
      ["gpt-4o", null],
    ]);
  });

  it("falls back from Anthropic's in-stream overloaded error to OpenAI", async () => {
    harness.anthropic.script([{ kind: "stream_break", afterChunks: 0, mode: "error_event" }]);
    const { executor } = harness.executor({ policy: { maxRetriesPerModel: 0 } });
    const events = await collectEvents(executor.stream({ messages, candidates: [haiku, mini] }));
    expect(last(events)).toMatchObject({ type: "done", result: { modelId: "gpt-4o-mini" } });
  });

  it("ends with an error event saying what was delivered when a stream breaks after its first token", async () => {
    harness.openai.script([{ kind: "stream_break", afterChunks: 2, mode: "destroy" }], { model: "gpt-4o-mini" });
    harness.openai.script([{ kind: "reply", chunks: ["Red, ", "blue, ", "yellow."] }]);
    const events = await collectEvents(harness.executor().executor.stream({ messages, candidates: [mini, gpt4o] }));
    const delivered = deltas(events).join("");
    expect(delivered.length).toBeGreaterThan(0);
    const end = last(events);
    expect(end).toMatchObject({
      type: "error",
      modelId: "gpt-4o-mini",
      deliveredChars: delivered.length,
      costEstimated: true,
      error: { errorClass: "stream_interrupted", isRetryable: false },
    });
    expect(end?.type === "error" && end.deliveredTokens).toBeGreaterThan(0);
    expect(harness.openai.requests).toHaveLength(1); // neither retried nor fallen back: text was already out
  });

  it("times out a stalled stream with the idle timeout and reports the partial delivery", async () => {
    harness.openai.script([{ kind: "hang", afterChunks: 2 }], { model: "gpt-4o-mini" });
    const { executor } = harness.executor({ policy: { streamIdleTimeoutMs: 150 } });
    const events = await collectEvents(executor.stream({ messages, candidates: [mini] }));
    expect(deltas(events)).toHaveLength(2);
    expect(last(events)).toMatchObject({ type: "error", error: { errorClass: "timeout" } });
  });

  it("retries a stream that sends no first token in time", async () => {
    harness.openai.script([{ kind: "hang" }, { kind: "reply", chunks: ["late ", "but fine"] }], { model: "gpt-4o-mini" });
    const { executor } = harness.executor({ policy: { firstTokenTimeoutMs: 150 } });
    const events = await collectEvents(executor.stream({ messages, candidates: [mini] }));
    expect(deltas(events)).toEqual(["late ", "but fine"]);
    expect(last(events)).toMatchObject({ type: "done", result: { attempts: [{ errorClass: "timeout" }, { status: "success" }] } });
  });

  it("ends with one error event and nothing delivered when every candidate fails first", async () => {
    harness.openai.script([{ kind: "error", status: 401 }], { model: "gpt-4o-mini" });
    harness.anthropic.script([{ kind: "error", status: 400 }]);
    const events = await collectEvents(harness.executor().executor.stream({ messages, candidates: [mini, haiku] }));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "error", modelId: null, deliveredChars: 0, deliveredTokens: 0, error: { errorClass: "bad_request", httpStatus: 400 } });
  });
});
