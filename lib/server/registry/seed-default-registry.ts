import { DEFAULT_MODELS, DEFAULT_PROVIDERS } from "@/lib/router/registry/default-models";
import type { PrismaDatabase } from "@/lib/server/db/client";
import { modelSpecToRow } from "./model-record";

const SEEDED_MARKER = "registry.seeded_at";

export interface SeedResult {
  seeded: boolean;
  models: number;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Seeds the default providers and models once per database. A marker setting records that the seed
 * ran, so a user who deletes a default model does not see it come back at the next start. The marker
 * is written first inside the transaction: when two instances start together on one PostgreSQL
 * database, the second one's insert waits for the first and then fails as a duplicate, and it skips.
 */
export async function seedDefaultRegistry(prisma: PrismaDatabase): Promise<SeedResult> {
  if (await prisma.setting.findUnique({ where: { key: SEEDED_MARKER } })) return { seeded: false, models: 0 };
  try {
    await prisma.$transaction(async (transaction) => {
      await transaction.setting.create({ data: { key: SEEDED_MARKER, value: new Date().toISOString() } });
      for (const provider of DEFAULT_PROVIDERS) {
        await transaction.provider.upsert({
          where: { id: provider.id },
          create: { id: provider.id, kind: provider.kind, baseUrl: provider.baseUrl ?? null, apiKeyEnv: provider.apiKeyEnv ?? null },
          update: {},
        });
      }
      for (const model of DEFAULT_MODELS) {
        const row = modelSpecToRow(model);
        const existing = await transaction.model.findUnique({ where: { id: model.id } });
        if (existing) continue;
        await transaction.model.create({ data: row });
        await transaction.modelChange.create({ data: { modelId: model.id, action: "seed", actor: "system", after: row } });
      }
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { seeded: false, models: 0 };
    throw error;
  }
  return { seeded: true, models: DEFAULT_MODELS.length };
}
