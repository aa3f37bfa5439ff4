import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Readable } from "node:stream";
import { buildRouteTable, type RouteEntry } from "./route-table";

// A real HTTP server in the test process that hands each request to the app's own route handler
// exports, converted to and from web Request/Response objects as Next does (params as a Promise,
// request.signal aborted when the client goes away, streamed response bodies). Starting `next
// start` per test file would take tens of seconds; this keeps every test on real HTTP and the real
// handlers, wrappers and services, without the build.

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface HandlerServer {
  baseUrl: string;
  routes: RouteEntry[];
  close(): Promise<void>;
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function toRequest(incoming: IncomingMessage, baseUrl: string, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item));
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = incoming.method !== "GET" && incoming.method !== "HEAD";
  return new Request(new URL(incoming.url ?? "/", baseUrl), {
    method: incoming.method,
    headers,
    signal,
    ...(hasBody ? { body: Readable.toWeb(incoming) as ReadableStream<Uint8Array>, duplex: "half" } : {}),
  } as RequestInit);
}

async function send(response: Response, outgoing: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  outgoing.writeHead(response.status, headers);
  if (!response.body) return void outgoing.end();
  const reader = response.body.getReader();
  outgoing.on("close", () => void reader.cancel().catch(() => undefined));
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    outgoing.write(value);
  }
  outgoing.end();
}

function decodeParams(route: RouteEntry, pathname: string): Record<string, string> | null {
  const match = route.pattern.exec(pathname)!;
  try {
    return Object.fromEntries(route.parameterNames.map((name, index) => [name, decodeURIComponent(match[index + 1]!)]));
  } catch {
    return null;
  }
}

export async function startHandlerServer(appDirectory = path.resolve("app")): Promise<HandlerServer> {
  const routes = buildRouteTable(appDirectory);
  const modules = new Map<string, Record<string, unknown>>();
  for (const route of routes) modules.set(route.file, (await import(route.file)) as Record<string, unknown>);
  let baseUrl = "";

  async function handle(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const pathname = new URL(incoming.url ?? "/", baseUrl).pathname;
    const route = routes.find((entry) => entry.pattern.test(pathname));
    if (!route) return void outgoing.writeHead(404, { "content-type": "text/plain" }).end("no such route");
    const handler = modules.get(route.file)?.[incoming.method ?? "GET"] as Handler | undefined;
    if (!handler || !METHODS.includes(incoming.method as (typeof METHODS)[number])) {
      return void outgoing.writeHead(405, { allow: METHODS.filter((method) => modules.get(route.file)?.[method]).join(", ") }).end();
    }
    const params = decodeParams(route, pathname);
    // Next answers a path parameter that is not valid percent-encoding with 400 before any handler runs.
    if (!params) return void outgoing.writeHead(400, { "content-type": "text/plain" }).end("undecodable path parameter");
    const aborted = new AbortController();
    outgoing.on("close", () => {
      if (!outgoing.writableEnded) aborted.abort();
    });
    const response = await handler(toRequest(incoming, baseUrl, aborted.signal), { params: Promise.resolve(params) });
    await send(response, outgoing);
  }

  const server: Server = createServer((incoming, outgoing) => {
    handle(incoming, outgoing).catch((error: unknown) => {
      // Route handlers map their own errors; reaching here is a bug the tests must see.
      console.error("handler-server:", error);
      if (!outgoing.headersSent) outgoing.writeHead(599).end("unhandled");
      else outgoing.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    routes,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
