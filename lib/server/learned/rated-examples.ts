import { z } from "zod";
import type { RatedExample } from "@/lib/router/learned/train/quality-table";
import { nanoToUsd } from "@/lib/router/cost/money";
import type { SqlExecutor } from "@/lib/server/sql/sql-client";
import { sql } from "@/lib/server/sql/sql-statement";

// The app's own training data for the learned router: every rated request whose prompt is stored
// and that a model answered, as { prompt, model, quality, costUsd } (the --ratings format of
// `npm run train:router`). Read page by page on the request id, so an export never holds the whole
// table in memory. Requests stored without their prompt (STORE_PROMPTS=false) cannot teach anything.

const PAGE_SIZE = 500;

const ratedRowSchema = z.object({
  id: z.string(),
  prompt: z.string(),
  model_id: z.string(),
  quality: z.number(),
  actual_cost_nano: z.number().nullable(),
});

async function readRatedExamplePage(
  executor: SqlExecutor,
  afterId: string,
): Promise<{ examples: RatedExample[]; lastId: string | undefined }> {
  const rows = await executor.query(sql`
    SELECT r.id, r.prompt, r.model_id, f.quality, r.actual_cost_nano
    FROM feedback f JOIN requests r ON r.id = f.request_id
    WHERE r.prompt IS NOT NULL AND r.model_id IS NOT NULL AND r.status = 'success' AND r.id > ${afterId}
    ORDER BY r.id
    LIMIT ${PAGE_SIZE}`);
  const parsed = rows.map((row) => ratedRowSchema.parse(row));
  return {
    examples: parsed.map((row) => ({
      prompt: row.prompt,
      model: row.model_id,
      quality: Math.min(1, Math.max(0, row.quality)),
      ...(row.actual_cost_nano === null ? {} : { costUsd: nanoToUsd(row.actual_cost_nano) }),
    })),
    lastId: parsed.at(-1)?.id,
  };
}

export async function* ratedExamples(executor: SqlExecutor): AsyncGenerator<RatedExample> {
  let afterId = "";
  for (;;) {
    const page = await readRatedExamplePage(executor, afterId);
    yield* page.examples;
    if (page.lastId === undefined || page.examples.length < PAGE_SIZE) return;
    afterId = page.lastId;
  }
}

/** The same examples counted from the ratings alone (each rating keeps its request's facts), not a request row per rating. */
export async function countRatedExamples(executor: SqlExecutor): Promise<{ examples: number; prompts: number; models: number }> {
  const [row] = await executor.query(sql`
    SELECT COUNT(*) AS examples, COUNT(DISTINCT prompt_hash) AS prompts, COUNT(DISTINCT model_id) AS models
    FROM feedback WHERE trainable = ${true}`);
  const counts = z.object({ examples: z.number(), prompts: z.number(), models: z.number() }).parse(row);
  return counts;
}

/** The export as JSON Lines, streamed. */
export function ratedExamplesJsonl(executor: SqlExecutor): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const examples = ratedExamples(executor);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const lines: string[] = [];
      for (let count = 0; count < PAGE_SIZE; count++) {
        const next = await examples.next();
        if (next.done) {
          if (lines.length > 0) controller.enqueue(encoder.encode(lines.join("")));
          controller.close();
          return;
        }
        lines.push(`${JSON.stringify(next.value)}\n`);
      }
      controller.enqueue(encoder.encode(lines.join("")));
    },
    async cancel() {
      await examples.return(undefined);
    },
  });
}
