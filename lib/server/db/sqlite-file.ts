// Where a SQLite database lives on disk, and the connection settings every connection to it uses.
import { mkdirSync } from "node:fs";
import { setTimeout as wait } from "node:timers/promises";
import path from "node:path";

export function ensureSqliteDirectory(filePath: string): void {
  mkdirSync(path.dirname(filePath), { recursive: true });
}

export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/** SQLITE_BUSY and its extended codes: another connection holds the lock this one needs. */
export function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

/**
 * Runs a synchronous SQLite `action`, retrying it asynchronously (1 ms, doubling to 50 ms) while it
 * fails with SQLITE_BUSY, for up to `timeoutMs`; then the last SQLITE_BUSY error is thrown. Waiting
 * here instead of in SQLite's busy handler keeps the event loop free for the lock holder.
 */
export async function retryWhileSqliteBusy<T>(action: () => T, timeoutMs: number = SQLITE_BUSY_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 1; ; delay = Math.min(50, delay * 2)) {
    try {
      return action();
    } catch (error) {
      if (!isSqliteBusy(error) || Date.now() >= deadline) throw error;
      await wait(delay);
    }
  }
}

// WAL lets readers run beside the single writer. With WAL, synchronous=NORMAL keeps every committed
// transaction across a process crash (the WAL is written before COMMIT returns); only a power loss or
// OS crash can roll back the last commits, the trade SQLite documents for WAL + NORMAL.
export const SQLITE_CONNECTION_PRAGMAS = [
  "PRAGMA journal_mode = WAL",
  `PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`,
  "PRAGMA foreign_keys = ON",
  "PRAGMA synchronous = NORMAL",
] as const;
