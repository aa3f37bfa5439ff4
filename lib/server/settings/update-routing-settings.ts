import type { RoutingSettings, RoutingSettingsUpdate } from "@/lib/schemas/performance";
import { AppError } from "@/lib/errors";
import type { SqlAdaptiveStatsStore } from "@/lib/server/learning/sql-stats-store";
import { halfLifeMsOf } from "./settings-schemas";
import type { SettingsStore } from "./settings-store";

// PUT /v1/settings/routing. A new decay half-life re-anchors the stored statistics in the same
// transaction; a default policy this instance cannot run (learned without a trained artefact) is
// refused rather than silently replaced.

export async function updateRoutingSettings(input: {
  settings: SettingsStore;
  stats: SqlAdaptiveStatsStore;
  update: RoutingSettingsUpdate;
  availablePolicies: readonly string[];
}): Promise<RoutingSettings> {
  const { settings, stats, update } = input;
  if (update.default_policy && !input.availablePolicies.includes(update.default_policy)) {
    throw new AppError(
      "validation_error",
      `The ${update.default_policy} policy is not available on this server (available: ${input.availablePolicies.join(", ")})`,
      "default_policy",
    );
  }
  const next = await settings.updateRouting(update, async (tx, routing) => {
    const rebase = stats.halfLifeChangeStatement(halfLifeMsOf(routing));
    if (rebase) await tx.run(rebase);
  });
  stats.adoptHalfLife(halfLifeMsOf(next));
  await stats.refresh();
  return next;
}
