// The app codes against one client type (PrismaDatabase, the SQLite client's) whichever provider is
// behind it; that cast is only sound while both generated clients agree on the models' shapes.
// These assertions fail the type check (`npm run typecheck`) the moment they diverge.
import { describe, expectTypeOf, it } from "vitest";
import type { Prisma as PostgresPrisma } from "@/lib/server/db/generated/postgresql/client";
import type { Prisma as SqlitePrisma } from "@/lib/server/db/generated/sqlite/client";
import type * as PostgresModels from "@/lib/server/db/generated/postgresql/client";
import type * as SqliteModels from "@/lib/server/db/generated/sqlite/client";

describe("generated clients", () => {
  it("return the same row types on both providers", () => {
    expectTypeOf<PostgresModels.Provider>().toEqualTypeOf<SqliteModels.Provider>();
    expectTypeOf<PostgresModels.Model>().toEqualTypeOf<SqliteModels.Model>();
    expectTypeOf<PostgresModels.ModelChange>().toEqualTypeOf<SqliteModels.ModelChange>();
    expectTypeOf<PostgresModels.Setting>().toEqualTypeOf<SqliteModels.Setting>();
  });

  it("accept the same create and update inputs on both providers", () => {
    expectTypeOf<PostgresPrisma.ModelUncheckedCreateInput>().toEqualTypeOf<SqlitePrisma.ModelUncheckedCreateInput>();
    expectTypeOf<PostgresPrisma.ModelUncheckedUpdateInput>().toEqualTypeOf<SqlitePrisma.ModelUncheckedUpdateInput>();
    expectTypeOf<PostgresPrisma.SettingCreateInput>().toEqualTypeOf<SqlitePrisma.SettingCreateInput>();
    expectTypeOf<PostgresPrisma.ModelChangeCreateInput>().toEqualTypeOf<SqlitePrisma.ModelChangeCreateInput>();
  });
});
