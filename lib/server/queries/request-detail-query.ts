import { z } from "zod";
import { nanoToUsd } from "@/lib/router/cost/money";
import type { RequestDetail } from "@/lib/schemas/requests";
import { AppError } from "@/lib/errors";
import { storedDecisionSchema } from "@/lib/server/requests/stored-decision";
import type { SqlExecutor } from "@/lib/server/sql/sql-client";
import { rawSql, sql } from "@/lib/server/sql/sql-statement";
import { sqlBoolean, sqlJson } from "@/lib/server/sql/sql-values";
import { SUMMARY_COLUMNS, summaryRowSchema, summaryToWire } from "./request-rows";

// GET /v1/requests/{id}: one request with its prompt and answer (when stored), decision
// explanation, attempts and rating.

const detailRowSchema = summaryRowSchema.extend({
  prompt: z.string().nullable(),
  prompt_hash: z.string(),
  system_prompt: z.string().nullable(),
  response: z.string().nullable(),
  chosen_model_id: z.string().nullable(),
  reason: z.string().nullable(),
  confidence: z.number().nullable(),
  propensity: z.number().nullable(),
  cost_estimated: sqlBoolean,
  input_tokens: z.number().nullable(),
  cached_input_tokens: z.number().nullable(),
  output_tokens: z.number().nullable(),
  time_to_first_token_ms: z.number().nullable(),
  stream: sqlBoolean,
  error_message: z.string().nullable(),
  api_key_label: z.string(),
  classification: sqlJson.pipe(z.object({ features: z.record(z.string(), z.unknown()).nullable().catch(null) }).nullable().catch(null)),
  decision: sqlJson.pipe(storedDecisionSchema.nullable().catch(null)),
  feedback_success: sqlBoolean.nullable(),
  feedback_comment: z.string().nullable(),
  feedback_created_at_ms: z.number().nullable(),
  feedback_updated_at_ms: z.number().nullable(),
});

const attemptRowSchema = z.object({
  model_id: z.string(),
  provider: z.string(),
  attempt: z.number(),
  status: z.enum(["success", "error", "skipped"]),
  http_status: z.number().nullable(),
  error_class: z.string().nullable(),
  error_message: z.string().nullable(),
  latency_ms: z.number(),
  input_tokens: z.number().nullable(),
  cached_input_tokens: z.number().nullable(),
  output_tokens: z.number().nullable(),
  cost_nano: z.number().nullable(),
  cost_estimated: sqlBoolean,
  simulated: sqlBoolean,
  retry_delay_ms: z.number().nullable(),
});

const DETAIL_COLUMNS = rawSql(`r.prompt, r.prompt_hash, r.system_prompt, r.response, r.chosen_model_id, r.reason, r.confidence, r.propensity,
  r.cost_estimated, r.input_tokens, r.cached_input_tokens, r.output_tokens, r.time_to_first_token_ms, r.stream, r.error_message,
  r.api_key_label, r.classification, r.decision, f.success AS feedback_success, f.comment AS feedback_comment,
  f.created_at_ms AS feedback_created_at_ms, f.updated_at_ms AS feedback_updated_at_ms`);

function usage(row: { input_tokens: number | null; cached_input_tokens: number | null; output_tokens: number | null }) {
  if (row.input_tokens === null || row.output_tokens === null) return null;
  return { input_tokens: row.input_tokens, cached_input_tokens: row.cached_input_tokens ?? 0, output_tokens: row.output_tokens };
}

export async function readRequestDetail(executor: SqlExecutor, requestId: string): Promise<RequestDetail> {
  const [raw] = await executor.query(sql`SELECT ${SUMMARY_COLUMNS}, ${DETAIL_COLUMNS} FROM requests r
    LEFT JOIN feedback f ON f.request_id = r.id WHERE r.id = ${requestId}`);
  if (!raw) throw new AppError("not_found", `No request with id "${requestId}"`, "id");
  const row = detailRowSchema.parse(raw);
  const attempts = (await executor.query(sql`SELECT model_id, provider, attempt, status, http_status, error_class, error_message, latency_ms,
      input_tokens, cached_input_tokens, output_tokens, cost_nano, cost_estimated, simulated, retry_delay_ms
    FROM attempts WHERE request_id = ${requestId} ORDER BY position`)).map((attempt) => attemptRowSchema.parse(attempt));
  const decision = row.decision;
  return {
    ...summaryToWire(row),
    prompt: row.prompt,
    prompt_hash: row.prompt_hash,
    system_prompt: row.system_prompt,
    response: row.response,
    chosen_model: row.chosen_model_id,
    reason: row.reason ?? "",
    confidence: row.confidence ?? 0,
    min_quality: decision?.min_quality ?? null,
    propensity: row.propensity,
    cost_estimated: row.cost_estimated,
    usage: usage(row),
    time_to_first_token_ms: row.time_to_first_token_ms,
    stream: row.stream,
    simulation_reason: decision?.simulation_reason ?? null,
    error_message: row.error_message,
    api_key: row.api_key_label,
    features: row.classification?.features ?? null,
    explanation: decision?.explanation ?? [],
    relaxed: decision?.relaxed ?? [],
    budget: decision?.budget ?? null,
    attempts: attempts.map((attempt) => ({
      model: attempt.model_id,
      provider: attempt.provider,
      attempt: attempt.attempt,
      status: attempt.status,
      http_status: attempt.http_status,
      error_class: attempt.error_class,
      error_message: attempt.error_message,
      latency_ms: attempt.latency_ms,
      usage: usage(attempt),
      cost: attempt.cost_nano === null ? null : nanoToUsd(attempt.cost_nano),
      cost_estimated: attempt.cost_estimated,
      simulated: attempt.simulated,
      retry_delay_ms: attempt.retry_delay_ms,
    })),
    feedback:
      row.rating !== null && row.feedback_success !== null
        ? {
            success: row.feedback_success,
            quality_score: row.rating,
            comment: row.feedback_comment,
            created_at: new Date(row.feedback_created_at_ms!).toISOString(),
            updated_at: new Date(row.feedback_updated_at_ms!).toISOString(),
          }
        : null,
  };
}
