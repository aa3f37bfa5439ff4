import { modelPatchSchema } from "@/lib/schemas/models";
import { jsonResponse, withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const GET = withApi<{ id: string }>(async ({ services, params }) => jsonResponse(services.registryService.get(params.id)));

export const PATCH = withApi<{ id: string }>(async ({ services, params, caller, json }) =>
  jsonResponse(await services.registryService.update(params.id, await json(modelPatchSchema), caller.apiKeyLabel)),
);

export const DELETE = withApi<{ id: string }>(async ({ services, params, caller }) => {
  await services.registryService.remove(params.id, caller.apiKeyLabel);
  return new Response(null, { status: 204 });
});
