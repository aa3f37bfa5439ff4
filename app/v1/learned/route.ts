import { learnedStatus } from "@/lib/server/learned/learned-status";
import { jsonResponse, withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ services }) =>
  jsonResponse(
    await learnedStatus({
      holder: services.learned,
      registry: services.registry.list(),
      costWeight: services.settings.snapshot().routing.learned_lambda,
      executor: services.sql,
    }),
  ),
);
