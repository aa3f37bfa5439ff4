import { z } from "zod";
import { COMPLEXITIES, TASK_TYPES, type Clock } from "@/lib/router/types";
import type { FeedbackBody, FeedbackResponse } from "@/lib/schemas/feedback";
import { AppError } from "@/lib/errors";
import type { SqlAdaptiveStatsStore } from "@/lib/server/learning/sql-stats-store";
import type { SqlClient } from "@/lib/server/sql/sql-client";
import { rawSql, sql } from "@/lib/server/sql/sql-statement";
import { sqlBoolean } from "@/lib/server/sql/sql-values";
import { upsertFeedbackStatement } from "./feedback-statements";
import { ratingIncrements } from "./rating-increments";

// A user's rating of a request. One rating per request: rating again replaces the earlier one, in
// the statistics too (rating-increments.ts). Rating, statistics and the local snapshot are updated
// together, so the next decision already sees it.

const requestRowSchema = z.object({
  status: z.string(),
  complexity: z.enum(COMPLEXITIES),
  task_type: z.enum(TASK_TYPES),
  model_id: z.string().nullable(),
  completed_at_ms: z.number().nullable(),
  created_at_ms: z.number(),
  prompt_hash: z.string(),
  prompt_stored: sqlBoolean,
});
const feedbackRowSchema = z.object({ success: sqlBoolean, quality: z.number(), updated_at_ms: z.number() });

export class FeedbackService {
  constructor(
    private readonly sqlClient: SqlClient,
    private readonly stats: SqlAdaptiveStatsStore,
    private readonly clock: Clock,
  ) {}

  async submit(body: FeedbackBody, actor: string): Promise<FeedbackResponse> {
    const now = this.clock();
    const lock = this.sqlClient.provider === "postgresql" ? rawSql(" FOR UPDATE") : rawSql("");
    const { prepared, replaced } = await this.sqlClient.transaction(async (tx) => {
      const [rawRequest] = await tx.query(
        sql`SELECT status, complexity, task_type, model_id, completed_at_ms, created_at_ms, prompt_hash, prompt IS NOT NULL AS prompt_stored
          FROM requests WHERE id = ${body.request_id}${lock}`,
      );
      if (!rawRequest) throw new AppError("not_found", `No request with id "${body.request_id}"`, "request_id");
      const request = requestRowSchema.parse(rawRequest);
      if (request.model_id === null || request.status === "rejected") {
        throw new AppError("conflict", "This request was refused before any model was chosen: there is no answer to rate", "request_id");
      }
      if (request.status === "in_progress") throw new AppError("conflict", "This request is still being answered", "request_id");
      const [rawPrevious] = await tx.query(sql`SELECT success, quality, updated_at_ms FROM feedback WHERE request_id = ${body.request_id}`);
      const previous = rawPrevious ? feedbackRowSchema.parse(rawPrevious) : undefined;
      await tx.run(
        upsertFeedbackStatement([
          {
            requestId: body.request_id,
            success: body.success,
            quality: body.quality_score,
            comment: body.comment ?? null,
            apiKeyLabel: actor,
            createdAtMs: now,
            updatedAtMs: now,
            modelId: request.model_id,
            promptHash: request.prompt_hash,
            trainable: request.status === "success" && request.prompt_stored,
          },
        ]),
      );
      const increments = ratingIncrements({ request, previous, rating: body, now });
      const statsUpdate = this.stats.prepare(increments);
      if (statsUpdate) await tx.run(statsUpdate.statement);
      return { prepared: statsUpdate, replaced: previous !== undefined };
    });
    this.stats.applyCommitted(prepared);
    return { request_id: body.request_id, status: "recorded", replaced };
  }
}
