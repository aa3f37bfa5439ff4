// Where a SQLite database lives on disk, and the connection settings every connection to it uses.
import { mkdirSync } from "node:fs";
import path from "node:path";

export function ensureSqliteDirectory(filePath: string): void {
  mkdirSync(path.dirname(filePath), { recursive: true });
}

export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

// WAL lets readers run beside the single writer. With WAL, synchronous=NORMAL keeps every committed
// transaction across a process crash (the WAL is written before COMMIT returns); only a power loss or
// OS crash can roll back the last commits, the trade SQLite documents for WAL + NORMAL.
export const SQLITE_CONNECTION_PRAGMAS = [
  "PRAGMA journal_mode = WAL",
  `PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`,
  "PRAGMA foreign_keys = ON",
  "PRAGMA synchronous = NORMAL",
] as const;
