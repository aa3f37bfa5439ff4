import { randomUUID } from "node:crypto";
import type { StatsIncrement } from "@/lib/router/learning/adaptive-stats-store";
import { seededRandom } from "@/lib/router/learning/seeded-random";
import type { RandomSource } from "@/lib/router/types";
import type { AppServices } from "@/lib/server/app-services";
import { upsertFeedbackStatement, type FeedbackRow } from "@/lib/server/feedback/feedback-statements";
import { ratingIncrements } from "@/lib/server/feedback/rating-increments";
import { insertAttemptsOfStatement, insertRequestsStatement } from "@/lib/server/requests/request-statements";
import type { SqlExecutor } from "@/lib/server/sql/sql-client";
import { joinSql, sql, type SqlStatement } from "@/lib/server/sql/sql-statement";
import { cloneRequest, type SeedRequest, type SettledReservation } from "./clone-request";
import { requestTimes } from "./request-times";
import { SeedTotals } from "./seed-totals";
import type { TemplateWrite } from "./template-requests";

// Bulk seed: `count` requests over the last `days` days, copied from real requests' writes
// (clone-request.ts) and written with the app's own row statements in multi-row form, a few
// thousand requests per transaction: the request rows, their attempts, their settled budget
// reservations, some ratings, and the statistics increments (the app's upsert, merged per batch).
// Rollups, histograms, the hourly ledger and answer lengths are summed and written at the end
// (seed-totals.ts). Nothing goes through the HTTP layer or one request at a time.

/** Shares of the request log by outcome (renormalised over the outcomes the templates have). */
const STATUS_MIX: Record<string, number> = { success: 0.87, error: 0.04, routed: 0.05, rejected: 0.04 };
const RATED_SHARE: Record<string, number> = { success: 0.06, error: 0.02 };
const LIVE_SHARE = 0.7;
const TICKET_SHARE = 0.3;
const REQUESTS_PER_TRANSACTION = 2_000;

export interface SeedPlan {
  count: number;
  days: number;
  now: number;
  seed: number;
  templates: readonly TemplateWrite[];
  onProgress?: (done: number) => void;
}

export interface SeedSummary {
  requests: number;
  byStatus: Record<string, number>;
  rated: number;
  live: number;
  attempts: number;
}

function templatePicker(templates: readonly TemplateWrite[], random: RandomSource): () => TemplateWrite {
  const byStatus = new Map<string, TemplateWrite[]>();
  for (const template of templates) byStatus.set(template.record.status, [...(byStatus.get(template.record.status) ?? []), template]);
  const classes = [...byStatus.keys()].filter((status) => (STATUS_MIX[status] ?? 0) > 0);
  const total = classes.reduce((sum, status) => sum + STATUS_MIX[status]!, 0);
  return () => {
    let roll = random() * total;
    const status = classes.find((candidate) => (roll -= STATUS_MIX[candidate]!) < 0) ?? classes[0]!;
    const pool = byStatus.get(status)!;
    return pool[Math.floor(random() * pool.length)]!;
  };
}

function reservationsStatement(reservations: readonly SettledReservation[]): SqlStatement | null {
  if (reservations.length === 0) return null;
  const rows = reservations.map(
    (row) => sql`(${row.id}, ${row.hourStartMs}, ${row.amountNano}, ${row.createdAtMs}, ${row.settledAtMs}, ${row.actualNano})`,
  );
  return sql`INSERT INTO budget_reservations (id, hour_start_ms, amount_nano, created_at_ms, settled_at_ms, actual_nano) VALUES ${joinSql(rows, ", ")}`;
}

/** A user's rating some minutes after the answer, as the feedback endpoint would store it. */
function rating(request: SeedRequest, random: RandomSource, now: number): { row: FeedbackRow; increments: StatsIncrement[] } {
  const { record } = request;
  const ratedAt = Math.min(now, (record.completedAtMs ?? record.createdAtMs) + Math.floor(random() * 7_200_000));
  const success = record.status === "success" ? random() < 0.9 : false;
  const quality = Math.round((success ? 0.55 + random() * 0.45 : random() * 0.5) * 100) / 100;
  const row: FeedbackRow = {
    requestId: record.id,
    success,
    quality,
    comment: random() < 0.2 ? "Rated from the console" : null,
    apiKeyLabel: "console",
    createdAtMs: ratedAt,
    updatedAtMs: ratedAt,
    modelId: record.modelId,
    promptHash: record.promptHash,
    trainable: record.status === "success" && record.prompt !== null,
  };
  const rated = {
    status: record.status,
    complexity: record.classification.complexity,
    task_type: record.classification.taskType,
    model_id: record.modelId,
    completed_at_ms: record.completedAtMs,
    created_at_ms: record.createdAtMs,
  };
  return { row, increments: ratingIncrements({ request: rated, previous: undefined, rating: { success, quality_score: quality }, now: ratedAt }) };
}

async function writeBatch(tx: SqlExecutor, services: AppServices, batch: readonly SeedRequest[], ratings: ReturnType<typeof rating>[]): Promise<void> {
  // Parameters per statement stay under SQLite's 32,766 and PostgreSQL's 65,535 (41 per request row).
  const rowsPerStatement = services.sql.provider === "sqlite" ? 300 : 600;
  for (let index = 0; index < batch.length; index += rowsPerStatement) {
    const part = batch.slice(index, index + rowsPerStatement);
    await tx.run(insertRequestsStatement(part.map((request) => request.record)));
    const attempts = insertAttemptsOfStatement(part.map((request) => request.record));
    if (attempts) await tx.run(attempts);
    const reservations = reservationsStatement(part.flatMap((request) => (request.reservation ? [request.reservation] : [])));
    if (reservations) await tx.run(reservations);
  }
  if (ratings.length > 0) await tx.run(upsertFeedbackStatement(ratings.map((entry) => entry.row)));
  const stats = services.stats.prepare([...batch.flatMap((request) => request.increments), ...ratings.flatMap((entry) => entry.increments)]);
  if (stats) await tx.run(stats.statement);
}

export async function seedRequests(services: AppServices, plan: SeedPlan): Promise<SeedSummary> {
  const random = seededRandom(plan.seed);
  const pickTemplate = templatePicker(plan.templates, random);
  const totals = new SeedTotals();
  const summary: SeedSummary = { requests: 0, byStatus: {}, rated: 0, live: 0, attempts: 0 };
  let batch: SeedRequest[] = [];
  let ratings: ReturnType<typeof rating>[] = [];
  const flush = async () => {
    const [pending, pendingRatings] = [batch, ratings];
    [batch, ratings] = [[], []];
    await services.sql.transaction((tx) => writeBatch(tx, services, pending, pendingRatings));
    plan.onProgress?.(summary.requests);
  };
  const fromMs = plan.now - plan.days * 86_400_000;
  for (const createdAtMs of requestTimes({ count: plan.count, fromMs, toMs: plan.now, random })) {
    const live = random() < LIVE_SHARE;
    const request = cloneRequest(pickTemplate(), {
      id: randomUUID(),
      createdAtMs,
      reservationId: randomUUID(),
      promptPrefix: random() < TICKET_SHARE ? `[ticket ${100_000 + Math.floor(random() * 900_000)}] ` : "",
      live,
    });
    const status = request.record.status;
    totals.add(request);
    batch.push(request);
    if (random() < (RATED_SHARE[status] ?? 0)) ratings.push(rating(request, random, plan.now));
    summary.requests += 1;
    summary.byStatus[status] = (summary.byStatus[status] ?? 0) + 1;
    summary.live += live && !request.record.simulated && request.record.attempts.length > 0 ? 1 : 0;
    summary.attempts += request.record.attempts.length;
    if (batch.length >= REQUESTS_PER_TRANSACTION) await flush();
  }
  if (batch.length > 0) await flush();
  summary.rated = (await services.sql.query(sql`SELECT COUNT(*) AS count FROM feedback`)).map((row) => Number(row.count))[0] ?? 0;
  await services.sql.transaction(async (tx) => {
    for (const statement of totals.statements(plan.now)) await tx.run(statement);
  });
  return summary;
}
