import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as wait } from "node:timers/promises";
import { fakeScriptRequestSchema, type FakeStep } from "./fake-steps";
import { StepQueue } from "./step-queue";
import type { ReplyPlan, WireFormat, WireResponse } from "./wire-format";

export interface RecordedRequest {
  method: string;
  path: string;
  model: string | null;
  stream: boolean;
  headers: IncomingMessage["headers"];
  body: unknown;
  step: FakeStep["kind"];
}

export interface FakeWireServer {
  /** What to give the SDK as baseURL (OPENAI_BASE_URL / ANTHROPIC_BASE_URL). */
  readonly baseUrl: string;
  readonly port: number;
  readonly requests: RecordedRequest[];
  script(steps: readonly FakeStep[], options?: { model?: string }): void;
  requestsFor(model: string): RecordedRequest[];
  reset(): void;
  close(): Promise<void>;
}

export interface WireServerOptions {
  port?: number;
  host?: string;
  /** When set, requests carrying another key get the provider's real 401. */
  apiKey?: string;
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  const text = Buffer.concat(parts).toString("utf8");
  return text ? JSON.parse(text) : {};
}

function send(response: ServerResponse, reply: WireResponse): void {
  const isText = typeof reply.body === "string";
  response.writeHead(reply.status, { "content-type": isText ? "text/html; charset=utf-8" : "application/json", ...reply.headers });
  response.end(isText ? reply.body : JSON.stringify(reply.body));
}

function planReply(step: Extract<FakeStep, { kind: "reply" }>, body: Record<string, unknown>, format: WireFormat, id: string): ReplyPlan {
  const model = typeof body.model === "string" ? body.model : "unknown";
  const text = step.text ?? `Hello from the fake ${format.name} server, answering as ${model}.`;
  const chunks = step.chunks ?? text.match(/\S+\s*|\s+/g) ?? [text];
  const promptChars = JSON.stringify(body.messages ?? "").length + JSON.stringify(body.system ?? "").length;
  const streamOptions = body.stream_options as { include_usage?: unknown } | undefined;
  return {
    id,
    model,
    text: step.chunks ? step.chunks.join("") : text,
    chunks,
    usage: step.omitUsage
      ? null
      : {
          input: step.usage?.input ?? Math.max(1, Math.ceil(promptChars / 4)),
          output: step.usage?.output ?? chunks.length,
          cached: step.usage?.cached ?? 0,
          cacheWrite: step.usage?.cacheWrite ?? 0,
          reasoning: step.usage?.reasoning ?? 0,
          uncountedThoughts: step.usage?.uncountedThoughts ?? 0,
        },
    finishReason: step.finishReason ?? format.defaultFinishReason,
    streamUsageRequested: streamOptions?.include_usage === true,
  };
}

/** A local HTTP server speaking one provider's wire format, scriptable per request. */
export async function startWireServer(format: WireFormat, options: WireServerOptions = {}): Promise<FakeWireServer> {
  const queue = new StepQueue();
  const requests: RecordedRequest[] = [];
  let sequence = 0;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const closed = new AbortController();
    response.on("close", () => closed.abort());
    response.on("error", () => undefined);
    const pause = (ms: number | undefined) => (ms ? wait(ms, undefined, { signal: closed.signal }).catch(() => undefined) : Promise.resolve());
    const path = (request.url ?? "/").split("?")[0] ?? "/";

    if (path.startsWith("/__fake/")) return control(request, response, path);
    if (request.method !== "POST" || path !== format.endpoint) {
      send(response, { status: 404, headers: {}, body: { error: { message: `no route ${request.method} ${path}` } } });
      return;
    }
    let body: Record<string, unknown>;
    try {
      body = (await readJson(request)) as Record<string, unknown>;
    } catch {
      send(response, format.errorResponse({ kind: "error", status: 400, message: "could not parse the JSON body" }, "unknown"));
      return;
    }
    const model = typeof body.model === "string" ? body.model : "unknown";
    const stream = body.stream === true;
    const key = format.readKey(request.headers);
    const step: FakeStep = options.apiKey !== undefined && key !== options.apiKey ? { kind: "error", status: 401 } : queue.take(model);
    requests.push({ method: request.method, path, model, stream, headers: request.headers, body, step: step.kind });

    if (options.apiKey !== undefined && key !== options.apiKey) return send(response, format.authFailure(key));
    switch (step.kind) {
      case "reset":
        request.socket.destroy();
        return;
      case "error":
        await pause(step.delayMs);
        return send(response, step.html
          ? { status: step.status, headers: step.headers ?? {}, body: `<html><head><title>${step.status}</title></head><body><h1>${step.status}</h1><p>The upstream server did not answer.</p></body></html>` }
          : withHeaders(format.errorResponse(step, model), step.headers));
      case "context_length":
        await pause(step.delayMs);
        return send(response, format.contextLengthResponse(model, 250_000));
      case "hang":
        if (!stream || !step.afterChunks) return; // the client's timeout ends it
        break;
      case "malformed":
        if (!stream) {
          response.writeHead(200, { "content-type": "application/json" });
          response.end('{"id": "broken", "choices": [{"message": ');
          return;
        }
        break;
      case "reply":
        await pause(step.delayMs);
        break;
      case "stream_break":
        if (!stream) {
          request.socket.destroy();
          return;
        }
        break;
    }
    const plan = planReply(step.kind === "reply" ? step : { kind: "reply" }, body, format, `fake-${++sequence}`);
    if (!stream) return send(response, { status: 200, headers: { "x-request-id": plan.id, "request-id": plan.id }, body: format.completionBody(plan) });
    await streamReply({ step, plan, response, pause, closed: closed.signal });
  }

  async function streamReply(input: {
    step: FakeStep;
    plan: ReplyPlan;
    response: ServerResponse;
    pause: (ms: number | undefined) => Promise<unknown>;
    closed: AbortSignal;
  }): Promise<void> {
    const { step, plan, response, pause } = input;
    response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", "x-request-id": plan.id, "request-id": plan.id });
    for (const frame of format.streamPrelude(plan)) response.write(frame);
    const limit = step.kind === "reply" ? plan.chunks.length : "afterChunks" in step ? (step.afterChunks ?? 0) : 0;
    const chunkDelay = step.kind === "reply" || step.kind === "stream_break" ? step.chunkDelayMs : undefined;
    for (const [index, chunk] of plan.chunks.slice(0, limit).entries()) {
      if (index > 0) await pause(chunkDelay);
      if (input.closed.aborted) return;
      response.write(format.streamDelta(plan, chunk));
    }
    if (step.kind === "hang") return;
    if (step.kind === "malformed") {
      response.end("data: {this is not json\n\n");
      return;
    }
    if (step.kind === "stream_break") {
      // Let what was written reach the client first, so the break happens mid-stream, not before it.
      await new Promise<void>((resolve) => response.write("", () => resolve()));
      await pause(15);
      if (step.mode === "destroy") response.socket?.destroy();
      else if (step.mode === "end") response.end();
      else response.end(format.streamErrorEvent(plan));
      return;
    }
    for (const frame of format.streamFinale(plan)) response.write(frame);
    response.end();
  }

  async function control(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    if (path === "/__fake/requests") {
      // Over HTTP, say only whether credentials came, never what they were.
      const listed = requests.map((recorded) => ({
        ...recorded,
        headers: { ...recorded.headers, authorization: recorded.headers.authorization ? "[present]" : undefined, "x-api-key": recorded.headers["x-api-key"] ? "[present]" : undefined },
      }));
      return send(response, { status: 200, headers: {}, body: { requests: listed } });
    }
    if (path === "/__fake/reset" && request.method === "POST") {
      queue.clear();
      requests.length = 0;
      return send(response, { status: 200, headers: {}, body: { ok: true } });
    }
    if (path === "/__fake/script" && request.method === "POST") {
      const parsed = fakeScriptRequestSchema.safeParse(await readJson(request).catch(() => null));
      if (!parsed.success) return send(response, { status: 400, headers: {}, body: { error: parsed.error.issues } });
      queue.push(parsed.data.steps, parsed.data.model);
      return send(response, { status: 200, headers: {}, body: { pending: queue.pending() } });
    }
    send(response, { status: 404, headers: {}, body: { error: "unknown control route" } });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, { status: 500, headers: {}, body: { error: { message: "fake server failure" } } });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://${options.host ?? "127.0.0.1"}:${port}${format.basePath}`,
    port,
    requests,
    script: (steps, scriptOptions) => queue.push(steps, scriptOptions?.model),
    requestsFor: (model) => requests.filter((recorded) => recorded.model === model),
    reset() {
      queue.clear();
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function withHeaders(reply: WireResponse, headers: Record<string, string> | undefined): WireResponse {
  return headers ? { ...reply, headers: { ...reply.headers, ...headers } } : reply;
}
