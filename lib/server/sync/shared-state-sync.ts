import type { SqlBudgetStore } from "@/lib/server/budget/sql-budget-store";
import { readVersions, type CacheVersions } from "@/lib/server/cache/cache-versions";
import type { SqlOutputTokenHistory } from "@/lib/server/learning/sql-output-token-history";
import type { SqlAdaptiveStatsStore } from "@/lib/server/learning/sql-stats-store";
import type { SqlRegistry } from "@/lib/server/registry/sql-registry";
import type { StaleRequestSweeper } from "@/lib/server/requests/stale-request-sweeper";
import { halfLifeMsOf } from "@/lib/server/settings/settings-schemas";
import type { SettingsStore } from "@/lib/server/settings/settings-store";
import type { SqlClient } from "@/lib/server/sql/sql-client";

// Keeps this instance's copies of shared state close to the database: every tick it reads the
// two cache versions (one tiny query) and reloads the registry or the settings when another
// instance changed them, and refreshes the hour's budget ledger; every few ticks the adaptive
// statistics and output-length history; every minute the stale-request sweeper runs. Local writes
// update the copies at once, so this only brings in other instances' changes.

export interface SharedStateSyncOptions {
  sqlClient: SqlClient;
  registry: SqlRegistry;
  settings: SettingsStore;
  budgetStore: SqlBudgetStore;
  stats: SqlAdaptiveStatsStore;
  outputHistory: SqlOutputTokenHistory;
  sweeper: StaleRequestSweeper;
  intervalMs: number;
  statsEveryTicks?: number;
  sweepEveryTicks?: number;
  log: (message: string) => void;
}

export class SharedStateSync {
  private versions: CacheVersions = { registry: -1, settings: -1 };
  private timer: NodeJS.Timeout | undefined;
  private ticks = 0;
  private running: Promise<void> | undefined;

  constructor(private readonly options: SharedStateSyncOptions) {}

  /** Loads everything once (at start). */
  async loadAll(): Promise<void> {
    const { registry, settings, budgetStore, stats, outputHistory, sqlClient } = this.options;
    this.versions = await readVersions(sqlClient);
    await Promise.all([registry.reload(), settings.reload(), budgetStore.refresh(), outputHistory.refresh()]);
    stats.adoptHalfLife(halfLifeMsOf(settings.snapshot().routing));
    await stats.refresh();
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.running ??= this.tick()
        .catch((error: unknown) => this.options.log(`shared state refresh failed: ${error instanceof Error ? error.name : "error"}`))
        .finally(() => {
          this.running = undefined;
        });
    }, this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  async tick(): Promise<void> {
    const { registry, settings, budgetStore, stats, outputHistory, sqlClient, sweeper } = this.options;
    this.ticks++;
    const versions = await readVersions(sqlClient);
    if (versions.registry !== this.versions.registry) await registry.reload();
    if (versions.settings !== this.versions.settings) {
      await settings.reload();
      stats.adoptHalfLife(halfLifeMsOf(settings.snapshot().routing));
    }
    this.versions = versions;
    await budgetStore.refresh();
    if (this.ticks % (this.options.statsEveryTicks ?? 3) === 0) await Promise.all([stats.refresh(), outputHistory.refresh()]);
    if (this.ticks % (this.options.sweepEveryTicks ?? 60) === 1) await sweeper.sweep();
  }
}
