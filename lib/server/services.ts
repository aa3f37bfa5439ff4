import { getEnv } from "@/lib/env";
import { openDatabase, type Database } from "@/lib/server/db/client";

// Process-wide singletons for route handlers and server components. Kept on globalThis so that
// Next's dev server, which re-evaluates modules on every edit, does not open a new pool each time.
interface Services {
  database: Promise<Database>;
}

const holder = globalThis as typeof globalThis & { __routerServices?: Services };

function createServices(): Services {
  const database = openDatabase(getEnv().DATABASE_URL);
  // A failed open must not be cached forever: the next caller tries again (the database may come back).
  database.catch(() => {
    if (holder.__routerServices?.database === database) holder.__routerServices = undefined;
  });
  return { database };
}

export function getServices(): Services {
  holder.__routerServices ??= createServices();
  return holder.__routerServices;
}

export async function getDatabase(): Promise<Database> {
  return getServices().database;
}
