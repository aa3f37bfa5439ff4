// Wraps a driver adapter, replacing one method and forwarding everything else to the original.
// Methods are bound to the original because Prisma's adapters keep private (#) fields.
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";

export function overrideAdapterMethod<Name extends keyof SqlDriverAdapter>(
  adapter: SqlDriverAdapter,
  name: Name,
  replacement: SqlDriverAdapter[Name],
): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, property) {
      if (property === name) return replacement;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
