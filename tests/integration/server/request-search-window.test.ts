// Text search reads at most REQUEST_SEARCH_WINDOW prompts per page (they are not indexed): a page
// whose window holds fewer matches than the limit says where to go on, and paging on reaches every
// match, newest first; filters other than `q` still cut each page from the whole log.
import { afterEach, describe, expect, it } from "vitest";
import { REQUEST_SEARCH_WINDOW } from "@/lib/schemas/requests";
import { listRequests } from "@/lib/server/queries/request-log-query";
import type { RequestRecord } from "@/lib/server/requests/request-record";
import { insertRequestsStatement } from "@/lib/server/requests/request-statements";
import { openSqlClient } from "@/lib/server/sql/open-sql-client";
import type { SqlClient } from "@/lib/server/sql/sql-client";
import { sql } from "@/lib/server/sql/sql-statement";
import { createTestDatabase, testProviders, type TestDatabase } from "@/tests/helpers/test-database";

const START = Date.UTC(2026, 10, 25, 9);

function request(index: number, prompt: string): RequestRecord {
  return {
    id: `r${String(index).padStart(6, "0")}`, createdAtMs: START + index * 1_000, completedAtMs: START + index * 1_000 + 5, endpoint: "route",
    status: "routed", stream: false, apiKeyLabel: "test", prompt, systemPrompt: null, promptHash: "hash", promptChars: prompt.length,
    response: null, responseChars: null,
    classification: { complexity: "simple", taskType: "qa", confidence: 0.9, classifier: "rules", features: { characters: 1, words: 1, estimatedTokens: 1, questionMarks: 0, codeBlocks: 0, signals: [] } },
    policy: "static", policyVariant: null, chosenModelId: "gpt-4o-mini", modelId: "gpt-4o-mini", provider: "openai", reason: "cheapest",
    decision: null, estimatedCostNano: 1, actualCostNano: null, costEstimated: false, counterfactualCostNano: null, usage: null, latencyMs: null,
    timeToFirstTokenMs: null, errorType: null, errorClass: null, errorMessage: null, explored: false, propensity: 1, simulated: false,
    fallbackUsed: false, attempts: [],
  };
}

describe.each(testProviders())("request log text search on %s", (provider) => {
  let database: TestDatabase;
  let client: SqlClient;
  afterEach(async () => {
    await client.close();
    await database.cleanup();
  });

  it("searches a bounded window per page and pages on through the whole log", async () => {
    database = await createTestDatabase(provider);
    client = await openSqlClient(database.url);
    // Matches at the very start and end of a log longer than two windows.
    const total = REQUEST_SEARCH_WINDOW * 2 + 100;
    const matching = new Set([0, 1, total - 1]);
    const records = Array.from({ length: total }, (_, index) => request(index, matching.has(index) ? `Find the NEEDLE ${index}` : `haystack ${index}`));
    for (let index = 0; index < records.length; index += 300) await client.run(insertRequestsStatement(records.slice(index, index + 300)));
    expect(Number((await client.query(sql`SELECT COUNT(*) AS count FROM requests`))[0]!.count)).toBe(total);

    const found: string[] = [];
    const pages: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await listRequests(client, { limit: 50, q: "needle", cursor });
      found.push(...page.data.map((row) => row.id));
      pages.push(page.data.length);
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
    expect(found).toEqual([`r${String(total - 1).padStart(6, "0")}`, "r000001", "r000000"]);
    // One match in the newest window, none in the next, two in the last (shorter) one, which ends the search.
    expect(pages).toEqual([1, 0, 2]);

    // Without `q` the page is cut from the whole log as before.
    const plain = await listRequests(client, { limit: 2 });
    expect(plain.data.map((row) => row.id)).toEqual([`r${String(total - 1).padStart(6, "0")}`, `r${String(total - 2).padStart(6, "0")}`]);
    expect(plain.next_cursor).not.toBeNull();
  });
});
