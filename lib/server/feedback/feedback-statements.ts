import { joinSql, sql, type SqlStatement } from "@/lib/server/sql/sql-statement";

// The feedback table's upsert: one rating per request, rating again replaces it. Takes many rows so
// the scale benchmark seeds ratings with the statement the feedback endpoint uses.

export interface FeedbackRow {
  requestId: string;
  success: boolean;
  quality: number;
  comment: string | null;
  apiKeyLabel: string;
  createdAtMs: number;
  updatedAtMs: number;
  /** The rated request's facts (feedback.model_id, prompt_hash, trainable: see the schema). */
  modelId: string | null;
  promptHash: string;
  /** Answered successfully with its prompt stored: the learned router can train on it. */
  trainable: boolean;
}

/** Rows must name distinct requests. */
export function upsertFeedbackStatement(rows: readonly FeedbackRow[]): SqlStatement {
  const values = rows.map(
    (row) => sql`(${row.requestId}, ${row.success}, ${row.quality}, ${row.comment}, ${row.apiKeyLabel}, ${row.createdAtMs}, ${row.updatedAtMs},
      ${row.modelId}, ${row.promptHash}, ${row.trainable})`,
  );
  return sql`INSERT INTO feedback (request_id, success, quality, comment, api_key_label, created_at_ms, updated_at_ms, model_id, prompt_hash, trainable)
    VALUES ${joinSql(values, ", ")}
    ON CONFLICT (request_id) DO UPDATE SET success = excluded.success, quality = excluded.quality, comment = excluded.comment,
      api_key_label = excluded.api_key_label, updated_at_ms = excluded.updated_at_ms, model_id = excluded.model_id,
      prompt_hash = excluded.prompt_hash, trainable = excluded.trainable`;
}
