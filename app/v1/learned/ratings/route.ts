import { ratedExamplesJsonl } from "@/lib/server/learned/rated-examples";
import { withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ services }) =>
  new Response(ratedExamplesJsonl(services.sql), {
    headers: {
      "content-type": "application/x-ndjson; charset=utf-8",
      "content-disposition": `attachment; filename="ratings-${new Date(services.clock()).toISOString().slice(0, 10)}.jsonl"`,
      "cache-control": "no-store",
    },
  }),
);
