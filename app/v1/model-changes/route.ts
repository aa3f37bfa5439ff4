import { modelChangeListQuerySchema } from "@/lib/schemas/models";
import { listModelChanges } from "@/lib/server/registry/model-changes-query";
import { jsonResponse, withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ services, query }) => {
  const { model, limit } = query(modelChangeListQuerySchema);
  return jsonResponse({ changes: await listModelChanges(services.sql, { modelId: model, limit }) });
});
