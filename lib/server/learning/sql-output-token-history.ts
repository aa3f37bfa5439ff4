import { z } from "zod";
import { DEFAULT_MIN_OUTPUT_OBSERVATIONS, type OutputTokenHistory, type OutputTokenObservation } from "@/lib/router/tokens/output-token-history";
import type { Complexity, TaskType } from "@/lib/router/types";
import type { SqlClient } from "@/lib/server/sql/sql-client";
import { joinSql, sql, type SqlStatement } from "@/lib/server/sql/sql-statement";

// Observed answer lengths per (task type, complexity) on the shared database: atomic increments
// (count + 1, sum + tokens); estimates read a local copy the poller reloads and local writes update.

/** Observations to add to one (task type, complexity): one, or many summed (the scale benchmark's seed). */
export interface OutputTokenTotals {
  taskType: TaskType;
  complexity: Complexity;
  observations: number;
  tokensSum: number;
}

/** Adds each row's totals (rows must have distinct keys). */
export function outputTokenTotalsStatement(rows: readonly OutputTokenTotals[]): SqlStatement {
  const values = rows.map((row) => sql`(${row.taskType}, ${row.complexity}, ${row.observations}, ${row.tokensSum})`);
  return sql`INSERT INTO output_token_stats AS o (task_type, complexity, observations, tokens_sum) VALUES ${joinSql(values, ", ")}
    ON CONFLICT (task_type, complexity) DO UPDATE SET observations = o.observations + excluded.observations, tokens_sum = o.tokens_sum + excluded.tokens_sum`;
}

const rowSchema = z.object({ task_type: z.string(), complexity: z.string(), observations: z.number().int(), tokens_sum: z.number() });

export class SqlOutputTokenHistory implements OutputTokenHistory {
  private totals = new Map<string, { count: number; sum: number }>();

  constructor(
    private readonly sqlClient: SqlClient,
    private readonly minObservations = DEFAULT_MIN_OUTPUT_OBSERVATIONS,
  ) {}

  expectedOutputTokens(taskType: TaskType, complexity: Complexity): number | undefined {
    const total = this.totals.get(`${taskType}|${complexity}`);
    if (!total || total.count < this.minObservations) return undefined;
    return Math.round(total.sum / total.count);
  }

  /** The upsert for one observation, for the caller's transaction; null for an unusable count. */
  prepare(observation: OutputTokenObservation): SqlStatement | null {
    const { taskType, complexity, outputTokens } = observation;
    if (!Number.isFinite(outputTokens) || outputTokens < 0) return null;
    return outputTokenTotalsStatement([{ taskType, complexity, observations: 1, tokensSum: Math.round(outputTokens) }]);
  }

  applyCommitted(observation: OutputTokenObservation): void {
    const key = `${observation.taskType}|${observation.complexity}`;
    const total = this.totals.get(key) ?? { count: 0, sum: 0 };
    total.count += 1;
    total.sum += Math.round(observation.outputTokens);
    this.totals.set(key, total);
  }

  async record(observation: OutputTokenObservation): Promise<void> {
    const statement = this.prepare(observation);
    if (!statement) return;
    await this.sqlClient.run(statement);
    this.applyCommitted(observation);
  }

  async refresh(): Promise<void> {
    const rows = await this.sqlClient.query(sql`SELECT task_type, complexity, observations, tokens_sum FROM output_token_stats`);
    const totals = new Map<string, { count: number; sum: number }>();
    for (const raw of rows) {
      const row = rowSchema.parse(raw);
      totals.set(`${row.task_type}|${row.complexity}`, { count: row.observations, sum: row.tokens_sum });
    }
    this.totals = totals;
  }
}
