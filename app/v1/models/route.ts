import { modelCreateSchema } from "@/lib/schemas/models";
import { jsonResponse, withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ services }) => jsonResponse({ models: services.registryService.list() }));

export const POST = withApi(async ({ services, caller, json }) => {
  const created = await services.registryService.create(await json(modelCreateSchema), caller.apiKeyLabel);
  return jsonResponse(created, { status: 201 });
});
