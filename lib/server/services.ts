import { getEnv } from "@/lib/env";
import { openDatabase, type Database } from "@/lib/server/db/client";
import { createAppServices, type AppServices } from "./app-services";

// Process-wide singletons for route handlers and server components. Kept on globalThis so that
// Next's dev server, which re-evaluates modules on every edit, does not open a new pool each time.
// A failed open is not cached: the next caller tries again (the database may come back).

interface Services {
  database: Promise<Database>;
}

const holder = globalThis as typeof globalThis & { __routerServices?: Services; __routerAppServices?: Promise<AppServices> };

function createServices(): Services {
  const database = openDatabase(getEnv().DATABASE_URL);
  database.catch(() => {
    if (holder.__routerServices?.database === database) holder.__routerServices = undefined;
  });
  return { database };
}

function getServices(): Services {
  holder.__routerServices ??= createServices();
  return holder.__routerServices;
}

export async function getDatabase(): Promise<Database> {
  return getServices().database;
}

/** The router, stores and services of this process (see app-services.ts). */
export function getAppServices(): Promise<AppServices> {
  if (!holder.__routerAppServices) {
    const created = createAppServices({ env: getEnv() });
    created.catch(() => {
      if (holder.__routerAppServices === created) holder.__routerAppServices = undefined;
    });
    holder.__routerAppServices = created;
  }
  return holder.__routerAppServices;
}

/** Installs services built elsewhere (integration tests build them over a test database). */
export function setAppServices(services: AppServices | undefined): void {
  holder.__routerAppServices = services ? Promise.resolve(services) : undefined;
}
