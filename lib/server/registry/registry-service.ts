import { modelSpecSchema } from "@/lib/router/registry/model-spec-schema";
import type { Clock, ModelSpec } from "@/lib/router/types";
import type { ModelCreate, ModelPatch, ModelResponse } from "@/lib/schemas/models";
import { AppError } from "@/lib/errors";
import { bumpVersionStatement } from "@/lib/server/cache/cache-versions";
import type { SqlClient, SqlExecutor } from "@/lib/server/sql/sql-client";
import { sql } from "@/lib/server/sql/sql-statement";
import { applyPatch, entryFromRow, entryToWire, storedModelRowSchema, wireToSpec } from "./model-wire";
import {
  auditStatement,
  deleteModelStatement,
  insertModelStatement,
  selectModelStatement,
  updateModelStatement,
  type ModelChangeAction,
} from "./registry-statements";
import type { SqlRegistry } from "./sql-registry";

// The registry editor's operations. Each change, its audit entry (who: the API key's label; before
// and after) and the registry version bump commit together; the local registry then reloads so the
// next decision of this instance sees the change (other instances within a poll interval).

export class RegistryService {
  constructor(
    private readonly sqlClient: SqlClient,
    private readonly registry: SqlRegistry,
    private readonly clock: Clock,
  ) {}

  list(): ModelResponse[] {
    return this.registry.listEntries().map(entryToWire);
  }

  get(modelId: string): ModelResponse {
    const entry = this.registry.findEntry(modelId);
    if (!entry) throw notFound(modelId);
    return entryToWire(entry);
  }

  async create(model: ModelCreate, actor: string): Promise<ModelResponse> {
    const spec = validSpec(wireToSpec(model));
    await this.change({ modelId: spec.id, action: "create", actor }, async (tx, now) => {
      await this.assertProvider(tx, spec.provider);
      const [existing] = await tx.query(sql`SELECT id FROM models WHERE id = ${spec.id}`);
      if (existing) throw new AppError("conflict", `A model with id "${spec.id}" already exists`, "id");
      await tx.run(insertModelStatement(spec, now));
      return { before: null, after: spec };
    });
    return this.get(spec.id);
  }

  async update(modelId: string, patch: ModelPatch, actor: string): Promise<ModelResponse> {
    await this.change({ modelId, action: "update", actor }, async (tx, now) => {
      const before = await this.load(tx, modelId);
      const after = validSpec(applyPatch(before, patch));
      if (after.provider !== before.provider) await this.assertProvider(tx, after.provider);
      await tx.run(updateModelStatement(after, now));
      return { before, after };
    });
    return this.get(modelId);
  }

  async remove(modelId: string, actor: string): Promise<void> {
    await this.change({ modelId, action: "delete", actor }, async (tx) => {
      const before = await this.load(tx, modelId);
      await tx.run(deleteModelStatement(modelId));
      return { before, after: null };
    });
  }

  private async change(
    change: { modelId: string; action: ModelChangeAction; actor: string },
    apply: (tx: SqlExecutor, now: number) => Promise<{ before: ModelSpec | null; after: ModelSpec | null }>,
  ): Promise<void> {
    const now = this.clock();
    await this.sqlClient.transaction(async (tx) => {
      const sides = await apply(tx, now);
      await tx.run(auditStatement({ ...change, ...sides, now }));
      await tx.run(bumpVersionStatement("registry", now));
    });
    await this.registry.reload();
  }

  /** The committed row, not the cache: another instance may have changed it a moment ago. */
  private async load(tx: SqlExecutor, modelId: string): Promise<ModelSpec> {
    const [row] = await tx.query(selectModelStatement(modelId));
    if (!row) throw notFound(modelId);
    return entryFromRow(storedModelRowSchema.parse(row)).spec;
  }

  private async assertProvider(tx: SqlExecutor, providerId: string): Promise<void> {
    const [row] = await tx.query(sql`SELECT id FROM providers WHERE id = ${providerId}`);
    if (!row) throw new AppError("validation_error", `Unknown provider "${providerId}"; register it first (GET /v1/providers lists them)`, "provider");
  }
}

function notFound(modelId: string): AppError {
  return new AppError("not_found", `No model with id "${modelId}" is registered`, "id");
}

/** The API's name for a ModelSpec field (maxOutputTokens → max_output_tokens, provider → provider). */
function wireField(field: string): string {
  return field.replace(/Per1M$/, "_per_1m").replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** The core's own check of a whole spec (after a patch is merged), reported as a 422 on the wire field. */
function validSpec(spec: ModelSpec): ModelSpec {
  const parsed = modelSpecSchema.safeParse(spec);
  if (parsed.success) return parsed.data as ModelSpec;
  const issue = parsed.error.issues[0]!;
  const param = issue.path.map((segment) => (typeof segment === "string" ? wireField(segment) : String(segment))).join(".");
  throw new AppError("validation_error", `${param || "model"}: ${issue.message}`, param || undefined);
}
