import { routeEndpoint } from "@/lib/server/api/route-endpoint";
import { withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const POST = withApi(routeEndpoint);
