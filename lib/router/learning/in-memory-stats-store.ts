import {
  type AdaptiveStatsRow,
  type AdaptiveStatsSnapshot,
  type AdaptiveStatsStore,
  DEFAULT_HALF_LIFE_MS,
  type StatsCell,
  type StatsIncrement,
} from "./adaptive-stats-store";
import { addToStatsRow, emptyStatsRow, statsCellKey, toWeighted } from "./stats-row";

// The reference AdaptiveStatsStore: every update is the same set of increments a SQL store would
// run, so the two stay interchangeable. Its snapshot is live (updates are visible at once).

export class InMemoryAdaptiveStatsStore implements AdaptiveStatsStore, AdaptiveStatsSnapshot {
  readonly halfLifeMs: number;
  private readonly table = new Map<string, AdaptiveStatsRow>();

  constructor(options: { halfLifeMs?: number } = {}) {
    this.halfLifeMs = options.halfLifeMs ?? DEFAULT_HALF_LIFE_MS;
    if (!(this.halfLifeMs > 0)) throw new RangeError("halfLifeMs must be positive");
  }

  snapshot(): AdaptiveStatsSnapshot {
    return this;
  }

  row(cell: StatsCell): AdaptiveStatsRow | undefined {
    return this.table.get(statsCellKey(cell));
  }

  rows(): Iterable<AdaptiveStatsRow> {
    return this.table.values();
  }

  async increment(update: StatsIncrement): Promise<void> {
    const key = statsCellKey(update.cell);
    let row = this.table.get(key);
    if (!row) this.table.set(key, (row = emptyStatsRow(update.cell, update.at)));
    addToStatsRow({ row, increment: toWeighted(update), halfLifeMs: this.halfLifeMs });
  }
}
