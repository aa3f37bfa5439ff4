import { z } from "zod";
import type { RegistryView } from "@/lib/router/registry/model-registry";
import { PROVIDER_KINDS, type ModelSpec, type ProviderSpec } from "@/lib/router/types";
import type { SqlExecutor } from "@/lib/server/sql/sql-client";
import { sql } from "@/lib/server/sql/sql-statement";
import { selectModelsStatement } from "./registry-statements";
import { entryFromRow, storedModelRowSchema, type RegistryEntry } from "./model-wire";

// The registry the router reads: models and providers from the shared database, served from a
// local copy that is reloaded when the registry version moves (another instance edited it) and
// right after this instance's own edits.

const providerRowSchema = z.object({
  id: z.string(),
  kind: z.enum(PROVIDER_KINDS),
  base_url: z.string().nullable(),
  api_key_env: z.string().nullable(),
});

export class SqlRegistry implements RegistryView {
  private entries: readonly RegistryEntry[] = [];
  private specs: readonly ModelSpec[] = [];
  private providerSpecs: readonly ProviderSpec[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(private readonly executor: SqlExecutor) {}

  list(): readonly ModelSpec[] {
    return this.specs;
  }

  listEntries(): readonly RegistryEntry[] {
    return this.entries;
  }

  find(modelId: string): ModelSpec | undefined {
    return this.specs.find((model) => model.id === modelId);
  }

  findEntry(modelId: string): RegistryEntry | undefined {
    return this.entries.find((entry) => entry.spec.id === modelId);
  }

  providers(): readonly ProviderSpec[] {
    return this.providerSpecs;
  }

  /** Called after each reload (the provider resolver rebuilds itself from the new providers). */
  onReload(listener: () => void): void {
    this.listeners.add(listener);
  }

  async reload(): Promise<void> {
    const [modelRows, providerRows] = await Promise.all([
      this.executor.query(selectModelsStatement),
      this.executor.query(sql`SELECT id, kind, base_url, api_key_env FROM providers ORDER BY id`),
    ]);
    this.entries = Object.freeze(modelRows.map((row) => entryFromRow(storedModelRowSchema.parse(row))));
    this.specs = Object.freeze(this.entries.map((entry) => entry.spec));
    this.providerSpecs = Object.freeze(
      providerRows.map((raw) => {
        const row = providerRowSchema.parse(raw);
        return { id: row.id, kind: row.kind, ...(row.base_url ? { baseUrl: row.base_url } : {}), ...(row.api_key_env ? { apiKeyEnv: row.api_key_env } : {}) };
      }),
    );
    for (const listener of this.listeners) listener();
  }

  /** The highest-quality enabled, priced model: the counterfactual of the savings figures. */
  bestQualityModel(): ModelSpec | undefined {
    let best: ModelSpec | undefined;
    for (const model of this.specs) {
      if (!model.enabled || model.inputPricePer1M === null || model.outputPricePer1M === null) continue;
      if (!best || model.qualityScore > best.qualityScore) best = model;
    }
    return best;
  }
}
