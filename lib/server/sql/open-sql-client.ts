import { parseDatabaseUrl } from "@/lib/server/db/database-url";
import { PostgresSqlClient } from "./postgres-sql-client";
import type { SqlClient } from "./sql-client";
import { SqliteSqlClient } from "./sqlite-sql-client";

const DEFAULT_POOL_SIZE = 10;

/** Opens the raw-SQL client for a database URL (the same URLs as openDatabase). */
export async function openSqlClient(url: string, options: { baseDirectory?: string; poolSize?: number } = {}): Promise<SqlClient> {
  const target = parseDatabaseUrl(url, options.baseDirectory);
  if (target.provider === "sqlite") return new SqliteSqlClient(target.filePath);
  const client = new PostgresSqlClient({ connectionString: target.connectionString, poolSize: options.poolSize ?? DEFAULT_POOL_SIZE });
  try {
    await client.query({ text: "SELECT 1", values: [] });
  } catch (error) {
    await client.close();
    throw error;
  }
  return client;
}
