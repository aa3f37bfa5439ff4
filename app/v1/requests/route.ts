import { requestListQuerySchema } from "@/lib/schemas/requests";
import { requestCsvStream } from "@/lib/server/queries/request-csv";
import { listRequests } from "@/lib/server/queries/request-log-query";
import { jsonResponse, withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ services, query }) => {
  const { format, ...filters } = query(requestListQuerySchema);
  if (format === "json") return jsonResponse(await listRequests(services.sql, filters));
  const { limit: _limit, cursor: _cursor, ...csvFilters } = filters;
  void _limit;
  void _cursor;
  return new Response(requestCsvStream(services.sql, csvFilters), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="requests-${new Date(services.clock()).toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
});
