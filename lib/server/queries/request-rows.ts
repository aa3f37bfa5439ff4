import { z } from "zod";
import { nanoToUsd } from "@/lib/router/cost/money";
import { CLASSIFIER_NAMES, COMPLEXITIES, POLICY_NAMES, TASK_TYPES } from "@/lib/router/types";
import { REQUEST_STATUSES, type RequestSummary } from "@/lib/schemas/requests";
import { rawSql } from "@/lib/server/sql/sql-statement";
import { sqlBoolean } from "@/lib/server/sql/sql-values";

// A request-log row as read by the list and the CSV export, and its wire summary.

const PROMPT_PREVIEW_CHARACTERS = 200;

/** The request columns a summary reads, for a subquery over `requests r` that SUMMARY_COLUMNS then reads as `r`. */
export const SUMMARY_SOURCE_COLUMNS = rawSql(`r.id, r.created_at_ms, r.endpoint, r.status, r.prompt, r.prompt_chars, r.model_id, r.provider,
  r.complexity, r.task_type, r.classifier, r.policy, r.estimated_cost_nano, r.actual_cost_nano, r.latency_ms, r.simulated, r.explored,
  r.error_class`);

/**
 * A summary row from `r` (requests, or a subquery of SUMMARY_SOURCE_COLUMNS). The rating is looked up
 * per row by its key: a join let PostgreSQL hash the whole feedback table for a page of 500 rows.
 */
export const SUMMARY_COLUMNS = rawSql(`r.id, r.created_at_ms, r.endpoint, r.status, SUBSTR(r.prompt, 1, ${PROMPT_PREVIEW_CHARACTERS}) AS prompt_preview,
  r.prompt_chars, r.model_id, r.provider, r.complexity, r.task_type, r.classifier, r.policy, r.estimated_cost_nano, r.actual_cost_nano,
  r.latency_ms, r.simulated, r.explored, r.error_class, (SELECT f.quality FROM feedback f WHERE f.request_id = r.id) AS rating`);

export const summaryRowSchema = z.object({
  id: z.string(),
  created_at_ms: z.number(),
  endpoint: z.enum(["route", "chat_completions"]),
  status: z.enum(REQUEST_STATUSES),
  prompt_preview: z.string().nullable(),
  prompt_chars: z.number(),
  model_id: z.string().nullable(),
  provider: z.string().nullable(),
  complexity: z.enum(COMPLEXITIES),
  task_type: z.enum(TASK_TYPES),
  classifier: z.enum(CLASSIFIER_NAMES),
  policy: z.enum(POLICY_NAMES),
  estimated_cost_nano: z.number().nullable(),
  actual_cost_nano: z.number().nullable(),
  latency_ms: z.number().nullable(),
  simulated: sqlBoolean,
  explored: sqlBoolean,
  error_class: z.string().nullable(),
  rating: z.number().nullable(),
});
export type SummaryRow = z.infer<typeof summaryRowSchema>;

const usd = (nano: number | null) => (nano === null ? null : nanoToUsd(nano));

export function summaryToWire(row: SummaryRow): RequestSummary {
  return {
    id: row.id,
    created_at: new Date(row.created_at_ms).toISOString(),
    endpoint: row.endpoint,
    status: row.status,
    prompt_preview: row.prompt_preview,
    prompt_chars: row.prompt_chars,
    model: row.model_id,
    provider: row.provider,
    complexity: row.complexity,
    task_type: row.task_type,
    classifier: row.classifier,
    policy: row.policy,
    estimated_cost: usd(row.estimated_cost_nano),
    actual_cost: usd(row.actual_cost_nano),
    latency_ms: row.latency_ms,
    simulated: row.simulated,
    explored: row.explored,
    error_class: row.error_class,
    rating: row.rating,
  };
}
