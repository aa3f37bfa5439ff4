import { z } from "zod";
import type { SqlExecutor } from "@/lib/server/sql/sql-client";
import { sql, type SqlStatement } from "@/lib/server/sql/sql-statement";

// Version counters of the caches every instance keeps (registry, settings). A change bumps its
// scope's counter in the same transaction; instances poll this tiny table to know when to reload.

const CACHE_SCOPES = ["registry", "settings"] as const;
export type CacheScope = (typeof CACHE_SCOPES)[number];
export type CacheVersions = Record<CacheScope, number>;

const versionRowSchema = z.object({ scope: z.string(), version: z.number().int() });

export function bumpVersionStatement(scope: CacheScope, now: number): SqlStatement {
  return sql`INSERT INTO cache_versions AS v (scope, version, updated_at_ms) VALUES (${scope}, 1, ${now})
    ON CONFLICT (scope) DO UPDATE SET version = v.version + 1, updated_at_ms = excluded.updated_at_ms`;
}

export async function readVersions(executor: SqlExecutor): Promise<CacheVersions> {
  const rows = await executor.query(sql`SELECT scope, version FROM cache_versions`);
  const versions: CacheVersions = { registry: 0, settings: 0 };
  for (const raw of rows) {
    const row = versionRowSchema.parse(raw);
    if ((CACHE_SCOPES as readonly string[]).includes(row.scope)) versions[row.scope as CacheScope] = row.version;
  }
  return versions;
}
