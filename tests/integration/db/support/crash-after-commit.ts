// Commits two rows through openDatabase (a plain create, and an interactive transaction, whose COMMIT
// the Prisma client issues itself), then dies with SIGKILL: no close, no checkpoint, no cleanup.
// Usage: tsx crash-after-commit.ts <url> <settingKey>
import { openDatabase } from "../../../../lib/server/db/client";

async function main(): Promise<void> {
  const [url, key] = process.argv.slice(2);
  if (!url || !key) throw new Error("usage: crash-after-commit <url> <settingKey>");
  const database = await openDatabase(url);
  await database.prisma.setting.create({ data: { key, value: { committed: true } } });
  await database.prisma.$transaction(async (transaction) => {
    await transaction.setting.create({ data: { key: `${key}-in-transaction`, value: { committed: true } } });
  });
  process.kill(process.pid, "SIGKILL");
}

main().catch((error: unknown) => {
  process.stderr.write(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
