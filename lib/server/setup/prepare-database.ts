import { openDatabase } from "@/lib/server/db/client";
import { migrateDatabase } from "@/lib/server/db/migrate";
import { seedDefaultRegistry } from "@/lib/server/registry/seed-default-registry";

/** Run once by `npm start` before the server starts: migrate, then seed the default registry. */
export async function prepareDatabase(url: string): Promise<string> {
  const migration = await migrateDatabase({ url });
  const database = await openDatabase(url);
  try {
    const seed = await seedDefaultRegistry(database.prisma);
    const migrated = migration.appliedMigrationNames.length
      ? `applied ${migration.appliedMigrationNames.length} migration(s)`
      : "schema up to date";
    const seeded = seed.seeded ? `, seeded ${seed.models} default models` : "";
    return `Database (${migration.provider}): ${migrated}${seeded}.`;
  } finally {
    await database.close();
  }
}
