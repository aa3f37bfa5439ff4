import type { RandomSource } from "@/lib/router/types";
import type { RouteEntry } from "./route-table";
import { chance, deeplyNested, HOSTILE_STRINGS, pick, RawJson, randomKey, randomNumber, randomString, randomValue, toJsonText } from "./fuzz-values";

// Generated malformed and adversarial requests for every /v1 endpoint: mutations of a valid body
// (a field dropped, retyped, added, nested deep), random JSON, broken JSON and invalid UTF-8, wrong
// content types, hostile query strings and path parameters, and methods a route does not have.

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

export interface FuzzEndpoint {
  route: RouteEntry;
  /** The methods the route file exports. */
  methods: readonly string[];
}

export interface FuzzRequest {
  description: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /**
   * Set when the framework answers before any handler runs (a method the route does not export,
   * a path parameter that is not valid percent-encoding): only its status is ours to check.
   */
  frameworkStatus?: number;
}

// A valid body per endpoint, the starting point of the mutations.
const BODIES: Record<string, Record<string, unknown>> = {
  "POST /v1/route": {
    prompt: "Explain how a hash map works",
    system_prompt: "Be brief.",
    constraints: { max_cost: 0.01, min_quality: 0.7, max_latency_ms: 5_000, provider: ["openai", "google"], allow_unpriced: false, relax: true },
    execute: true,
    stream: false,
    classifier: "rules",
    policy: "static",
    max_tokens: 64,
    fallback_chain: ["gpt-4o-mini"],
  },
  "POST /v1/classify": { prompt: "Write a haiku about rain", classifier: "cascade" },
  "POST /v1/chat/completions": {
    model: "auto",
    messages: [
      { role: "system", content: "Be brief." },
      { role: "user", content: [{ type: "text", text: "Hi there" }] },
    ],
    stream: false,
    stream_options: { include_usage: true },
    max_tokens: 32,
    temperature: 0.5,
    response_format: { type: "text" },
    user: "fuzz",
  },
  "POST /v1/feedback": { request_id: "unknown-request", quality_score: 0.5, success: true, comment: "fine" },
  "POST /v1/models": {
    id: "fuzz-model",
    provider: "openai",
    provider_model: "fuzz-model",
    input_price_per_1m: 1,
    output_price_per_1m: 2,
    cached_input_price_per_1m: null,
    context_window: 8_000,
    max_output_tokens: 1_000,
    latency_ms: 500,
    quality_score: 0.5,
    capabilities: ["code"],
    enabled: true,
  },
  "PATCH /v1/models/[id]": { quality_score: 0.81, latency_ms: 900, capabilities: ["code", "reasoning"] },
  "POST /v1/providers": { id: "fuzz-local", kind: "openai_compatible", base_url: "http://127.0.0.1:1/v1", api_key_env: "FUZZ_KEY" },
  "PUT /v1/budget": { hourly_budget: 50, on_exhausted: "refuse", pacing: false, reservation: "worst_case" },
  "PUT /v1/settings/routing": { exploration_rate: 0.1, min_observations: 5, latency_weight: 0, decay_half_life_hours: 168, cascade_threshold: 0.5 },
};

// Query parameters each GET endpoint reads, with a valid value each.
const QUERIES: Record<string, Record<string, string>> = {
  "/v1/requests": { limit: "10", status: "success", complexity: "simple", simulated: "true", from: "2026-01-01T00:00:00Z", q: "hash", format: "json", cursor: "abc" },
  "/v1/metrics": { window: "24h" },
  "/v1/metrics/timeseries": { window: "7d", bucket: "day" },
  "/v1/model-changes": { model: "gpt-4o", limit: "5" },
  "/v1/classify": { prompt: "hi", classifier: "rules" },
};

const QUERY_VALUES = ["", "-1", "0", "1e400", "NaN", "Infinity", "99999999999999999999", "2.5", "true", "csv", "hour", "30d"];
const RAW_QUERIES = ["%", "%E0%A4%A", "%FF%FE", "a=1&a=2&a=3", "limit=1&limit=x", "=", "&&&", "prompt", "window[]=1h", "__proto__[x]=1"];
const CONTENT_TYPES = ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=fuzz", "application/json; charset=utf-16", "application/xml", ""];
/** Every UTF-8 byte percent-encoded (a lone surrogate becomes U+FFFD, as a browser would send it). */
function percentEncoded(text: string): string {
  return [...new TextEncoder().encode(text)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join("");
}

// Model and request ids in paths: known ones, unknown ones, and hostile text. The default models
// are never deleted, so later requests still have something to route to.
// ("..", which the client would resolve away before sending, is left out: it never reaches a route.)
const IDS = ["gpt-4o", "claude-3-5-haiku", "fuzz-model", "nope", ...HOSTILE_STRINGS.slice(0, 30).map(percentEncoded).filter(Boolean)];
const UNDECODABLE_IDS = ["%E0%A4%A", "%FF%", "%zz"];

function withPathParameters(random: RandomSource, endpoint: FuzzEndpoint, method: string): { path: string; undecodable: boolean } {
  let undecodable = false;
  const path = endpoint.route.urlPath.replace(/\[(\w+)\]/g, () => {
    if (chance(random, 0.08)) {
      undecodable = true;
      return pick(random, UNDECODABLE_IDS);
    }
    const id = pick(random, IDS);
    return method === "DELETE" && (id === "gpt-4o" || id === "claude-3-5-haiku") ? "fuzz-model" : id;
  });
  return { path, undecodable };
}

function queryString(random: RandomSource, urlPath: string): string {
  if (chance(random, 0.15)) return `?${pick(random, RAW_QUERIES)}`;
  const known = QUERIES[urlPath] ?? {};
  const parameters = new URLSearchParams(known);
  for (const name of [...Object.keys(known), "unknown"]) {
    // Capped: a URL over Node's 16 KB header limit is refused (431) before any route sees it.
    if (chance(random, 0.3)) parameters.set(name, chance(random, 0.5) ? pick(random, QUERY_VALUES) : randomString(random).slice(0, 1_000));
    else if (chance(random, 0.15)) parameters.delete(name);
  }
  const text = parameters.toString();
  return text ? `?${text}` : "";
}

// Keys such as "__proto__" are set as own properties: a plain assignment would change the body's
// prototype, or through it Object.prototype of this very process (which also runs the server).
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function mutatedBody(random: RandomSource, template: Record<string, unknown>): unknown {
  const body = structuredClone(template);
  const keys = Object.keys(body);
  // Mostly one mutation, so that many bodies stay valid but for it and reach the deeper layers.
  const mutations = chance(random, 0.6) ? 1 : 2 + Math.floor(random() * 2);
  for (let index = 0; index < mutations; index++) {
    const key = randomKey(random, keys);
    const choice = random();
    if (choice < 0.3) delete body[key];
    // A number field gets an extreme number (tiny, huge, overflowing) as often as anything else.
    else if (choice < 0.5 && typeof template[key] === "number") setOwn(body, key, randomNumber(random));
    else if (choice < 0.75) setOwn(body, key, randomValue(random));
    else if (choice < 0.85) setOwn(body, key, deeplyNested(random, 1 + Math.floor(random() * 2_000)));
    else {
      const nested = Object.hasOwn(body, key) ? body[key] : undefined;
      if (nested && typeof nested === "object" && !Array.isArray(nested)) {
        const inner = nested as Record<string, unknown>;
        setOwn(inner, randomKey(random, Object.keys(inner)), randomValue(random, 1));
      } else setOwn(body, key, randomValue(random, 2));
    }
  }
  return body;
}

const INVALID_UTF8 = [
  [0xff, 0xfe, 0xfd],
  [0xc3, 0x28],
  [0xe2, 0x82],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
];

/** JSON whose text is broken: truncated, trailing garbage, invalid UTF-8 inside a string, and so on. */
function brokenBody(random: RandomSource, template: Record<string, unknown>): string | Uint8Array {
  const text = toJsonText(template);
  switch (Math.floor(random() * 8)) {
    case 0:
      return text.slice(0, Math.floor(random() * text.length));
    case 1:
      return `${text}${pick(random, ["}", ",", " garbage", "\u0000", "[]"])}`;
    case 2: {
      const bytes = Buffer.from(text, "utf8");
      const cut = text.indexOf('"', text.indexOf(":")) + 1 || 1;
      return Buffer.concat([bytes.subarray(0, cut), Buffer.from(pick(random, INVALID_UTF8)), bytes.subarray(cut)]);
    }
    case 3:
      return `\ufeff${text}`;
    case 4:
      return pick(random, ["", " ", "null", "[]", "0", '"text"', "true", "{", "}", "\u0000", "NaN", "undefined", "{'single': 'quotes'}"]);
    case 5:
      return text.replace(/^\{/, `{"${Object.keys(template)[0] ?? "x"}": 1, `); // a duplicate key
    case 6:
      return "[".repeat(50_000) + "]".repeat(50_000);
    default:
      return Buffer.from(Array.from({ length: 64 }, () => Math.floor(random() * 256)));
  }
}

function bodyFor(random: RandomSource, template: Record<string, unknown>): { body: string | Uint8Array; kind: string } {
  const choice = random();
  if (choice < 0.55) return { body: toJsonText(mutatedBody(random, template)), kind: "mutated body" };
  if (choice < 0.7) return { body: toJsonText(randomValue(random, 4)), kind: "random JSON" };
  if (choice < 0.8) return { body: toJsonText(deeplyNested(random, 1 + Math.floor(random() * 5_000))), kind: "deeply nested JSON" };
  return { body: brokenBody(random, template), kind: "broken JSON" };
}

/** Endpoints that take a body are drawn three times as often: most of what can go wrong is in bodies. */
function pickEndpoint(random: RandomSource, endpoints: readonly FuzzEndpoint[]): FuzzEndpoint {
  const takesBody = (endpoint: FuzzEndpoint) => endpoint.methods.some((method) => BODIES[`${method} ${endpoint.route.urlPath}`] !== undefined);
  return pick(random, endpoints.flatMap((endpoint) => (takesBody(endpoint) ? [endpoint, endpoint, endpoint] : [endpoint])));
}

export function fuzzRequest(random: RandomSource, endpoints: readonly FuzzEndpoint[], index: number): FuzzRequest {
  const endpoint = pickEndpoint(random, endpoints);
  const unexported = HTTP_METHODS.filter((method) => !endpoint.methods.includes(method));
  const oddMethod = chance(random, 0.08) ? pick(random, [...unexported, "HEAD", "OPTIONS", "PROPFIND", "PURGE"]) : null;
  const method = oddMethod ?? pick(random, endpoint.methods);
  const { path, undecodable } = withPathParameters(random, endpoint, method);
  const template = BODIES[`${method} ${endpoint.route.urlPath}`];
  const headers: Record<string, string> = {};
  let body: string | Uint8Array | undefined;
  let kind = "no body";
  if (template) {
    ({ body, kind } = bodyFor(random, template));
    const contentType = chance(random, 0.8) ? "application/json" : pick(random, CONTENT_TYPES);
    if (contentType) headers["content-type"] = contentType;
  } else if (method !== "GET" && method !== "HEAD" && chance(random, 0.5)) {
    body = toJsonText(randomValue(random, 2));
    kind = "unexpected body";
    headers["content-type"] = "application/json";
  }
  const query = method === "GET" || path === "/v1/classify" ? queryString(random, endpoint.route.urlPath) : "";
  const frameworkStatus = oddMethod || !endpoint.methods.includes(method) ? 405 : undecodable ? 400 : undefined;
  return {
    description: `#${index} ${method} ${`${path}${query}`.slice(0, 200)} (${kind}${headers["content-type"] !== undefined ? `, ${headers["content-type"] || "no content type"}` : ""})`,
    method,
    path: `${path}${query}`,
    headers,
    body,
    frameworkStatus,
  };
}

// Boundary numbers: each numeric field of each body, alone, set to a number at or past the edge of
// what arithmetic survives (subnormal, tiny, huge, past 2^53, overflowing to Infinity).
const BOUNDARY_NUMBERS: readonly (number | RawJson)[] = [0, -0, 5e-324, 1e-300, 1e-9, 1e21, 2 ** 53 - 1, 2 ** 53 + 2, Number.MAX_VALUE, -Number.MAX_VALUE, new RawJson("1e999")];

function numericPaths(value: Record<string, unknown>, prefix: readonly string[] = []): string[][] {
  return Object.entries(value).flatMap(([key, item]) =>
    typeof item === "number" ? [[...prefix, key]] : item && typeof item === "object" && !Array.isArray(item) ? numericPaths(item as Record<string, unknown>, [...prefix, key]) : [],
  );
}

function withValueAt(template: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const body = structuredClone(template);
  let target = body;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[path.at(-1)!] = value;
  return body;
}

export interface BoundaryRequest extends FuzzRequest {
  /** It may change what later requests see (settings, budget, registry): check the app afterwards. */
  changesState: boolean;
}

export function boundaryRequests(): BoundaryRequest[] {
  let created = 0;
  return Object.entries(BODIES).flatMap(([endpoint, template]) => {
    const [method, urlPath] = endpoint.split(" ") as [string, string];
    const path = urlPath.replace("[id]", "gpt-4o-mini");
    return numericPaths(template).flatMap((field) =>
      BOUNDARY_NUMBERS.map((number) => {
        // New models get their own ids, so each one is validated and stored rather than refused as a duplicate.
        const body = withValueAt(urlPath === "/v1/models" ? { ...template, id: `boundary-${++created}` } : template, field, number);
        return {
          description: `${method} ${path} with ${field.join(".")} = ${number instanceof RawJson ? number.text : String(number)}`,
          method,
          path,
          headers: { "content-type": "application/json" },
          body: toJsonText(body),
          changesState: method !== "POST" || urlPath === "/v1/models",
        };
      }),
    );
  });
}