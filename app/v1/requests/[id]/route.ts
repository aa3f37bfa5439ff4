import { readRequestDetail } from "@/lib/server/queries/request-detail-query";
import { jsonResponse, withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const GET = withApi<{ id: string }>(async ({ services, params }) => jsonResponse(await readRequestDetail(services.sql, params.id)));
