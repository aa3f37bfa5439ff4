import type { ModelSpec } from "@/lib/router/types";
import type { PrismaDatabase } from "@/lib/server/db/client";
import { modelRowToSpec } from "./model-record";

export async function listModels(prisma: PrismaDatabase): Promise<ModelSpec[]> {
  const rows = await prisma.model.findMany({ orderBy: [{ providerId: "asc" }, { id: "asc" }] });
  return rows.map(modelRowToSpec);
}
