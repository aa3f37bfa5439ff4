import { z } from "zod";
import { utcHourStart } from "@/lib/router/budget/utc-hour";
import type { Clock } from "@/lib/router/types";
import { reconcileStatements, settleAndCountStatements } from "@/lib/server/budget/budget-statements";
import type { SqlClient } from "@/lib/server/sql/sql-client";
import { sql } from "@/lib/server/sql/sql-statement";
import { rollupStatement } from "./rollup-statements";

// Cleans up after an instance that died mid-request. A stream still in_progress long after any
// request could have ended is marked as an error ("interrupted") and counted in the rollups; a
// reservation nobody settled is settled at its reserved amount (the provider may well have billed
// the call), so the hour's reserved figure never stays inflated. Every step is conditional on the
// row's state inside its transaction, so several instances sweeping at once do each thing once.

const BATCH = 100;
const KEEP_SETTLED_RESERVATIONS_MS = 2 * 24 * 3_600_000;
const inProgressRowSchema = z.object({ id: z.string(), created_at_ms: z.number(), model_id: z.string().nullable(), provider: z.string().nullable() });
const reservationRowSchema = z.object({ id: z.string(), amount_nano: z.number() });

export interface SweepReport {
  interrupted: number;
  released: number;
}

export class StaleRequestSweeper {
  constructor(
    private readonly sqlClient: SqlClient,
    private readonly clock: Clock,
    /** Older than this, no request can still be running (well past the executor's overall timeout). */
    private readonly staleAfterMs: number,
  ) {}

  async sweep(): Promise<SweepReport> {
    const now = this.clock();
    const cutoff = now - this.staleAfterMs;
    let interrupted = 0;
    const stale = await this.sqlClient.query(sql`SELECT id, created_at_ms, model_id, provider FROM requests
      WHERE status = 'in_progress' AND created_at_ms < ${cutoff} ORDER BY created_at_ms LIMIT ${BATCH}`);
    for (const row of stale.map((raw) => inProgressRowSchema.parse(raw))) {
      if (await this.interrupt(row, now)) interrupted++;
    }
    let released = 0;
    const orphans = await this.sqlClient.query(sql`SELECT id, amount_nano FROM budget_reservations
      WHERE settled_at_ms IS NULL AND created_at_ms < ${cutoff} ORDER BY created_at_ms LIMIT ${BATCH}`);
    for (const row of orphans.map((raw) => reservationRowSchema.parse(raw))) {
      const statements = reconcileStatements(this.sqlClient.provider, { reservationId: row.id, actualNano: row.amount_nano, now });
      const changed = await this.sqlClient.transaction(async (tx) => {
        let total = 0;
        for (const statement of statements) total += await tx.run(statement);
        return total;
      });
      if (changed > 0) released++;
    }
    await this.sqlClient.run(sql`DELETE FROM budget_reservations WHERE settled_at_ms IS NOT NULL AND settled_at_ms < ${now - KEEP_SETTLED_RESERVATIONS_MS}`);
    return { interrupted, released };
  }

  private interrupt(row: z.infer<typeof inProgressRowSchema>, now: number): Promise<boolean> {
    return this.sqlClient.transaction(async (tx) => {
      const changed = await tx.run(sql`UPDATE requests SET status = 'error', error_type = 'interrupted', error_class = 'interrupted',
          error_message = 'The server stopped before this request finished', completed_at_ms = ${now}
        WHERE id = ${row.id} AND status = 'in_progress'`);
      if (changed === 0) return false;
      const [reservation] = await tx.query(sql`SELECT id, amount_nano FROM budget_reservations WHERE id = ${row.id} AND settled_at_ms IS NULL`);
      const amount = reservation ? reservationRowSchema.parse(reservation).amount_nano : 0;
      await tx.run(
        rollupStatement({
          createdAtMs: row.created_at_ms,
          modelId: row.model_id,
          provider: row.provider,
          status: "error",
          actualCostNano: amount,
          counterfactualCostNano: amount,
          latencyMs: null,
          explored: false,
          simulated: false,
          fallbackUsed: false,
          usage: null,
        }),
      );
      const settle = settleAndCountStatements(this.sqlClient.provider, {
        hourStartMs: utcHourStart(row.created_at_ms),
        reservationId: reservation ? row.id : null,
        actualNano: amount,
        now,
      });
      for (const statement of settle) await tx.run(statement);
      return true;
    });
  }
}
