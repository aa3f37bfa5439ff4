import { feedbackBodySchema } from "@/lib/schemas/feedback";
import { jsonResponse, withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const POST = withApi(async ({ services, caller, json }) =>
  jsonResponse(await services.feedback.submit(await json(feedbackBodySchema), caller.apiKeyLabel)),
);
