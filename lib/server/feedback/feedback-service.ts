import { z } from "zod";
import type { StatsIncrement } from "@/lib/router/learning/adaptive-stats-store";
import { COMPLEXITIES, TASK_TYPES, type Clock } from "@/lib/router/types";
import type { FeedbackBody, FeedbackResponse } from "@/lib/schemas/feedback";
import { AppError } from "@/lib/errors";
import type { SqlAdaptiveStatsStore } from "@/lib/server/learning/sql-stats-store";
import type { SqlClient } from "@/lib/server/sql/sql-client";
import { rawSql, sql } from "@/lib/server/sql/sql-statement";
import { sqlBoolean } from "@/lib/server/sql/sql-values";

// A user's rating of a request. One rating per request: rating again replaces the earlier one, in
// the statistics too (its increment is retracted at the time it was made, so decay weights stay
// exact). The quality rating counts for the model that answered; the success verdict overrides the
// execution's own success for answered requests. Rating, statistics and the local snapshot are
// updated together, so the next decision already sees it.

const requestRowSchema = z.object({
  status: z.string(),
  complexity: z.enum(COMPLEXITIES),
  task_type: z.enum(TASK_TYPES),
  model_id: z.string().nullable(),
  completed_at_ms: z.number().nullable(),
  created_at_ms: z.number(),
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
        sql`SELECT status, complexity, task_type, model_id, completed_at_ms, created_at_ms FROM requests WHERE id = ${body.request_id}${lock}`,
      );
      if (!rawRequest) throw new AppError("not_found", `No request with id "${body.request_id}"`, "request_id");
      const request = requestRowSchema.parse(rawRequest);
      if (request.model_id === null || request.status === "rejected") {
        throw new AppError("conflict", "This request was refused before any model was chosen: there is no answer to rate", "request_id");
      }
      if (request.status === "in_progress") throw new AppError("conflict", "This request is still being answered", "request_id");
      const [rawPrevious] = await tx.query(sql`SELECT success, quality, updated_at_ms FROM feedback WHERE request_id = ${body.request_id}`);
      const previous = rawPrevious ? feedbackRowSchema.parse(rawPrevious) : undefined;
      await tx.run(sql`INSERT INTO feedback (request_id, success, quality, comment, api_key_label, created_at_ms, updated_at_ms)
        VALUES (${body.request_id}, ${body.success}, ${body.quality_score}, ${body.comment ?? null}, ${actor}, ${now}, ${now})
        ON CONFLICT (request_id) DO UPDATE SET success = excluded.success, quality = excluded.quality, comment = excluded.comment,
          api_key_label = excluded.api_key_label, updated_at_ms = excluded.updated_at_ms`);
      const increments = ratingIncrements({ request, previous, body, now });
      const statsUpdate = this.stats.prepare(increments);
      if (statsUpdate) await tx.run(statsUpdate.statement);
      return { prepared: statsUpdate, replaced: previous !== undefined };
    });
    this.stats.applyCommitted(prepared);
    return { request_id: body.request_id, status: "recorded", replaced };
  }
}

function ratingIncrements(input: {
  request: z.infer<typeof requestRowSchema>;
  previous: z.infer<typeof feedbackRowSchema> | undefined;
  body: FeedbackBody;
  now: number;
}): StatsIncrement[] {
  const { request, previous, body, now } = input;
  const cell = { complexity: request.complexity, taskType: request.task_type, modelId: request.model_id! };
  const increments: StatsIncrement[] = [];
  if (previous) increments.push({ cell, at: previous.updated_at_ms, ratings: -1, quality: -previous.quality });
  increments.push({ cell, at: now, ratings: 1, quality: body.quality_score });
  if (request.status === "success") {
    // The execution counted a success when the request finished; the user's verdict replaces it.
    const counted = previous ? previous.success : true;
    if (counted !== body.success) {
      increments.push({ cell, at: request.completed_at_ms ?? request.created_at_ms, successes: body.success ? 1 : -1 });
    }
  }
  return increments;
}
