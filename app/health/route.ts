import { checkHealth } from "@/lib/server/health/check-health";
import { getDatabase } from "@/lib/server/services";

export const dynamic = "force-dynamic";

export async function GET() {
  const report = await checkHealth(getDatabase);
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
