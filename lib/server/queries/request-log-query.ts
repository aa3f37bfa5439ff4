import type { RequestListQuery, RequestListResponse } from "@/lib/schemas/requests";
import type { SqlExecutor } from "@/lib/server/sql/sql-client";
import { sql } from "@/lib/server/sql/sql-statement";
import { encodeCursor } from "./request-cursor";
import { requestWhere } from "./request-filters";
import { SUMMARY_COLUMNS, summaryRowSchema, summaryToWire, type SummaryRow } from "./request-rows";

// GET /v1/requests: one keyset page of the request log, newest first, with the filters applied in
// SQL. One extra row is read to know whether there is a next page.

export async function readRequestPage(executor: SqlExecutor, query: Omit<RequestListQuery, "format">): Promise<{ rows: SummaryRow[]; nextCursor: string | null }> {
  const rows = (
    await executor.query(sql`SELECT ${SUMMARY_COLUMNS} FROM requests r LEFT JOIN feedback f ON f.request_id = r.id
      ${requestWhere(query)} ORDER BY r.created_at_ms DESC, r.id DESC LIMIT ${query.limit + 1}`)
  ).map((row) => summaryRowSchema.parse(row));
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > query.limit && last ? encodeCursor({ createdAtMs: last.created_at_ms, id: last.id }) : null };
}

export async function listRequests(executor: SqlExecutor, query: Omit<RequestListQuery, "format">): Promise<RequestListResponse> {
  const { rows, nextCursor } = await readRequestPage(executor, query);
  return { data: rows.map(summaryToWire), next_cursor: nextCursor };
}
