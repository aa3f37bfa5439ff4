import { buildOpenApiDocument } from "@/lib/server/openapi/openapi-document";

export const dynamic = "force-static";

// Public: the API's description is not a secret (the data behind it is).
export function GET() {
  return Response.json(buildOpenApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
