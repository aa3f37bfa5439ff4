import { providerCreateSchema } from "@/lib/schemas/providers";
import { jsonResponse, withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ services }) => jsonResponse({ providers: services.providers.list() }));

export const POST = withApi(async ({ services, json }) => jsonResponse(await services.providers.create(await json(providerCreateSchema)), { status: 201 }));
