import { createProviderResolver, type ProviderResolver, type ProviderResolverOptions } from "@/lib/router/providers/resolver";
import type { ModelSpec } from "@/lib/router/types";
import type { SqlRegistry } from "@/lib/server/registry/sql-registry";

// The executor holds one resolver for its lifetime; providers live in the shared registry and can
// change at run time. This resolver rebuilds the real one whenever the registry reloads.

export class SwappableResolver implements ProviderResolver {
  private current: ProviderResolver;

  constructor(
    private readonly registry: SqlRegistry,
    private readonly options: Omit<ProviderResolverOptions, "providers">,
  ) {
    this.current = this.build();
    registry.onReload(() => {
      this.current = this.build();
    });
  }

  resolve(model: ModelSpec) {
    return this.current.resolve(model);
  }

  status() {
    return this.current.status();
  }

  private build(): ProviderResolver {
    return createProviderResolver({ ...this.options, providers: this.registry.providers() });
  }
}
