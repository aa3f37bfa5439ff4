// openDatabase on both providers: the typed model API, foreign keys, and raw SQL for the
// single-statement atomic updates the hot path will need.
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/server/db/client";
import { createTestDatabase, testProviders, type TestDatabase } from "@/tests/helpers/test-database";

describe.each(testProviders())("openDatabase on %s", (provider) => {
  let testDatabase: TestDatabase | undefined;
  let database: Database | undefined;
  afterEach(async () => {
    await database?.close();
    await testDatabase?.cleanup();
    database = undefined;
    testDatabase = undefined;
  });

  async function open(): Promise<Database> {
    testDatabase = await createTestDatabase(provider);
    database = await openDatabase(testDatabase.url);
    return database;
  }

  it("reports its provider", async () => {
    expect((await open()).provider).toBe(provider);
  });

  it("creates and reads a model with its provider, JSON and dates intact", async () => {
    const { prisma } = await open();
    await prisma.provider.create({ data: { id: "openai", kind: "openai", apiKeyEnv: "OPENAI_API_KEY" } });
    await prisma.model.create({
      data: {
        id: "gpt-test",
        providerId: "openai",
        providerModel: "gpt-test-2026",
        inputPricePer1M: 0.15,
        outputPricePer1M: 0.6,
        contextWindow: 128_000,
        maxOutputTokens: 16_384,
        latencyMs: 800,
        qualityScore: 0.82,
        capabilities: ["code", "json"],
      },
    });

    const model = await prisma.model.findUniqueOrThrow({ where: { id: "gpt-test" }, include: { provider: true } });
    expect(model).toMatchObject({
      providerModel: "gpt-test-2026",
      inputPricePer1M: 0.15,
      cachedInputPricePer1M: null,
      contextWindow: 128_000,
      capabilities: ["code", "json"],
      enabled: true,
      provider: { kind: "openai", apiKeyEnv: "OPENAI_API_KEY", baseUrl: null },
    });
    expect(model.createdAt).toBeInstanceOf(Date);
    expect(Math.abs(model.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("enforces foreign keys", async () => {
    const { prisma } = await open();
    const orphan = prisma.model.create({
      data: {
        id: "orphan",
        providerId: "missing-provider",
        providerModel: "x",
        contextWindow: 1,
        maxOutputTokens: 1,
        latencyMs: 1,
        qualityScore: 0.5,
        capabilities: [],
      },
    });
    await expect(orphan).rejects.toThrow(/foreign key/i);
  });

  it("runs a single-statement conditional update atomically through raw SQL", async () => {
    const { prisma } = await open();
    await prisma.setting.create({ data: { key: "budget", value: { limitUsd: 1 } } });
    await prisma.modelChange.create({ data: { modelId: "budget-probe", action: "reserve", actor: "test" } });
    // Check-and-reserve in one statement: the row only changes while the condition holds.
    const reserve = (limit: number) =>
      prisma.$executeRaw`UPDATE "model_changes" SET "actor" = ${"reserved"} WHERE "model_id" = ${"budget-probe"} AND "actor" <> ${"reserved"} AND ${limit} > 0`;
    expect(await reserve(1)).toBe(1);
    expect(await reserve(1)).toBe(0);
    const rows = await prisma.$queryRaw<Array<{ actor: string }>>`SELECT "actor" FROM "model_changes" WHERE "model_id" = ${"budget-probe"}`;
    expect(rows).toEqual([{ actor: "reserved" }]);
  });
});
