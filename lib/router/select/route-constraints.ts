import { z } from "zod";
import type { RouteConstraints } from "../types";

// The wire form of routing constraints (snake_case, as in the sketch and the HTTP API) and its
// conversion to the core's RouteConstraints. Unknown keys are rejected so a typo ("max_costs") is
// a clear 422 instead of a silently ignored constraint.

export const routeConstraintsWireSchema = z
  .object({
    min_quality: z.number().min(0).max(1).optional(),
    max_cost: z.number().finite().positive().optional(),
    max_latency_ms: z.number().finite().positive().optional(),
    provider: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    allow_unpriced: z.boolean().optional(),
    relax: z.boolean().optional(),
  })
  .strict();

export type RouteConstraintsWire = z.infer<typeof routeConstraintsWireSchema>;

export const routeConstraintsSchema = routeConstraintsWireSchema.transform(
  (wire): RouteConstraints => ({
    ...(wire.min_quality !== undefined && { minQuality: wire.min_quality }),
    ...(wire.max_cost !== undefined && { maxCostUsd: wire.max_cost }),
    ...(wire.max_latency_ms !== undefined && { maxLatencyMs: wire.max_latency_ms }),
    ...(wire.provider !== undefined && { provider: wire.provider }),
    ...(wire.allow_unpriced !== undefined && { allowUnpriced: wire.allow_unpriced }),
    ...(wire.relax !== undefined && { relax: wire.relax }),
  }),
);

export function providerList(provider: RouteConstraints["provider"]): readonly string[] | undefined {
  if (provider === undefined) return undefined;
  return typeof provider === "string" ? [provider] : provider;
}
