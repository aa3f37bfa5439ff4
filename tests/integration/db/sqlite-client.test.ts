// What only the SQLite side of openDatabase promises: its pragmas, its file placement, and that a
// committed row survives the process being killed.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/server/db/client";
import { PROJECT_ROOT } from "@/lib/server/db/project-paths";
import { createSqliteTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

const runFile = promisify(execFile);

describe("openDatabase on a SQLite file", () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function track<T extends Database | TestDatabase>(resource: T): Promise<T> {
    cleanups.push("close" in resource ? resource.close : resource.cleanup);
    return resource;
  }

  it("sets WAL, busy timeout, foreign keys and synchronous=NORMAL on Prisma's connection", async () => {
    const testDatabase = await track(await createSqliteTestDatabase());
    const { prisma } = await track(await openDatabase(testDatabase.url));
    const pragma = async (name: string) => {
      const rows = await prisma.$queryRawUnsafe<Array<Record<string, unknown>>>(`PRAGMA ${name}`);
      return Object.values(rows[0] ?? {})[0];
    };
    expect(await pragma("journal_mode")).toBe("wal");
    expect(Number(await pragma("busy_timeout"))).toBe(5000);
    expect(Number(await pragma("foreign_keys"))).toBe(1);
    expect(Number(await pragma("synchronous"))).toBe(1); // 1 = NORMAL
  });

  it("resolves a relative file: URL against the base directory and creates missing directories", async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), "router-relative-"));
    cleanups.push(() => rm(directory, { recursive: true, force: true }));
    const database = await track(await openDatabase("file:./nested/data/router.db", { baseDirectory: directory }));
    await database.prisma.$queryRawUnsafe("SELECT 1");
    expect(existsSync(path.join(directory, "nested", "data", "router.db"))).toBe(true);
  });

  it("keeps committed rows when the process is killed right after the commits", async () => {
    const testDatabase = await track(await createSqliteTestDatabase());
    const child = path.join(PROJECT_ROOT, "tests/integration/db/support/crash-after-commit.ts");
    const run = runFile(process.execPath, ["--import", "tsx", child, testDatabase.url, "survivor"], { cwd: PROJECT_ROOT });
    await expect(run).rejects.toMatchObject({ signal: "SIGKILL" });

    const { prisma } = await track(await openDatabase(testDatabase.url));
    const survivors = await prisma.setting.findMany({ orderBy: { key: "asc" } });
    expect(survivors.map((setting) => [setting.key, setting.value])).toEqual([
      ["survivor", { committed: true }],
      ["survivor-in-transaction", { committed: true }],
    ]);
  });
});
