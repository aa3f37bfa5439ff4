// Paths inside the project, found from this file rather than the working directory, so tools run
// from anywhere still find the migrations shipped with the code.
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { DatabaseProvider } from "./database-url";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export function prismaDirectory(root: string = PROJECT_ROOT): string {
  return path.join(root, "prisma");
}

export function migrationsDirectoryFor(provider: DatabaseProvider, root: string = PROJECT_ROOT): string {
  return path.join(prismaDirectory(root), provider, "migrations");
}

export function schemaPathFor(provider: DatabaseProvider, root: string = PROJECT_ROOT): string {
  return path.join(prismaDirectory(root), provider, "schema.prisma");
}
