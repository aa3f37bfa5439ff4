import { utcHourStart } from "@/lib/router/budget/utc-hour";
import { countRequestStatement } from "@/lib/server/budget/budget-statements";
import { outputTokenTotalsStatement, type OutputTokenTotals } from "@/lib/server/learning/sql-output-token-history";
import {
  latencyBucketRowOf,
  latencyBucketUpsertStatement,
  ROLLUP_COUNTERS,
  rollupRowOf,
  rollupUpsertStatement,
  type LatencyBucketRow,
  type RollupRow,
} from "@/lib/server/requests/rollup-statements";
import type { SqlStatement } from "@/lib/server/sql/sql-statement";
import type { SeedRequest } from "./clone-request";

// What the seeded requests add to the rollups, the latency histograms, the hourly budget ledger and
// the observed answer lengths, summed per key in memory (each request's share computed by the
// app's own functions) and written at the end with the app's upserts, a few thousand rows in all.

const STATEMENT_ROWS = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size) result.push(items.slice(index, index + size));
  return result;
}

export class SeedTotals {
  private readonly rollups = new Map<string, RollupRow>();
  private readonly buckets = new Map<string, LatencyBucketRow>();
  private readonly hours = new Map<number, { spentNano: number; requests: number }>();
  private readonly outputs = new Map<string, OutputTokenTotals>();

  add({ record, reservation, outputObservation }: SeedRequest): void {
    const rollup = rollupRowOf(record);
    const rollupKey = `${rollup.hourStartMs}|${rollup.modelId}|${rollup.provider}`;
    const existing = this.rollups.get(rollupKey);
    if (!existing) this.rollups.set(rollupKey, rollup);
    else for (const counter of ROLLUP_COUNTERS) existing.counts[counter] += rollup.counts[counter];

    const bucket = latencyBucketRowOf(record);
    if (bucket) {
      const bucketKey = `${bucket.hourStartMs}|${bucket.modelId}|${bucket.bucket}`;
      const counted = this.buckets.get(bucketKey);
      if (counted) counted.count += bucket.count;
      else this.buckets.set(bucketKey, bucket);
    }

    // The writer settles a request in its reservation's hour (else its creation hour): spend + 1 request.
    const hour = reservation?.hourStartMs ?? utcHourStart(record.createdAtMs);
    const ledger = this.hours.get(hour) ?? { spentNano: 0, requests: 0 };
    ledger.spentNano += record.actualCostNano ?? 0;
    ledger.requests += 1;
    this.hours.set(hour, ledger);

    if (outputObservation) {
      const outputKey = `${outputObservation.taskType}|${outputObservation.complexity}`;
      const totals = this.outputs.get(outputKey) ?? { taskType: outputObservation.taskType, complexity: outputObservation.complexity, observations: 0, tokensSum: 0 };
      totals.observations += 1;
      totals.tokensSum += Math.round(outputObservation.outputTokens);
      this.outputs.set(outputKey, totals);
    }
  }

  statements(now: number): SqlStatement[] {
    return [
      ...chunks([...this.rollups.values()], STATEMENT_ROWS).map(rollupUpsertStatement),
      ...chunks([...this.buckets.values()], STATEMENT_ROWS).map(latencyBucketUpsertStatement),
      ...[...this.hours].map(([hourStartMs, ledger]) => countRequestStatement({ hourStartMs, unreservedNano: ledger.spentNano, now, requests: ledger.requests })),
      ...(this.outputs.size > 0 ? [outputTokenTotalsStatement([...this.outputs.values()])] : []),
    ];
  }
}
