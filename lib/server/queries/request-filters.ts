import type { RequestListQuery } from "@/lib/schemas/requests";
import { joinSql, sql, type SqlStatement } from "@/lib/server/sql/sql-statement";
import { decodeCursor } from "./request-cursor";

// The request log's filters as one SQL WHERE clause (parameterised). Text search matches the
// stored prompt case-insensitively; LIKE wildcards typed by the user are matched literally.

function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

export function requestWhere(query: Omit<RequestListQuery, "limit" | "format">): SqlStatement {
  const conditions: SqlStatement[] = [];
  if (query.model) conditions.push(sql`r.model_id = ${query.model}`);
  if (query.provider) conditions.push(sql`r.provider = ${query.provider}`);
  if (query.status) conditions.push(sql`r.status = ${query.status}`);
  if (query.complexity) conditions.push(sql`r.complexity = ${query.complexity}`);
  if (query.task_type) conditions.push(sql`r.task_type = ${query.task_type}`);
  if (query.policy) conditions.push(sql`r.policy = ${query.policy}`);
  if (query.simulated !== undefined) conditions.push(sql`r.simulated = ${query.simulated}`);
  if (query.rated !== undefined) {
    conditions.push(query.rated ? sql`f.request_id IS NOT NULL` : sql`f.request_id IS NULL`);
  }
  if (query.from) conditions.push(sql`r.created_at_ms >= ${Date.parse(query.from)}`);
  if (query.to) conditions.push(sql`r.created_at_ms < ${Date.parse(query.to)}`);
  if (query.q) conditions.push(sql`LOWER(r.prompt) LIKE ${likePattern(query.q)} ESCAPE '\\'`);
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    conditions.push(sql`(r.created_at_ms < ${cursor.createdAtMs} OR (r.created_at_ms = ${cursor.createdAtMs} AND r.id < ${cursor.id}))`);
  }
  return conditions.length > 0 ? sql`WHERE ${joinSql(conditions, " AND ")}` : sql``;
}
