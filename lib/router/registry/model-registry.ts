import type { ModelSpec } from "../types";
import { DEFAULT_MODELS } from "./default-models";
import { modelSpecSchema } from "./model-spec-schema";

// The registry the router reads: a synchronous, ordered snapshot of model specs. This in-memory
// implementation is editable (validated upserts); a database-backed one implements the same
// `RegistryView` by serving a cached list it refreshes when the registry table changes.

export interface RegistryView {
  /** Every registered model, enabled or not, in display order. */
  list(): readonly ModelSpec[];
}

export class UnknownModelError extends Error {
  override readonly name = "UnknownModelError";
  readonly code = "unknown_model";
  constructor(readonly modelId: string) {
    super(`No model with id "${modelId}" is registered`);
  }
}

export class InMemoryModelRegistry implements RegistryView {
  private models: readonly ModelSpec[];

  constructor(models: readonly ModelSpec[] = DEFAULT_MODELS) {
    const parsed = models.map((model) => Object.freeze(modelSpecSchema.parse(model)));
    const ids = new Set<string>();
    for (const model of parsed) {
      if (ids.has(model.id)) throw new Error(`Duplicate model id "${model.id}"`);
      ids.add(model.id);
    }
    this.models = Object.freeze(parsed);
  }

  list(): readonly ModelSpec[] {
    return this.models;
  }

  get(modelId: string): ModelSpec | undefined {
    return this.models.find((model) => model.id === modelId);
  }

  /** Adds a model or replaces the one with the same id (keeping its position). Validated; returns the stored spec. */
  upsert(model: unknown): ModelSpec {
    const parsed = Object.freeze(modelSpecSchema.parse(model));
    const position = this.models.findIndex((existing) => existing.id === parsed.id);
    const next = [...this.models];
    if (position === -1) next.push(parsed);
    else next[position] = parsed;
    this.models = Object.freeze(next);
    return parsed;
  }

  remove(modelId: string): void {
    if (!this.get(modelId)) throw new UnknownModelError(modelId);
    this.models = Object.freeze(this.models.filter((model) => model.id !== modelId));
  }

  setEnabled(modelId: string, enabled: boolean): ModelSpec {
    const model = this.get(modelId);
    if (!model) throw new UnknownModelError(modelId);
    return this.upsert({ ...model, enabled });
  }
}
