// The engine does not close the connections it opens when it is freed, and on SQLite it holds
// `locking_mode=EXCLUSIVE`, so the file stays locked until they close: track them to close them.
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { overrideAdapterMethod } from "./adapter-override";

export interface EngineAdapter {
  readonly factory: ErrorCapturingSqlMigrationAwareDriverAdapterFactory;
  closeConnections(): Promise<void>;
}

export function trackConnections(factory: SqlMigrationAwareDriverAdapterFactory): EngineAdapter {
  const open = new Set<SqlDriverAdapter>();
  const track = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    open.add(adapter);
    return overrideAdapterMethod(adapter, "dispose", async () => {
      if (open.delete(adapter)) await adapter.dispose();
    });
  };
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => track(await factory.connect()),
    connectToShadowDb: async () => track(await factory.connectToShadowDb()),
  };
  return {
    factory: bindMigrationAwareSqlAdapterFactory(tracked),
    async closeConnections() {
      const adapters = [...open];
      open.clear();
      await Promise.all(adapters.map((adapter) => adapter.dispose()));
    },
  };
}
