import { AppError } from "@/lib/errors";

// The request log's keyset cursor: the last row's (created_at_ms, id), opaque to clients. Pages
// are read newest first with `(created_at_ms, id) < cursor`, which the (created_at_ms, id) index
// serves without OFFSET, however deep the page.

export interface RequestCursor {
  createdAtMs: number;
  id: string;
}

export function encodeCursor(cursor: RequestCursor): string {
  return Buffer.from(`${cursor.createdAtMs}:${cursor.id}`, "utf8").toString("base64url");
}

export function decodeCursor(text: string): RequestCursor {
  const decoded = Buffer.from(text, "base64url").toString("utf8");
  const separator = decoded.indexOf(":");
  const createdAtMs = Number(decoded.slice(0, separator));
  const id = decoded.slice(separator + 1);
  if (separator <= 0 || !Number.isSafeInteger(createdAtMs) || id.length === 0) {
    throw new AppError("validation_error", "cursor is not one this API returned", "cursor");
  }
  return { createdAtMs, id };
}
