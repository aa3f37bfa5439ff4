// Throwaway copies of prisma/ (schemas and migrations) that a test may tamper with.
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { prismaDirectory } from "@/lib/server/db/project-paths";

export interface PrismaCopy {
  readonly directory: string;
  migrationsDirectory(provider: "sqlite" | "postgresql"): string;
  schemaPath(provider: "sqlite" | "postgresql"): string;
  remove(): Promise<void>;
}

export async function copyPrismaDirectory(): Promise<PrismaCopy> {
  const root = await mkdtemp(path.join(os.tmpdir(), "router-prisma-copy-"));
  const directory = path.join(root, "prisma");
  await cp(prismaDirectory(), directory, { recursive: true });
  return {
    directory,
    migrationsDirectory: (provider) => path.join(directory, provider, "migrations"),
    schemaPath: (provider) => path.join(directory, provider, "schema.prisma"),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
