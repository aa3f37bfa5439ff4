import { routingSettingsUpdateSchema } from "@/lib/schemas/performance";
import { updateRoutingSettings } from "@/lib/server/settings/update-routing-settings";
import { jsonResponse, withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ services }) => jsonResponse(services.settings.snapshot().routing));

export const PUT = withApi(async ({ services, json }) => {
  const update = await json(routingSettingsUpdateSchema);
  return jsonResponse(await updateRoutingSettings({ settings: services.settings, stats: services.stats, update, availablePolicies: services.policyNames() }));
});
