import type { RequestListQuery } from "@/lib/schemas/requests";
import type { SqlExecutor } from "@/lib/server/sql/sql-client";
import { readRequestPage } from "./request-log-query";
import { summaryToWire } from "./request-rows";

// The request log as CSV (GET /v1/requests?format=csv): every row matching the filters, read page
// by page with the keyset cursor and streamed, so an export of a million rows never sits in memory.
// Cells that a spreadsheet would run as a formula (=, +, -, @) are prefixed with an apostrophe.

const EXPORT_PAGE = 500;
const COLUMNS = [
  "id", "created_at", "endpoint", "status", "model", "provider", "complexity", "task_type", "classifier", "policy",
  "estimated_cost", "actual_cost", "latency_ms", "simulated", "explored", "error_class", "rating", "prompt_chars", "prompt_preview",
] as const;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === "string") text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function requestCsvStream(executor: SqlExecutor, query: Omit<RequestListQuery, "format" | "limit" | "cursor">): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: string | undefined;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`${COLUMNS.join(",")}\r\n`));
        return;
      }
      // SQLite answers synchronously: without a turn of the event loop between pages, nothing written
      // so far would leave the socket until the whole export had been read.
      await new Promise((resolve) => setImmediate(resolve));
      const { rows, nextCursor } = await readRequestPage(executor, { ...query, limit: EXPORT_PAGE, cursor });
      const lines = rows.map((row) => {
        const wire = summaryToWire(row) as unknown as Record<string, unknown>;
        return `${COLUMNS.map((column) => csvCell(wire[column])).join(",")}\r\n`;
      });
      if (lines.length > 0) controller.enqueue(encoder.encode(lines.join("")));
      if (nextCursor === null) controller.close();
      else cursor = nextCursor;
    },
  });
}
