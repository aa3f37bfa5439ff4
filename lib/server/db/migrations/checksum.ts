// The checksum Prisma stores in `_prisma_migrations.checksum`: the SHA-256 of migration.sql as
// lowercase hex. Like Prisma, a script still matches when git has only converted its line endings.
import { createHash } from "node:crypto";

export function migrationChecksum(script: string): string {
  return createHash("sha256").update(script, "utf8").digest("hex");
}

export function scriptMatchesChecksum(script: string, checksum: string): boolean {
  const variants = [script, script.replaceAll("\r\n", "\n"), script.replaceAll("\n", "\r\n")];
  return variants.some((variant) => migrationChecksum(variant) === checksum);
}
