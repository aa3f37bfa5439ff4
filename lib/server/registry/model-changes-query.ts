import { z } from "zod";
import type { ModelChangeView } from "@/lib/schemas/models";
import type { SqlExecutor } from "@/lib/server/sql/sql-client";
import { sql } from "@/lib/server/sql/sql-statement";
import { sqlDateTime, sqlJson } from "@/lib/server/sql/sql-values";
import { specToWire } from "./model-wire";
import { modelRowToSpec, type ModelRow } from "./model-record";

// The registry's audit log, newest first. Each side is stored in the row form (the seed's too) and
// shown in the API's wire form.

const changeRowSchema = z.object({
  id: z.number(),
  model_id: z.string(),
  action: z.enum(["seed", "create", "update", "delete"]),
  actor: z.string(),
  before: sqlJson,
  after: sqlJson,
  created_at: sqlDateTime,
});

const storedSideSchema = z.looseObject({ id: z.string(), providerId: z.string() });

function sideToWire(side: unknown): Record<string, unknown> | null {
  const parsed = storedSideSchema.safeParse(side);
  if (!parsed.success) return side && typeof side === "object" ? (side as Record<string, unknown>) : null;
  return specToWire(modelRowToSpec(parsed.data as unknown as ModelRow));
}

export async function listModelChanges(executor: SqlExecutor, options: { modelId?: string; limit: number }): Promise<ModelChangeView[]> {
  const where = options.modelId ? sql`WHERE model_id = ${options.modelId}` : sql``;
  const rows = await executor.query(sql`SELECT id, model_id, action, actor, before, after, created_at FROM model_changes ${where}
    ORDER BY id DESC LIMIT ${options.limit}`);
  return rows.map((raw) => {
    const row = changeRowSchema.parse(raw);
    return {
      id: row.id,
      model: row.model_id,
      action: row.action,
      actor: row.actor,
      before: sideToWire(row.before),
      after: sideToWire(row.after),
      created_at: row.created_at.toISOString(),
    };
  });
}
