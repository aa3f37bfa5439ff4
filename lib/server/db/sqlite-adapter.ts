// A Prisma driver adapter for a SQLite file whose connection gets the project's pragmas before the
// first query. @prisma/adapter-better-sqlite3 opens the connection itself and sets none of them.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { ensureSqliteDirectory, SQLITE_BUSY_TIMEOUT_MS, SQLITE_CONNECTION_PRAGMAS } from "./sqlite-file";

export function createSqliteAdapterFactory(filePath: string): SqlDriverAdapterFactory {
  ensureSqliteDirectory(filePath);
  const factory = new PrismaBetterSqlite3({ url: filePath, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      // The adapter holds exactly one better-sqlite3 connection, so these hold for every query.
      await adapter.executeScript(`${SQLITE_CONNECTION_PRAGMAS.join(";\n")};`);
      return adapter;
    },
  };
}
