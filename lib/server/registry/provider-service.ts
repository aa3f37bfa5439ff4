import type { ProviderResolver } from "@/lib/router/providers/resolver";
import type { Clock } from "@/lib/router/types";
import type { ProviderCreate, ProviderStatusView } from "@/lib/schemas/providers";
import { AppError } from "@/lib/errors";
import { bumpVersionStatement } from "@/lib/server/cache/cache-versions";
import type { SqlClient } from "@/lib/server/sql/sql-client";
import { sql } from "@/lib/server/sql/sql-statement";
import { dateTimeParam } from "@/lib/server/sql/sql-values";
import type { SqlRegistry } from "./sql-registry";

// Providers: each one's key status (live, simulated and why, or unavailable; the variable's name,
// never its value), and custom OpenAI-compatible servers added at run time.

export class ProviderService {
  constructor(
    private readonly sqlClient: SqlClient,
    private readonly registry: SqlRegistry,
    private readonly resolver: () => ProviderResolver,
    private readonly clock: Clock,
  ) {}

  list(): ProviderStatusView[] {
    return this.resolver()
      .status()
      .map((status) => ({
        id: status.providerId,
        kind: status.kind,
        base_url: status.baseUrl,
        api_key_env: status.keyEnv,
        mode: status.mode,
        reason: status.reason,
      }));
  }

  async create(provider: ProviderCreate): Promise<ProviderStatusView> {
    const now = this.clock();
    await this.sqlClient.transaction(async (tx) => {
      const [existing] = await tx.query(sql`SELECT id FROM providers WHERE id = ${provider.id}`);
      if (existing) throw new AppError("conflict", `A provider with id "${provider.id}" already exists`, "id");
      await tx.run(sql`INSERT INTO providers (id, kind, base_url, api_key_env, created_at, updated_at)
        VALUES (${provider.id}, ${provider.kind}, ${provider.base_url}, ${provider.api_key_env}, ${dateTimeParam(now)}, ${dateTimeParam(now)})`);
      await tx.run(bumpVersionStatement("registry", now));
    });
    await this.registry.reload();
    const created = this.list().find((status) => status.id === provider.id);
    if (!created) throw new AppError("internal_error", "The provider was saved but could not be read back");
    return created;
  }
}
