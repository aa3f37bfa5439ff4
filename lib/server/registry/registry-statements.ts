import type { ModelSpec } from "@/lib/router/types";
import { rawSql, sql, type SqlStatement } from "@/lib/server/sql/sql-statement";
import { dateTimeParam, jsonParam } from "@/lib/server/sql/sql-values";
import { modelSpecToRow } from "./model-record";

// Registry writes as raw SQL, so they share the request log's connection and transactions. The
// audit log stores each side in the stored-row form (as the seed does); the API converts it.

const MODEL_COLUMNS = rawSql(`id, provider_id, provider_model, input_price_per_1m, output_price_per_1m, cached_input_price_per_1m,
  context_window, max_output_tokens, latency_ms, quality_score, capabilities, enabled, created_at, updated_at`);

export const selectModelsStatement: SqlStatement = sql`SELECT ${MODEL_COLUMNS} FROM models ORDER BY provider_id, id`;

export function selectModelStatement(modelId: string): SqlStatement {
  return sql`SELECT ${MODEL_COLUMNS} FROM models WHERE id = ${modelId}`;
}

export type ModelChangeAction = "create" | "update" | "delete";

export function insertModelStatement(spec: ModelSpec, now: number): SqlStatement {
  const row = modelSpecToRow(spec);
  const at = dateTimeParam(now);
  return sql`INSERT INTO models (id, provider_id, provider_model, input_price_per_1m, output_price_per_1m, cached_input_price_per_1m,
      context_window, max_output_tokens, latency_ms, quality_score, capabilities, enabled, created_at, updated_at)
    VALUES (${row.id}, ${row.providerId}, ${row.providerModel}, ${row.inputPricePer1M}, ${row.outputPricePer1M},
      ${row.cachedInputPricePer1M}, ${row.contextWindow}, ${row.maxOutputTokens}, ${Math.round(row.latencyMs)}, ${row.qualityScore},
      ${jsonParam(row.capabilities)}, ${row.enabled}, ${at}, ${at})`;
}

export function updateModelStatement(spec: ModelSpec, now: number): SqlStatement {
  const row = modelSpecToRow(spec);
  return sql`UPDATE models SET provider_id = ${row.providerId}, provider_model = ${row.providerModel},
      input_price_per_1m = ${row.inputPricePer1M}, output_price_per_1m = ${row.outputPricePer1M},
      cached_input_price_per_1m = ${row.cachedInputPricePer1M}, context_window = ${row.contextWindow},
      max_output_tokens = ${row.maxOutputTokens}, latency_ms = ${Math.round(row.latencyMs)}, quality_score = ${row.qualityScore},
      capabilities = ${jsonParam(row.capabilities)}, enabled = ${row.enabled}, updated_at = ${dateTimeParam(now)}
    WHERE id = ${row.id}`;
}

export function deleteModelStatement(modelId: string): SqlStatement {
  return sql`DELETE FROM models WHERE id = ${modelId}`;
}

export function auditStatement(change: {
  modelId: string;
  action: ModelChangeAction;
  actor: string;
  before: ModelSpec | null;
  after: ModelSpec | null;
  now: number;
}): SqlStatement {
  const side = (spec: ModelSpec | null) => (spec ? jsonParam(modelSpecToRow(spec)) : null);
  return sql`INSERT INTO model_changes (model_id, action, actor, before, after, created_at)
    VALUES (${change.modelId}, ${change.action}, ${change.actor}, ${side(change.before)}, ${side(change.after)}, ${dateTimeParam(change.now)})`;
}
