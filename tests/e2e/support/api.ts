import { expect, type APIRequestContext } from "@playwright/test";
import { routeResponseSchema, type RouteResponse } from "@/lib/schemas/route";

// Direct API calls for test set-up and clean-up (the assertions themselves go through the UI).

export async function routeThroughApi(request: APIRequestContext, prompt: string): Promise<RouteResponse> {
  const response = await request.post("/v1/route", { data: { prompt, policy: "static" } });
  expect(response.status(), await response.text()).toBe(200);
  return routeResponseSchema.parse(await response.json());
}

export async function deleteModelIfPresent(request: APIRequestContext, id: string): Promise<void> {
  const response = await request.delete(`/v1/models/${encodeURIComponent(id)}`);
  expect([204, 404]).toContain(response.status());
}
