// Configuration for Prisma's own CLI. The app migrates itself at start (lib/server/db/migrate.ts) and
// generates its clients with scripts/prisma-generate.mjs, so this file only matters to someone running
// the native CLI (`npx prisma migrate status`, `migrate deploy`, `studio`) on a machine that can
// download Prisma's engine: it picks the schema and migrations matching DATABASE_URL, as the app does.
import { defineConfig } from "prisma/config";

const databaseUrl = process.env.DATABASE_URL ?? "file:./data/router.db";
const provider = /^postgres(ql)?:\/\//.test(databaseUrl) ? "postgresql" : "sqlite";

export default defineConfig({
  schema: `prisma/${provider}/schema.prisma`,
  migrations: { path: `prisma/${provider}/migrations` },
  datasource: { url: databaseUrl },
});
