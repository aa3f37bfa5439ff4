import { readPerformance } from "@/lib/server/queries/performance-query";
import { jsonResponse, withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ services }) => jsonResponse(await readPerformance({ stats: services.stats, now: services.clock() })));
