export const HOUR_MS = 3_600_000;

/** Start of the UTC hour containing `epochMs` (budgets are per UTC hour). */
export function utcHourStart(epochMs: number): number {
  return Math.floor(epochMs / HOUR_MS) * HOUR_MS;
}

/** "2025-06-01T13:00Z": a readable label for an hour. */
export function utcHourLabel(hourStartMs: number): string {
  return `${new Date(hourStartMs).toISOString().slice(0, 13)}:00Z`;
}
