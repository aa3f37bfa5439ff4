import type { RequestListQuery } from "@/lib/schemas/requests";
import { joinSql, sql, type SqlStatement } from "@/lib/server/sql/sql-statement";
import { decodeCursor, type RequestCursor } from "./request-cursor";

// The request log's filters as one SQL WHERE clause over `requests r` (parameterised). Text search
// matches the stored prompt case-insensitively; LIKE wildcards typed by the user are matched
// literally. There is no full-text index: request-log-query.ts bounds how many prompts one page scans.

function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

export function requestWhere(query: Omit<RequestListQuery, "limit" | "format">, bounds: { notBefore?: RequestCursor } = {}): SqlStatement {
  const conditions: SqlStatement[] = [];
  if (query.model) conditions.push(sql`r.model_id = ${query.model}`);
  if (query.provider) conditions.push(sql`r.provider = ${query.provider}`);
  if (query.status) conditions.push(sql`r.status = ${query.status}`);
  if (query.complexity) conditions.push(sql`r.complexity = ${query.complexity}`);
  if (query.task_type) conditions.push(sql`r.task_type = ${query.task_type}`);
  if (query.policy) conditions.push(sql`r.policy = ${query.policy}`);
  if (query.simulated !== undefined) conditions.push(sql`r.simulated = ${query.simulated}`);
  if (query.rated !== undefined) {
    // A subquery, not the page's join: the feedback join happens after the page is cut (request-log-query.ts).
    const rated = sql`EXISTS (SELECT 1 FROM feedback f WHERE f.request_id = r.id)`;
    conditions.push(query.rated ? rated : sql`NOT ${rated}`);
  }
  if (query.from) conditions.push(sql`r.created_at_ms >= ${Date.parse(query.from)}`);
  if (query.to) conditions.push(sql`r.created_at_ms < ${Date.parse(query.to)}`);
  if (query.q) conditions.push(sql`LOWER(r.prompt) LIKE ${likePattern(query.q)} ESCAPE '\\'`);
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    conditions.push(sql`r.created_at_ms <= ${cursor.createdAtMs} AND (r.created_at_ms < ${cursor.createdAtMs} OR r.id < ${cursor.id})`);
  }
  if (bounds.notBefore) {
    const { createdAtMs, id } = bounds.notBefore;
    // The plain range first: the OR alone is no index range to either planner.
    conditions.push(sql`r.created_at_ms >= ${createdAtMs} AND (r.created_at_ms > ${createdAtMs} OR r.id >= ${id})`);
  }
  return conditions.length > 0 ? sql`WHERE ${joinSql(conditions, " AND ")}` : sql``;
}
