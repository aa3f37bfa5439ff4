import { z } from "zod";

// Readers for values whose representation differs by provider: SQLite returns booleans as 0/1 and
// JSON as text; PostgreSQL returns booleans and parsed JSON.

export const sqlBoolean = z.union([z.boolean(), z.number()]).transform((value) => value === true || value === 1);

export const sqlJson = z.unknown().transform((value) => (typeof value === "string" ? (JSON.parse(value) as unknown) : value));

/** A JSON value as a statement parameter (both providers accept text into their JSON columns). */
export function jsonParam(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * A Prisma `DateTime` column written through raw SQL: Prisma keeps SQLite timestamps as ISO text
 * with an explicit offset, and PostgreSQL `timestamp(3)` columns in UTC (it ignores the offset).
 */
export function dateTimeParam(epochMs: number): string {
  return new Date(epochMs).toISOString().replace("Z", "+00:00");
}

/** A Prisma DateTime read through raw SQL: a Date (PostgreSQL) or ISO text (SQLite). */
export const sqlDateTime = z.union([z.date(), z.string()]).transform((value) => (value instanceof Date ? value : new Date(value)));
