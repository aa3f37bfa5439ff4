import { withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

// Prometheus text format. Needs the bearer key like /v1 when ROUTER_API_KEY is set (spend per model
// is not for the open network); configure the scraper's `authorization` accordingly.
export const GET = withApi(async ({ services }) => {
  const { contentType, body } = await services.prometheus.render();
  return new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } });
});
