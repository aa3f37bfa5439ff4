// Opens the application's database from its URL: SQLite (the embedded default) or PostgreSQL (several
// instances sharing one database). Both generated clients expose the same models; the app codes
// against one type, `PrismaDatabase`, whichever provider is behind it.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgresql/client";
import { PrismaClient as SqlitePrismaClient } from "./generated/sqlite/client";
import { parseDatabaseUrl, type DatabaseProvider } from "./database-url";
import { createSqliteAdapterFactory } from "./sqlite-adapter";

/**
 * The model API shared by both providers. It is the SQLite client's type: the PostgreSQL client has the
 * same models and result types (tests/integration/db/client-types.test.ts keeps it so), plus a few
 * PostgreSQL-only filters (case-insensitive `mode`, JSON `path` arrays) that the app must not rely on.
 */
export type PrismaDatabase = SqlitePrismaClient;

export interface Database {
  readonly provider: DatabaseProvider;
  /** Models, transactions and raw SQL (`$queryRaw`/`$executeRaw` tagged templates) for hot paths. */
  readonly prisma: PrismaDatabase;
  /** Closes the SQLite connection or ends the PostgreSQL pool. */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Relative SQLite paths resolve against this; defaults to the working directory. */
  baseDirectory?: string;
  /** PostgreSQL pool size per process; defaults to 10. */
  poolSize?: number;
}

const DEFAULT_POOL_SIZE = 10;

function createPrismaClient(url: string, options: OpenDatabaseOptions): { provider: DatabaseProvider; prisma: PrismaDatabase } {
  const target = parseDatabaseUrl(url, options.baseDirectory);
  if (target.provider === "sqlite") {
    return { provider: "sqlite", prisma: new SqlitePrismaClient({ adapter: createSqliteAdapterFactory(target.filePath) }) };
  }
  const adapter = new PrismaPg({ connectionString: target.connectionString, max: options.poolSize ?? DEFAULT_POOL_SIZE });
  const prisma = new PostgresPrismaClient({ adapter });
  // Same models, same generated shapes; only provider-specific filter options differ (see above).
  return { provider: "postgresql", prisma: prisma as unknown as PrismaDatabase };
}

/** Opens and connects, so a wrong URL or an unreachable server fails here rather than on first use. */
export async function openDatabase(url: string, options: OpenDatabaseOptions = {}): Promise<Database> {
  const { provider, prisma } = createPrismaClient(url, options);
  await prisma.$connect();
  return {
    provider,
    prisma,
    close: () => prisma.$disconnect(),
  };
}
