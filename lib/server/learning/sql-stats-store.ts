import { type AdaptiveStatsSnapshot, type AdaptiveStatsStore, type StatsIncrement } from "@/lib/router/learning/adaptive-stats-store";
import type { Clock } from "@/lib/router/types";
import type { SqlClient, SqlExecutor } from "@/lib/server/sql/sql-client";
import type { SqlStatement } from "@/lib/server/sql/sql-statement";
import { incrementStatement, rebaseAllStatement, selectAllStatsStatement } from "./stats-statements";
import { statsRowSchema, StatsSnapshot } from "./stats-snapshot";
import type { WeightedIncrement } from "@/lib/router/learning/stats-row";
import { mergeIncrements } from "./weighted-increment";

// The AdaptiveStatsStore port on the shared database. Writes are atomic multi-row upserts; callers
// that write a request in one transaction take the statement from `prepare` and report the commit
// with `applyCommitted`. Decisions read `snapshot()`, a local copy reloaded by the poller.

export interface PreparedIncrement {
  statement: SqlStatement;
  increments: WeightedIncrement[];
}

export class SqlAdaptiveStatsStore implements AdaptiveStatsStore {
  private current: StatsSnapshot;
  private currentHalfLifeMs: number;

  constructor(
    private readonly sqlClient: SqlClient,
    private readonly clock: Clock,
    halfLifeMs: number,
  ) {
    this.currentHalfLifeMs = halfLifeMs;
    this.current = new StatsSnapshot(halfLifeMs);
  }

  get halfLifeMs(): number {
    return this.currentHalfLifeMs;
  }

  snapshot(): AdaptiveStatsSnapshot {
    return this.current;
  }

  /** The statement for some increments (null when there are none), for the caller's transaction. */
  prepare(updates: readonly StatsIncrement[]): PreparedIncrement | null {
    if (updates.length === 0) return null;
    const increments = mergeIncrements(updates, this.currentHalfLifeMs);
    return { statement: incrementStatement(increments, { halfLifeMs: this.currentHalfLifeMs, now: this.clock() }), increments };
  }

  /** Makes committed increments visible to this process's decisions at once. */
  applyCommitted(prepared: PreparedIncrement | null): void {
    for (const increment of prepared?.increments ?? []) this.current.apply(increment);
  }

  async increment(update: StatsIncrement): Promise<void> {
    await this.incrementMany([update]);
  }

  async incrementMany(updates: readonly StatsIncrement[], executor: SqlExecutor = this.sqlClient): Promise<void> {
    const prepared = this.prepare(updates);
    if (!prepared) return;
    await executor.run(prepared.statement);
    this.applyCommitted(prepared);
  }

  async refresh(): Promise<void> {
    const rows = await this.sqlClient.query(selectAllStatsStatement);
    this.current = new StatsSnapshot(
      this.currentHalfLifeMs,
      rows.map((row) => statsRowSchema.parse(row)),
    );
  }

  /**
   * Before switching to a new half-life (in the settings change's transaction): re-anchors stored
   * sums at now under the old one, so no evidence is misweighted. Null when nothing changes.
   */
  halfLifeChangeStatement(halfLifeMs: number): SqlStatement | null {
    if (halfLifeMs === this.currentHalfLifeMs) return null;
    return rebaseAllStatement({ oldHalfLifeMs: this.currentHalfLifeMs, now: this.clock() });
  }

  /** Uses a half-life whose change has committed (here or on another instance). */
  adoptHalfLife(halfLifeMs: number): void {
    this.currentHalfLifeMs = halfLifeMs;
  }
}
