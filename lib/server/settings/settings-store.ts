import { z } from "zod";
import type { BudgetUpdate } from "@/lib/schemas/budget";
import type { RoutingSettings, RoutingSettingsUpdate } from "@/lib/schemas/performance";
import type { Clock } from "@/lib/router/types";
import { bumpVersionStatement } from "@/lib/server/cache/cache-versions";
import type { SqlClient, SqlExecutor } from "@/lib/server/sql/sql-client";
import { rawSql, sql, type SqlStatement } from "@/lib/server/sql/sql-statement";
import { dateTimeParam, jsonParam, sqlJson } from "@/lib/server/sql/sql-values";
import {
  type BudgetSettings,
  DEFAULT_BUDGET_SETTINGS,
  DEFAULT_ROUTING_SETTINGS,
  parseStoredBudgetSettings,
  parseStoredRoutingSettings,
} from "./settings-schemas";

// Budget and routing settings, shared by every instance through the `settings` table. Reads come
// from a local copy (reloaded when the settings version moves); writes bump that version in the
// same transaction.

const BUDGET_KEY = "budget";
const ROUTING_KEY = "routing";

export interface SettingsSnapshot {
  budget: BudgetSettings;
  routing: RoutingSettings;
}

const settingRowSchema = z.object({ key: z.string(), value: sqlJson });

export class SettingsStore {
  private current: SettingsSnapshot = { budget: DEFAULT_BUDGET_SETTINGS, routing: DEFAULT_ROUTING_SETTINGS };

  constructor(
    private readonly sqlClient: SqlClient,
    private readonly clock: Clock,
  ) {}

  snapshot(): SettingsSnapshot {
    return this.current;
  }

  async reload(): Promise<SettingsSnapshot> {
    const rows = await this.sqlClient.query(sql`SELECT key, value FROM settings WHERE key IN (${BUDGET_KEY}, ${ROUTING_KEY})`);
    const values = new Map(rows.map((raw) => settingRowSchema.parse(raw)).map((row) => [row.key, row.value]));
    this.current = {
      budget: parseStoredBudgetSettings(values.get(BUDGET_KEY)),
      routing: parseStoredRoutingSettings(values.get(ROUTING_KEY)),
    };
    return this.current;
  }

  /** Applies a partial update to the stored budget settings; returns the result. */
  async updateBudget(update: BudgetUpdate): Promise<BudgetSettings> {
    const budget = await this.write(BUDGET_KEY, (stored) => ({ ...parseStoredBudgetSettings(stored), ...stripUndefined(update) }));
    this.current = { ...this.current, budget };
    return budget;
  }

  /**
   * Writes new routing settings. `beforeCommit` runs inside the same transaction (the stats store
   * re-anchors its decayed sums there when the half-life changes).
   */
  async updateRouting(
    update: RoutingSettingsUpdate,
    beforeCommit?: (tx: SqlExecutor, next: RoutingSettings) => Promise<void>,
  ): Promise<RoutingSettings> {
    const routing = await this.write(
      ROUTING_KEY,
      (stored) => ({ ...parseStoredRoutingSettings(stored), ...stripUndefined(update) }),
      (tx, next) => beforeCommit?.(tx, next) ?? Promise.resolve(),
    );
    this.current = { ...this.current, routing };
    return routing;
  }

  /** Read (locked on PostgreSQL), merge and write one setting in one transaction, bumping the version. */
  private async write<T>(key: string, merge: (stored: unknown) => T, extra?: (tx: SqlExecutor, next: T) => Promise<void>): Promise<T> {
    const now = this.clock();
    const lock = this.sqlClient.provider === "postgresql" ? rawSql(" FOR UPDATE") : rawSql("");
    return this.sqlClient.transaction(async (tx) => {
      const [row] = await tx.query(sql`SELECT key, value FROM settings WHERE key = ${key}${lock}`);
      const next = merge(row ? settingRowSchema.parse(row).value : undefined);
      await tx.run(upsertSetting(key, next, now));
      await extra?.(tx, next);
      await tx.run(bumpVersionStatement("settings", now));
      return next;
    });
  }
}

function upsertSetting(key: string, value: unknown, now: number): SqlStatement {
  return sql`INSERT INTO settings (key, value, updated_at) VALUES (${key}, ${jsonParam(value)}, ${dateTimeParam(now)})
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
