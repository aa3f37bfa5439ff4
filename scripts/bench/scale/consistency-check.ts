import { HOUR_MS } from "@/lib/router/budget/utc-hour";
import type { SqlExecutor } from "@/lib/server/sql/sql-client";
import { sql } from "@/lib/server/sql/sql-statement";

// Checks that the stored aggregates agree with the request rows, as they must when every request
// was written by the app's writer: per hour × model × provider the rollups against the rows (count,
// successes, errors, cost), per hour the budget ledger against the rollups, per hour × model the
// latency histogram against the rollups' measured latencies, and the statistics' decision, rating
// and answer-length counts against the rows. Returns the disagreements (none when consistent).
// Reads every request row once: run it once, not in a measurement.

const number = (value: unknown) => Number(value ?? 0);

export async function checkConsistency(executor: SqlExecutor): Promise<string[]> {
  const problems: string[] = [];
  const fromRows = await executor.query(sql`SELECT created_at_ms - (created_at_ms % ${HOUR_MS}) AS hour, COALESCE(model_id, '') AS model,
      COALESCE(provider, '') AS provider, COUNT(*) AS requests, SUM(CASE WHEN status = 'success' THEN 1 ELSE 0 END) AS successes,
      SUM(CASE WHEN status = 'error' THEN 1 ELSE 0 END) AS errors, SUM(COALESCE(actual_cost_nano, 0)) AS cost_nano
    FROM requests WHERE status <> 'in_progress' GROUP BY 1, 2, 3`);
  const rollups = await executor.query(sql`SELECT hour_start_ms AS hour, model_id AS model, provider, requests, successes, errors, cost_nano,
      latency_count FROM request_rollups`);
  const key = (row: Record<string, unknown>) => `${number(row.hour)}|${String(row.model)}|${String(row.provider)}`;
  const rollupByKey = new Map(rollups.map((row) => [key(row), row]));
  for (const row of fromRows) {
    const rollup = rollupByKey.get(key(row));
    rollupByKey.delete(key(row));
    for (const field of ["requests", "successes", "errors", "cost_nano"]) {
      if (number(row[field]) !== number(rollup?.[field])) problems.push(`rollup ${key(row)} ${field}: rows ${number(row[field])}, rollup ${number(rollup?.[field])}`);
    }
  }
  for (const orphan of rollupByKey.keys()) problems.push(`rollup ${orphan} has no request rows`);

  const perHour = new Map<number, { requests: number; costNano: number }>();
  const measuredPerModelHour = new Map<string, number>();
  for (const rollup of rollups) {
    const hour = perHour.get(number(rollup.hour)) ?? { requests: 0, costNano: 0 };
    perHour.set(number(rollup.hour), { requests: hour.requests + number(rollup.requests), costNano: hour.costNano + number(rollup.cost_nano) });
    const modelHour = `${number(rollup.hour)}|${String(rollup.model)}`;
    measuredPerModelHour.set(modelHour, (measuredPerModelHour.get(modelHour) ?? 0) + number(rollup.latency_count));
  }
  for (const ledger of await executor.query(sql`SELECT hour_start_ms, spent_nano, reserved_nano, requests FROM hourly_spend`)) {
    const hour = perHour.get(number(ledger.hour_start_ms)) ?? { requests: 0, costNano: 0 };
    if (number(ledger.requests) !== hour.requests || number(ledger.spent_nano) !== hour.costNano || number(ledger.reserved_nano) !== 0) {
      problems.push(`hourly_spend ${number(ledger.hour_start_ms)}: ${number(ledger.requests)} requests, ${number(ledger.spent_nano)} spent, ${number(ledger.reserved_nano)} reserved; rollups ${hour.requests} requests, ${hour.costNano} cost`);
    }
  }
  for (const histogram of await executor.query(sql`SELECT hour_start_ms AS hour, model_id AS model, SUM(count) AS count FROM latency_buckets GROUP BY 1, 2`)) {
    const modelHour = `${number(histogram.hour)}|${String(histogram.model)}`;
    if (number(histogram.count) !== (measuredPerModelHour.get(modelHour) ?? 0)) {
      problems.push(`latency_buckets ${modelHour}: ${number(histogram.count)} counted, rollups measured ${measuredPerModelHour.get(modelHour) ?? 0}`);
    }
  }

  const [counts] = await executor.query(sql`SELECT
      (SELECT COUNT(*) FROM requests WHERE status IN ('success', 'error', 'routed')) AS decided,
      (SELECT COUNT(*) FROM requests WHERE status = 'success') AS answered,
      (SELECT COUNT(*) FROM feedback) AS rated,
      (SELECT COALESCE(SUM(decisions), 0) FROM adaptive_stats) AS decisions,
      (SELECT COALESCE(SUM(ratings), 0) FROM adaptive_stats) AS ratings,
      (SELECT COALESCE(SUM(observations), 0) FROM output_token_stats) AS observations,
      (SELECT COUNT(*) FROM budget_reservations WHERE settled_at_ms IS NULL) AS open_reservations`);
  const expect = (what: string, actual: unknown, expected: unknown) => {
    if (number(actual) !== number(expected)) problems.push(`${what}: ${number(actual)}, expected ${number(expected)}`);
  };
  expect("adaptive_stats decisions", counts?.decisions, counts?.decided);
  expect("adaptive_stats ratings", counts?.ratings, counts?.rated);
  expect("output_token_stats observations", counts?.observations, counts?.answered);
  expect("open budget reservations", counts?.open_reservations, 0);
  return problems;
}
