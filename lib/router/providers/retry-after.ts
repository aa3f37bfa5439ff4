import type { Clock } from "../types";

interface HeaderSource {
  get(name: string): string | null;
}

// Caps absurd values; whether a wait this long is worth taking is the executor's decision
// (its maxRetryAfterMs), which falls back to another model instead.
const MAX_HONOURED_MS = 10 * 60_000;

/**
 * Reads how long a provider asked us to wait: `retry-after-ms` (OpenAI's precise variant) first,
 * then `retry-after` as seconds or as an HTTP date. Returns null when absent or unreadable.
 */
export function parseRetryAfterMs(headers: HeaderSource | null | undefined, now: Clock): number | null {
  if (!headers) return null;
  const precise = headers.get("retry-after-ms");
  if (precise !== null) {
    const milliseconds = Number(precise);
    if (Number.isFinite(milliseconds) && milliseconds >= 0) return Math.min(milliseconds, MAX_HONOURED_MS);
  }
  const value = headers.get("retry-after");
  if (value === null || value.trim() === "") return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? Math.min(seconds * 1000, MAX_HONOURED_MS) : null;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.min(Math.max(date - now(), 0), MAX_HONOURED_MS);
}
