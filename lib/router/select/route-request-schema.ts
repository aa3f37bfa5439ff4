import { z } from "zod";
import { CAPABILITIES, type RouteRequest } from "../types";

// The core's own check of a RouteRequest (camelCase; the HTTP layer converts its snake_case wire
// form with routeConstraintsSchema first). The router validates every request it is given, so a
// caller bug is a clear error instead of a silently wrong route.

const routeConstraintsObjectSchema = z
  .object({
    minQuality: z.number().min(0).max(1).optional(),
    maxCostUsd: z.number().finite().positive().optional(),
    maxLatencyMs: z.number().finite().positive().optional(),
    provider: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    allowUnpriced: z.boolean().optional(),
    relax: z.boolean().optional(),
  })
  .strict();

export const routeRequestSchema = z.object({
  prompt: z.string(),
  messages: z.array(z.object({ role: z.string().min(1), content: z.string() })).optional(),
  constraints: routeConstraintsObjectSchema.optional(),
  requiredCapabilities: z.array(z.enum(CAPABILITIES)).optional(),
  maxOutputTokens: z.number().int().positive().optional(),
  signal: z.instanceof(AbortSignal).optional(),
});

export function parseRouteRequest(request: RouteRequest): RouteRequest {
  return routeRequestSchema.parse(request) as RouteRequest;
}
