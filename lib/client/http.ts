import type { z } from "zod";
import { ApiError, apiErrorFromBody } from "./api-error";

// The one place the console talks HTTP to its own API. Same-origin fetches carry the console's
// session cookie when sign-in is on; the API key itself never reaches the browser.

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface JsonRequest<Schema extends z.ZodType> {
  path: string;
  schema: Schema;
  method?: HttpMethod;
  body?: unknown;
  signal?: AbortSignal;
}

/** Sends a JSON request and parses the answer with the endpoint's response schema. */
export async function requestJson<Schema extends z.ZodType>(request: JsonRequest<Schema>): Promise<z.infer<Schema>> {
  const response = await send(request);
  const text = await response.text();
  if (!response.ok) throw apiErrorFromBody(response.status, text);
  return parseBody(request.schema, text, request.path);
}

/** Sends a request whose success has no body worth reading (e.g. DELETE answering 204). */
export async function requestNoContent(request: Omit<JsonRequest<z.ZodType>, "schema">): Promise<void> {
  const response = await send(request);
  if (!response.ok) throw apiErrorFromBody(response.status, await response.text());
}

export function send(request: Omit<JsonRequest<z.ZodType>, "schema">, accept = "application/json"): Promise<Response> {
  const hasBody = request.body !== undefined;
  return fetch(request.path, {
    method: request.method ?? "GET",
    headers: { accept, ...(hasBody ? { "content-type": "application/json" } : {}) },
    ...(hasBody ? { body: JSON.stringify(request.body) } : {}),
    signal: request.signal,
    cache: "no-store",
  });
}

export function parseBody<Schema extends z.ZodType>(schema: Schema, text: string, path: string): z.infer<Schema> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiError({ status: 200, type: "invalid_response", message: `${path} answered with something that is not JSON.` });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? ` (${issue.path.join(".") || "body"}: ${issue.message})` : "";
    throw new ApiError({ status: 200, type: "invalid_response", message: `${path} answered in an unexpected shape${where}.` });
  }
  return parsed.data;
}

/** `?a=1&b=2` from defined values only; empty strings are left out too. */
export function queryString(values: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== "") search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
