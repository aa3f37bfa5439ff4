import { loadEnv } from "@/lib/env";
import type { DatabaseProvider } from "@/lib/server/db/database-url";
import { createAppServices, type AppServices, type AppServicesOptions } from "@/lib/server/app-services";
import { openDatabase } from "@/lib/server/db/client";
import { seedDefaultRegistry } from "@/lib/server/registry/seed-default-registry";
import { setAppServices } from "@/lib/server/services";
import { rawSql, sql } from "@/lib/server/sql/sql-statement";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { startHandlerServer, type HandlerServer } from "./handler-server";

// One app for a test: a fresh migrated database (SQLite, or PostgreSQL when TEST_DATABASE_URL is
// set) seeded with the default registry, the app's services over it (simulator with no latency, no
// background refresh unless asked), and the real route handlers behind a real HTTP server.

export interface TestApp {
  baseUrl: string;
  services: AppServices;
  database: TestDatabase;
  server: HandlerServer;
  /** fetch against the app, with the bearer key when the app has one. */
  fetch(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
  count(table: string): Promise<number>;
  close(): Promise<void>;
}

export interface TestAppOptions extends Omit<AppServicesOptions, "env"> {
  env?: Record<string, string>;
}

export const TEST_API_KEY = "test-router-key-0123456789";

export async function startTestApp(provider: DatabaseProvider, options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase(provider);
  const prisma = await openDatabase(database.url);
  await seedDefaultRegistry(prisma.prisma);
  await prisma.close();
  const env = loadEnv({ NODE_ENV: "test", DATABASE_URL: database.url, SIMULATOR_LATENCY_SCALE: "0", ...options.env });
  const { env: _env, ...serviceOptions } = options;
  void _env;
  const services = await createAppServices({ refreshIntervalMs: 0, log: () => undefined, ...serviceOptions, env });
  setAppServices(services);
  const server = await startHandlerServer();
  const apiKey = env.ROUTER_API_KEY;
  return {
    baseUrl: server.baseUrl,
    services,
    database,
    server,
    fetch(path, init = {}) {
      const { json, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (apiKey && !headers.has("authorization")) headers.set("authorization", `Bearer ${apiKey}`);
      if (json !== undefined) headers.set("content-type", "application/json");
      return fetch(`${server.baseUrl}${path}`, { ...rest, headers, ...(json !== undefined ? { body: JSON.stringify(json) } : {}) });
    },
    async count(table) {
      if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
      const [row] = await services.sql.query(sql`SELECT COUNT(*) AS count FROM ${rawSql(table)}`);
      return Number((row as { count: number }).count);
    },
    async close() {
      setAppServices(undefined);
      await server.close();
      await services.close();
      await database.cleanup();
    },
  };
}
