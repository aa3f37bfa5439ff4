import { circuitsView } from "@/lib/server/api/circuits-view";
import { jsonResponse, withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ services }) => jsonResponse({ circuits: circuitsView(services.breaker, services.registry.list()) }));
