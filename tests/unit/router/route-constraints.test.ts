import { describe, expect, it } from "vitest";
import { routeConstraintsSchema } from "@/lib/router/select/route-constraints";
import { routeRequestSchema } from "@/lib/router/select/route-request-schema";

describe("route constraints at the boundary", () => {
  it("converts the snake_case wire form to RouteConstraints", () => {
    expect(
      routeConstraintsSchema.parse({
        min_quality: 0.85,
        max_cost: 0.002,
        max_latency_ms: 900,
        provider: ["openai", "google"],
        allow_unpriced: true,
        relax: true,
      }),
    ).toEqual({
      minQuality: 0.85,
      maxCostUsd: 0.002,
      maxLatencyMs: 900,
      provider: ["openai", "google"],
      allowUnpriced: true,
      relax: true,
    });
    expect(routeConstraintsSchema.parse({})).toEqual({});
  });

  it("rejects typos and out-of-range values instead of ignoring them", () => {
    expect(routeConstraintsSchema.safeParse({ max_costs: 1 }).success).toBe(false);
    expect(routeConstraintsSchema.safeParse({ min_quality: 1.5 }).success).toBe(false);
    expect(routeConstraintsSchema.safeParse({ max_cost: -1 }).success).toBe(false);
    expect(routeConstraintsSchema.safeParse({ provider: [] }).success).toBe(false);
  });

  it("validates the core's RouteRequest", () => {
    expect(routeRequestSchema.safeParse({ prompt: "hi", constraints: { maxCostUsd: 0.1 } }).success).toBe(true);
    expect(routeRequestSchema.safeParse({ prompt: 42 }).success).toBe(false);
    expect(routeRequestSchema.safeParse({ prompt: "hi", maxOutputTokens: 0 }).success).toBe(false);
    expect(routeRequestSchema.safeParse({ prompt: "hi", requiredCapabilities: ["telepathy"] }).success).toBe(false);
  });
});
