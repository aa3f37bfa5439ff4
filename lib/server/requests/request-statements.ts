import type { AttemptRecord } from "@/lib/router/execute/execution-types";
import { joinSql, rawSql, sql, type SqlStatement } from "@/lib/server/sql/sql-statement";
import { jsonParam } from "@/lib/server/sql/sql-values";
import type { RequestRecord } from "./request-record";

// The request row and its attempt rows. The request is an upsert so a stream's in-progress row
// (written when its answer starts) is completed in place by the final transaction. The multi-row
// forms write many finished requests at once with the same row values (the scale benchmark's seed),
// so seeded rows cannot differ from the ones the app writes.

const REQUEST_COLUMNS = [
  "id", "created_at_ms", "completed_at_ms", "endpoint", "status", "stream", "api_key_label", "prompt", "system_prompt",
  "prompt_hash", "prompt_chars", "response", "response_chars", "complexity", "task_type", "confidence", "classifier",
  "classification", "policy", "policy_variant", "chosen_model_id", "model_id", "provider", "reason", "decision",
  "estimated_cost_nano", "actual_cost_nano", "cost_estimated", "counterfactual_cost_nano", "input_tokens",
  "cached_input_tokens", "output_tokens", "latency_ms", "time_to_first_token_ms", "error_type", "error_class",
  "error_message", "explored", "propensity", "simulated", "fallback_used",
] as const;

const integerOrNull = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value));

function requestValues(record: RequestRecord): SqlStatement {
  const { classification, usage } = record;
  const stored = { features: classification.features, stages: classification.stages ?? [], fallback_reason: classification.fallbackReason ?? null };
  return sql`(${record.id}, ${record.createdAtMs}, ${record.completedAtMs}, ${record.endpoint}, ${record.status}, ${record.stream},
    ${record.apiKeyLabel}, ${record.prompt}, ${record.systemPrompt}, ${record.promptHash}, ${record.promptChars}, ${record.response},
    ${record.responseChars}, ${classification.complexity}, ${classification.taskType}, ${classification.confidence},
    ${classification.classifier}, ${jsonParam(stored)}, ${record.policy}, ${record.policyVariant}, ${record.chosenModelId},
    ${record.modelId}, ${record.provider}, ${record.reason}, ${record.decision ? jsonParam(record.decision) : null},
    ${record.estimatedCostNano}, ${record.actualCostNano}, ${record.costEstimated}, ${record.counterfactualCostNano},
    ${usage?.inputTokens ?? null}, ${usage?.cachedInputTokens ?? null}, ${usage?.outputTokens ?? null},
    ${integerOrNull(record.latencyMs)}, ${integerOrNull(record.timeToFirstTokenMs)}, ${record.errorType}, ${record.errorClass},
    ${record.errorMessage}, ${record.explored}, ${record.propensity}, ${record.simulated}, ${record.fallbackUsed})`;
}

const updateAll = rawSql(REQUEST_COLUMNS.filter((column) => column !== "id").map((column) => `${column} = excluded.${column}`).join(", "));

const requestColumns = rawSql(REQUEST_COLUMNS.join(", "));

export function upsertRequestStatement(record: RequestRecord): SqlStatement {
  return sql`INSERT INTO requests (${requestColumns}) VALUES ${requestValues(record)}
    ON CONFLICT (id) DO UPDATE SET ${updateAll}`;
}

/** New requests (ids not yet stored), many rows in one statement. */
export function insertRequestsStatement(records: readonly RequestRecord[]): SqlStatement {
  return sql`INSERT INTO requests (${requestColumns}) VALUES ${joinSql(records.map(requestValues), ", ")}`;
}

function attemptValues(requestId: string, attempt: AttemptRecord, position: number): SqlStatement {
  return sql`(${requestId}, ${position}, ${attempt.modelId}, ${attempt.provider}, ${attempt.attempt}, ${attempt.status},
    ${attempt.httpStatus}, ${attempt.errorClass}, ${attempt.errorMessage}, ${attempt.startedAt}, ${integerOrNull(attempt.latencyMs) ?? 0},
    ${attempt.usage?.inputTokens ?? null}, ${attempt.usage?.cachedInputTokens ?? null}, ${attempt.usage?.outputTokens ?? null},
    ${attempt.costNano}, ${attempt.costEstimated}, ${attempt.simulated}, ${integerOrNull(attempt.retryDelayMs)})`;
}

export function insertAttemptsStatement(requestId: string, attempts: readonly AttemptRecord[]): SqlStatement | null {
  return insertAttemptsOfStatement([{ id: requestId, attempts }]);
}

/** The attempts of several requests in one statement; null when none has any. */
export function insertAttemptsOfStatement(requests: ReadonlyArray<Pick<RequestRecord, "id" | "attempts">>): SqlStatement | null {
  const rows = requests.flatMap((request) => request.attempts.map((attempt, position) => attemptValues(request.id, attempt, position)));
  if (rows.length === 0) return null;
  return sql`INSERT INTO attempts (request_id, position, model_id, provider, attempt, status, http_status, error_class, error_message,
      started_at_ms, latency_ms, input_tokens, cached_input_tokens, output_tokens, cost_nano, cost_estimated, simulated, retry_delay_ms)
    VALUES ${joinSql(rows, ", ")}`;
}
