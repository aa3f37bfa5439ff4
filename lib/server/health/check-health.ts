import type { Database } from "@/lib/server/db/client";

export type HealthReport = { status: "ok" } | { status: "unavailable"; reason: string };

const CHECK_TIMEOUT_MS = 2_000;

/** Describes a failure without its message, which may quote a connection string. */
function describeFailure(error: unknown): string {
  if (error instanceof Error && error.message === "timeout") return `no answer within ${CHECK_TIMEOUT_MS} ms`;
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? `error ${code}` : error instanceof Error ? error.name : "unknown error";
}

export async function checkHealth(openDatabase: () => Promise<Database>): Promise<HealthReport> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([openDatabase().then((database) => database.prisma.$queryRaw`SELECT 1`), timeout]);
    return { status: "ok" };
  } catch (error) {
    return { status: "unavailable", reason: `database unreachable (${describeFailure(error)})` };
  } finally {
    clearTimeout(timer);
  }
}
