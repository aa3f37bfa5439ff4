import { budgetUpdateSchema } from "@/lib/schemas/budget";
import { readBudget } from "@/lib/server/queries/budget-query";
import { jsonResponse, withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ services }) =>
  jsonResponse(await readBudget({ budgetStore: services.budgetStore, settings: services.settings.snapshot().budget, now: services.clock() })),
);

export const PUT = withApi(async ({ services, json }) => {
  const settings = await services.settings.updateBudget(await json(budgetUpdateSchema));
  return jsonResponse(await readBudget({ budgetStore: services.budgetStore, settings, now: services.clock() }));
});
