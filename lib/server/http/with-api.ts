import { log } from "@/lib/server/log";
import type { z } from "zod";
import { toErrorResponse } from "@/lib/errors";
import type { AppServices } from "@/lib/server/app-services";
import type { Caller } from "@/lib/server/routing/route-input";
import { getAppServices } from "@/lib/server/services";
import { authenticate } from "./authenticate";
import { readJsonBody, readQuery } from "./read-body";
import { refuseNulCharacters } from "./refuse-nul";

// The one wrapper every API route handler goes through: it authenticates (401), gives the handler
// the services, a size-limited JSON reader (413, 400, 422) and the query parser, and maps whatever
// is thrown to `{ error: { type, message, param? } }` with the right status. An unexpected error
// is logged by name and redacted message on the server and answered with a generic 500: never a
// stack trace or a key.

export interface ApiContext<Params> {
  request: Request;
  url: URL;
  params: Params;
  services: AppServices;
  caller: Caller;
  json<Schema extends z.ZodType>(schema: Schema): Promise<z.infer<Schema>>;
  query<Schema extends z.ZodType>(schema: Schema): z.infer<Schema>;
}

export type RouteHandler<Params> = (request: Request, context: { params: Promise<Params> }) => Promise<Response>;

export interface WithApiOptions {
  /** false for endpoints that are public whatever the configuration (none under /v1). */
  auth?: boolean;
}

export function errorResponse(error: unknown): Response {
  const { status, body, headers } = toErrorResponse(error);
  if (status === 500) {
    const name = error instanceof Error ? error.name : typeof error;
    const message = error instanceof Error ? error.message : "";
    log("error", `unexpected ${name}: ${message}`);
  }
  return Response.json(body, { status, headers: { "cache-control": "no-store", ...headers } });
}

export function withApi<Params = Record<string, never>>(
  handler: (context: ApiContext<Params>) => Promise<Response>,
  options: WithApiOptions = {},
): RouteHandler<Params> {
  return async (request, routeContext) => {
    try {
      const services = await getAppServices();
      const caller = options.auth === false ? { apiKeyLabel: "public" } : authenticate(request, services.env);
      const params = (await routeContext?.params) ?? ({} as Params);
      refuseNulCharacters(params);
      const url = new URL(request.url);
      return await handler({
        request,
        url,
        params,
        services,
        caller,
        json: (schema) => readJsonBody(request, schema, services.env.MAX_BODY_BYTES),
        query: (schema) => readQuery(url, schema),
      });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export function jsonResponse(data: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(data, { status: init.status ?? 200, headers: { "cache-control": "no-store", ...init.headers } });
}
