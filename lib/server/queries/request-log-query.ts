import { REQUEST_SEARCH_WINDOW, type RequestListQuery, type RequestListResponse } from "@/lib/schemas/requests";
import type { SqlExecutor } from "@/lib/server/sql/sql-client";
import { sql } from "@/lib/server/sql/sql-statement";
import { encodeCursor, type RequestCursor } from "./request-cursor";
import { requestWhere } from "./request-filters";
import { SUMMARY_COLUMNS, SUMMARY_SOURCE_COLUMNS, summaryRowSchema, summaryToWire, type SummaryRow } from "./request-rows";

// GET /v1/requests: one keyset page of the request log, newest first, with the filters applied in
// SQL. One extra row is read to know whether there is a next page. The page is cut from `requests`
// alone and only its rows look up their ratings: PostgreSQL, misjudging how many rows a filter
// keeps (a text search), would otherwise join every candidate row with the ratings before cutting.
//
// Text search (`q`) has no index to use: every candidate prompt is read and matched, a few µs each
// on SQLite and up to ~20 µs on PostgreSQL (prompts are long and stored compressed), so a term that
// matches few of a million requests would scan them all (seconds). So one page searches at most the
// REQUEST_SEARCH_WINDOW newest requests that match the other filters: its rows are the matches among them,
// and when the window ended before the page filled, `next_cursor` continues after the window's last
// request (a page may then hold fewer matches than `limit`, even none). Paging on searches the
// whole log; a CSV export does it by itself.

async function windowEnd(executor: SqlExecutor, query: Omit<RequestListQuery, "format">): Promise<RequestCursor | null> {
  const [row] = await executor.query(sql`SELECT r.created_at_ms, r.id FROM requests r ${requestWhere({ ...query, q: undefined })}
    ORDER BY r.created_at_ms DESC, r.id DESC LIMIT 1 OFFSET ${REQUEST_SEARCH_WINDOW - 1}`);
  return row ? { createdAtMs: Number(row.created_at_ms), id: String(row.id) } : null;
}

export async function readRequestPage(executor: SqlExecutor, query: Omit<RequestListQuery, "format">): Promise<{ rows: SummaryRow[]; nextCursor: string | null }> {
  const end = query.q ? await windowEnd(executor, query) : null;
  const where = requestWhere(query, end ? { notBefore: end } : {});
  const rows = (
    await executor.query(sql`SELECT ${SUMMARY_COLUMNS} FROM (SELECT ${SUMMARY_SOURCE_COLUMNS} FROM requests r ${where}
        ORDER BY r.created_at_ms DESC, r.id DESC LIMIT ${query.limit + 1}) r
      ORDER BY r.created_at_ms DESC, r.id DESC`)
  ).map((row) => summaryRowSchema.parse(row));
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  if (rows.length > query.limit && last) return { rows: page, nextCursor: encodeCursor({ createdAtMs: last.created_at_ms, id: last.id }) };
  return { rows: page, nextCursor: end ? encodeCursor(end) : null };
}

export async function listRequests(executor: SqlExecutor, query: Omit<RequestListQuery, "format">): Promise<RequestListResponse> {
  const { rows, nextCursor } = await readRequestPage(executor, query);
  return { data: rows.map(summaryToWire), next_cursor: nextCursor };
}
