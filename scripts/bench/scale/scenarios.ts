import { encodeCursor } from "@/lib/server/queries/request-cursor";
import type { SqlExecutor } from "@/lib/server/sql/sql-client";
import { sql } from "@/lib/server/sql/sql-statement";

// What the scale benchmark measures: every read endpoint whose cost could grow with the stored
// requests, and each console page's data as the page loads it (its GETs at once, as the browser
// sends them: components/*). Values that depend on the data (request ids, a deep cursor, a rare
// search term) are picked from the seeded database.

export interface Scenario {
  name: string;
  /** One path, or several fetched at once (a page). */
  paths: (iteration: number) => string[];
  csv?: boolean;
  page?: boolean;
}

export interface ScenarioFixtures {
  requestIds: string[];
  /** The cursor of a row 90% of the way down the log (a deep page). */
  deepCursor: string;
  /** A word many prompts contain, and a ticket reference (prefixed to some prompts) that a single old prompt contains. */
  commonTerm: string;
  rareTerm: string;
  filterModel: string;
}

const PAGE = 50;

export async function pickFixtures(executor: SqlExecutor, requestCount: number, sampleIds: number): Promise<ScenarioFixtures> {
  const [bounds] = await executor.query(sql`SELECT MIN(created_at_ms) AS first, MAX(created_at_ms) AS last FROM requests`);
  const first = Number(bounds!.first);
  const last = Number(bounds!.last);
  const requestIds: string[] = [];
  for (let index = 0; index < sampleIds; index++) {
    const at = Math.floor(first + ((index + 0.5) / sampleIds) * (last - first));
    const [row] = await executor.query(sql`SELECT id FROM requests WHERE created_at_ms >= ${at} ORDER BY created_at_ms LIMIT 1`);
    if (row) requestIds.push(String(row.id));
  }
  const [deep] = await executor.query(sql`SELECT created_at_ms, id FROM requests ORDER BY created_at_ms, id LIMIT 1 OFFSET ${Math.floor(requestCount / 10)}`);
  const old = Math.floor(first + (last - first) / 10);
  const [ticketed] = await executor.query(sql`SELECT prompt FROM requests WHERE created_at_ms >= ${old} AND prompt LIKE '[ticket %' ORDER BY created_at_ms LIMIT 1`);
  const rareTerm = /^\[(ticket \d+)\]/.exec(String(ticketed?.prompt ?? ""))?.[1] ?? "ticket 0";
  return {
    requestIds,
    deepCursor: encodeCursor({ createdAtMs: Number(deep!.created_at_ms), id: String(deep!.id) }),
    commonTerm: "explain",
    rareTerm,
    filterModel: "gpt-4o-mini",
  };
}

export function scenarios(fixtures: ScenarioFixtures): Scenario[] {
  const one = (path: string) => () => [path];
  const q = (term: string) => encodeURIComponent(term);
  const detail = (iteration: number) => `/v1/requests/${fixtures.requestIds[iteration % fixtures.requestIds.length]}`;
  const filtered = `model=${fixtures.filterModel}&status=error`;
  return [
    ...(["1h", "24h", "7d", "30d"] as const).map((window) => ({ name: `GET /v1/metrics?window=${window}`, paths: one(`/v1/metrics?window=${window}`) })),
    { name: "GET /v1/metrics/timeseries 24h by hour", paths: one("/v1/metrics/timeseries?window=24h&bucket=hour") },
    { name: "GET /v1/metrics/timeseries 7d by hour", paths: one("/v1/metrics/timeseries?window=7d&bucket=hour") },
    { name: "GET /v1/metrics/timeseries 30d by day", paths: one("/v1/metrics/timeseries?window=30d&bucket=day") },
    { name: "GET /v1/budget", paths: one("/v1/budget") },
    { name: "GET /v1/performance", paths: one("/v1/performance") },
    { name: "GET /metrics (Prometheus)", paths: one("/metrics") },
    { name: "GET /v1/requests first page", paths: one(`/v1/requests?limit=${PAGE}`) },
    { name: `GET /v1/requests ${filtered}`, paths: one(`/v1/requests?limit=${PAGE}&${filtered}`) },
    { name: "GET /v1/requests rated=true&task_type=code", paths: one(`/v1/requests?limit=${PAGE}&rated=true&task_type=code`) },
    { name: `GET /v1/requests q="${fixtures.commonTerm}" (common)`, paths: one(`/v1/requests?limit=${PAGE}&q=${q(fixtures.commonTerm)}`) },
    { name: `GET /v1/requests q="${fixtures.rareTerm}" (one match)`, paths: one(`/v1/requests?limit=${PAGE}&q=${q(fixtures.rareTerm)}`) },
    { name: "GET /v1/requests deep page (cursor at 90%)", paths: one(`/v1/requests?limit=${PAGE}&cursor=${fixtures.deepCursor}`) },
    { name: `GET /v1/requests?format=csv&${filtered}`, paths: one(`/v1/requests?format=csv&${filtered}`), csv: true },
    { name: "GET /v1/requests/{id}", paths: (iteration) => [detail(iteration)] },
    { name: "page: Playground", page: true, paths: () => ["/v1/requests?limit=8", "/v1/providers", "/v1/settings/routing"] },
    { name: "page: Registry", page: true, paths: () => ["/v1/models", "/v1/providers", "/v1/model-changes?limit=50"] },
    { name: "page: Performance", page: true, paths: () => ["/v1/performance", "/v1/settings/routing", "/v1/learned"] },
    { name: "page: Spend (24h)", page: true, paths: () => ["/v1/budget", "/v1/metrics?window=24h", "/v1/metrics/timeseries?window=24h&bucket=hour"] },
    { name: "page: Spend (30d)", page: true, paths: () => ["/v1/budget", "/v1/metrics?window=30d", "/v1/metrics/timeseries?window=30d&bucket=hour"] },
    { name: "page: Requests", page: true, paths: () => [`/v1/requests?limit=${PAGE}`, "/v1/models"] },
    { name: "page: Request detail", page: true, paths: (iteration) => [detail(iteration)] },
  ];
}
