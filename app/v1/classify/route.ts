import { classifyEndpoint } from "@/lib/server/api/classify-endpoint";
import { withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const POST = withApi(classifyEndpoint);
