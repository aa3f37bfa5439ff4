import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "@/lib/client/api-error";
import { parseRouteStreamEvent, type RouteStreamEvent } from "@/lib/client/route-stream-event";
import { streamRoute } from "@/lib/client/route-stream";
import { routeResponse } from "./fixtures";

const decision = (() => {
  const { request_id, model, provider, provider_model, complexity, task_type, confidence, classifier, policy, reason, estimated_cost, explored, simulated, simulation_reason, explanation } =
    routeResponse();
  return { request_id, model, provider, provider_model, complexity, task_type, confidence, classifier, policy, reason, estimated_cost, explored, simulated, simulation_reason, explanation };
})();

function sse(events: [string, unknown][]): string {
  return events.map(([name, data]) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`).join("");
}

/** A fetch answering with the given text, delivered in chunks of `chunkSize` characters. */
function stubFetch(body: string, init: { status?: number; contentType?: string; chunkSize?: number } = {}) {
  const encoder = new TextEncoder();
  const chunkSize = init.chunkSize ?? 7;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let index = 0; index < body.length; index += chunkSize) controller.enqueue(encoder.encode(body.slice(index, index + chunkSize)));
      controller.close();
    },
  });
  const fetchMock = vi.fn(async () => new Response(stream, { status: init.status ?? 200, headers: { "content-type": init.contentType ?? "text/event-stream" } }));
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

async function collect(): Promise<RouteStreamEvent[]> {
  const events: RouteStreamEvent[] = [];
  for await (const event of streamRoute({ prompt: "What is the capital of France?" })) events.push(event);
  return events;
}

afterEach(() => vi.unstubAllGlobals());

describe("streamRoute", () => {
  it("sends stream: true and yields decision, start, deltas and done in order", async () => {
    const done = routeResponse({ response: "Paris." });
    const fetchMock = stubFetch(
      sse([
        ["decision", decision],
        ["start", { model: "gpt-4o-mini", provider: "openai", provider_model: "gpt-4o-mini", simulated: true, simulation_reason: "no OPENAI_API_KEY" }],
        ["delta", { text: "Par" }],
        ["delta", { text: "is." }],
        ["done", done],
      ]),
    );
    const events = await collect();
    expect(events.map((event) => event.type)).toEqual(["decision", "start", "delta", "delta", "done"]);
    expect(events.filter((event) => event.type === "delta").map((event) => event.text).join("")).toBe("Paris.");
    const [, request] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(String(request.body))).toMatchObject({ prompt: "What is the capital of France?", stream: true });
  });

  it("ends at an error event and reports how much was delivered", async () => {
    stubFetch(
      sse([
        ["decision", decision],
        ["delta", { text: "Par" }],
        ["error", { request_id: "req_1", error: { type: "provider_error", message: "boom" }, model: "gpt-4o-mini", delivered_chars: 3, delivered_tokens: 1, attempts: [] }],
      ]),
    );
    const events = await collect();
    expect(events.at(-1)).toMatchObject({ type: "error", failure: { delivered_chars: 3, error: { type: "provider_error" } } });
  });

  it("reports a stream that stops before done or error as interrupted, never as a shorter answer", async () => {
    stubFetch(sse([["decision", decision], ["delta", { text: "Par" }]]));
    await expect(collect()).rejects.toMatchObject({ type: "stream_interrupted" });
  });

  it("surfaces the API's error body for a non-2xx answer", async () => {
    stubFetch(JSON.stringify({ error: { type: "validation_error", message: "prompt must not be empty", param: "prompt" } }), {
      status: 422,
      contentType: "application/json",
    });
    const failure = await collect().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 422, type: "validation_error", param: "prompt", message: "prompt must not be empty" });
  });

  it("accepts a server that answered with plain JSON instead of a stream", async () => {
    stubFetch(JSON.stringify(routeResponse()), { contentType: "application/json" });
    const events = await collect();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "done", response: { request_id: "req_1" } });
  });
});

describe("parseRouteStreamEvent", () => {
  it("ignores unknown event names and rejects known events whose data does not match the schema", () => {
    expect(parseRouteStreamEvent({ event: "ping", data: "{}" })).toBeUndefined();
    expect(() => parseRouteStreamEvent({ event: "delta", data: '{"txt":"x"}' })).toThrow(/delta/);
    expect(() => parseRouteStreamEvent({ event: "done", data: "not json" })).toThrow(/not JSON/);
  });
});
