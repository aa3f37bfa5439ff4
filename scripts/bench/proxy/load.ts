import { Agent, request as httpRequest } from "node:http";

// The load side of bench:proxy: OpenAI-style chat requests over keep-alive connections, a fixed
// number in flight. Plain node:http, not fetch, so the generator's own cost stays small next to the
// server it measures (they share this machine's two cores).

export interface LoadResult {
  latenciesMs: number[];
  failures: number;
  firstFailure?: string;
}

export interface LoadOptions {
  baseUrl: string;
  concurrency: number;
  /** One request per body: POSTed to /v1/chat/completions, or, when null, a GET of /health. */
  bodies: ReadonlyArray<string | null>;
  /** Streams are read to their end; a stream counts as answered only if it ends with [DONE]. */
  stream: boolean;
  /** Sent with every POST (e.g. another gateway's routing headers). */
  headers?: Record<string, string>;
}

function send(agent: Agent, baseUrl: string, body: string | null, stream: boolean, headers: Record<string, string> = {}): Promise<{ ok: boolean; detail: string }> {
  const url = new URL(body === null ? "/health" : "/v1/chat/completions", baseUrl);
  const options =
    body === null
      ? { method: "GET", agent }
      : { method: "POST", agent, headers: { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(body) } };
  return new Promise((resolve) => {
    const call = httpRequest(
      url,
      options,
      (response) => {
        const parts: Buffer[] = [];
        response.on("data", (part: Buffer) => parts.push(part));
        response.on("end", () => {
          const text = Buffer.concat(parts).toString("utf8");
          const expected = body === null ? '"status"' : stream ? "data: [DONE]" : '"choices"';
          const ok = response.statusCode === 200 && text.includes(expected);
          resolve({ ok, detail: ok ? "" : `${response.statusCode}: ${text.slice(0, 300)}` });
        });
        response.on("error", (error) => resolve({ ok: false, detail: error.message }));
      },
    );
    call.on("error", (error) => resolve({ ok: false, detail: error.message }));
    call.end(body ?? undefined);
  });
}

/** Sends every body once, `concurrency` at a time; returns each request's latency. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latenciesMs: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  let next = 0;
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (next < options.bodies.length) {
        const body = options.bodies[next++]!;
        const started = process.hrtime.bigint();
        const outcome = await send(agent, options.baseUrl, body, options.stream, options.headers);
        latenciesMs.push(Number(process.hrtime.bigint() - started) / 1e6);
        if (!outcome.ok) {
          failures++;
          firstFailure ??= outcome.detail;
        }
      }
    }),
  );
  agent.destroy();
  return { latenciesMs, failures, firstFailure };
}
