import {
  type AdaptiveStatsRow,
  type AdaptiveStatsSnapshot,
  type AdaptiveStatsStore,
  DEFAULT_HALF_LIFE_MS,
  decayWeight,
  REBASE_AFTER_HALF_LIVES,
  type StatsCell,
  type StatsIncrement,
} from "./adaptive-stats-store";

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
    return this.table.get(keyOf(cell));
  }

  rows(): Iterable<AdaptiveStatsRow> {
    return this.table.values();
  }

  async increment(update: StatsIncrement): Promise<void> {
    const key = keyOf(update.cell);
    let row = this.table.get(key);
    if (!row) this.table.set(key, (row = emptyRow(update.cell, update.at)));
    if ((update.at - row.anchorMs) / this.halfLifeMs > REBASE_AFTER_HALF_LIVES) this.rebase(row, update.at);
    const weight = decayWeight({ at: update.at, anchorMs: row.anchorMs, halfLifeMs: this.halfLifeMs });
    row.decisions += update.decisions ?? 0;
    row.explorations += update.explorations ?? 0;
    row.requests += update.requests ?? 0;
    row.successes += update.successes ?? 0;
    row.latencyMsSum += update.latencyMs ?? 0;
    row.costNanoSum += update.costNano ?? 0;
    row.ratings += update.ratings ?? 0;
    row.qualitySum += update.quality ?? 0;
    row.decayedRequests += weight * (update.requests ?? 0);
    row.decayedSuccesses += weight * (update.successes ?? 0);
    row.decayedRatings += weight * (update.ratings ?? 0);
    row.decayedQualitySum += weight * (update.quality ?? 0);
  }

  private rebase(row: AdaptiveStatsRow, newAnchorMs: number): void {
    const factor = decayWeight({ at: row.anchorMs, anchorMs: newAnchorMs, halfLifeMs: this.halfLifeMs });
    row.decayedRequests *= factor;
    row.decayedSuccesses *= factor;
    row.decayedRatings *= factor;
    row.decayedQualitySum *= factor;
    row.anchorMs = newAnchorMs;
  }
}

function keyOf(cell: StatsCell): string {
  return `${cell.complexity}|${cell.taskType}|${cell.modelId}`;
}

function emptyRow(cell: StatsCell, anchorMs: number): AdaptiveStatsRow {
  return {
    complexity: cell.complexity,
    taskType: cell.taskType,
    modelId: cell.modelId,
    decisions: 0,
    explorations: 0,
    requests: 0,
    successes: 0,
    latencyMsSum: 0,
    costNanoSum: 0,
    ratings: 0,
    qualitySum: 0,
    anchorMs,
    decayedRequests: 0,
    decayedSuccesses: 0,
    decayedRatings: 0,
    decayedQualitySum: 0,
  };
}
