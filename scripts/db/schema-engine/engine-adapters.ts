// Driver adapters shaped for the wasm schema engine. Prisma's own adapters work for queries but trip
// the engine (details depend on adapter 7.10.x internals; see the toolchain notes):
// - better-sqlite3 prepares one statement at a time, while the engine sends whole migration scripts
//   through executeRaw: such scripts go to executeScript instead;
// - adapter-pg's connectToShadowDb() creates a shadow database but then connects to the main one (the
//   connection string wins over `database` in pg): we create and drop our own shadow databases;
// - adapter-pg cannot decode the `"char"` columns of the engine's catalog queries (CharAsTextClient).
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { createScratchDatabase } from "../postgres-scratch";
import { overrideAdapterMethod } from "./adapter-override";
import { CharAsTextClient } from "./pg-char-as-text-client";
import { trackConnections, type EngineAdapter } from "./tracked-connections";

export type { EngineAdapter };

const MULTI_STATEMENT_ERROR = "contains more than one statement";

function routeScriptsToExecuteScript(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return overrideAdapterMethod(adapter, "executeRaw", async (query) => {
    try {
      return await adapter.executeRaw(query);
    } catch (error) {
      const isScript = error instanceof RangeError && error.message.includes(MULTI_STATEMENT_ERROR);
      if (!isScript || query.args.length > 0) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    }
  });
}

/** SQLite engine; by default both the main and the shadow database live in memory. */
export function sqliteEngineAdapter(mainUrl = ":memory:"): EngineAdapter {
  const factory = new PrismaBetterSqlite3({ url: mainUrl });
  return trackConnections({
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => routeScriptsToExecuteScript(await factory.connect()),
    connectToShadowDb: async () => routeScriptsToExecuteScript(await factory.connectToShadowDb()),
  });
}

function pgAdapterFactory(url: string): PrismaPg {
  return new PrismaPg(new pg.Pool({ connectionString: url, Client: CharAsTextClient, max: 2 }), {
    disposeExternalPool: true,
  });
}

/**
 * PostgreSQL engine: `mainUrl` is the database the engine may inspect; every shadow database is a
 * fresh scratch database on `serverUrl`'s server, dropped when the engine lets go of it.
 */
export function postgresEngineAdapter(options: { mainUrl: string; serverUrl: string }): EngineAdapter {
  const main = pgAdapterFactory(options.mainUrl);
  return trackConnections({
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    connectToShadowDb: async () => {
      const shadow = await createScratchDatabase({ serverUrl: options.serverUrl, prefix: "prisma_shadow" });
      const adapter = await pgAdapterFactory(shadow.url).connect();
      return overrideAdapterMethod(adapter, "dispose", async () => {
        await adapter.dispose();
        await shadow.drop();
      });
    },
  });
}
