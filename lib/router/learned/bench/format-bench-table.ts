import type { BenchResult } from "./run-routing-bench";

// The benchmark's console tables: one line per router (cost-quality figures against the reference
// model), then, for two-model files, RouteLLM's figures per task group.

function pad(text: string, width: number, alignRight = false): string {
  return alignRight ? text.padStart(width) : text.padEnd(width);
}

function fixed(value: number, digits = 3): string {
  return Number.isFinite(value) ? value.toFixed(digits) : "—";
}

function percent(value: number): string {
  return Number.isFinite(value) ? `${(value * 100).toFixed(1)}%` : "never";
}

function usd(value: number, unit: string): string {
  if (!Number.isFinite(value)) return "—";
  return unit === "USD" ? `$${value.toPrecision(3)}` : value.toFixed(3);
}

function render(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => pad(cell, widths[column]!, column > 0)).join("  ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

export function formatBenchTables(result: BenchResult): string {
  const { reference, evaluation } = result;
  const unit = evaluation.costUnit;
  const header = ["router", "settings", "best q", "AIQ", `cost→${"q_ref"}`, "q@ref cost", "q@15% cost", "q@50% cost", "cost→95% q", "cost→99% q"];
  const rows = result.routers.map((router) => {
    const score = router.score;
    const bestQuality = Math.max(...score.points.map((point) => point.quality));
    return [
      router.name,
      String(router.settings.length),
      fixed(bestQuality),
      fixed(score.aiq),
      percent(score.costForQualityShare["1"]!.costShare),
      percent(score.qualityAtCostShare["1"]!.qualityShare),
      percent(score.qualityAtCostShare["0.15"]!.qualityShare),
      percent(score.qualityAtCostShare["0.5"]!.qualityShare),
      percent(score.costForQualityShare["0.95"]!.costShare),
      percent(score.costForQualityShare["0.99"]!.costShare),
    ];
  });
  const intro =
    `${evaluation.rows.length} evaluation prompts (${evaluation.excluded.contaminated} contaminated and ` +
    `${evaluation.excluded.missingOutcome} incomplete left out); cost model: ${result.costModelName} (${unit}).\n` +
    `Reference = best single model ${reference.model}: quality ${fixed(reference.quality)}, cost ${usd(reference.costUsd, unit)} per prompt. ` +
    `Costs are shares of its cost, qualities shares of its quality, read on each router's non-decreasing convex hull.`;
  const tables = [intro, render(header, rows)];
  const grouped = result.routers.filter((router) => router.score.groups);
  if (grouped.length > 0) {
    const groupRows: string[][] = [];
    for (const router of grouped) {
      for (const [group, figures] of Object.entries(router.score.groups!)) {
        if (!Number.isFinite(figures.apgr)) continue;
        groupRows.push([router.name, group, String(figures.prompts), fixed(figures.apgr), percent(figures.cpt50), percent(figures.cpt80)]);
      }
    }
    tables.push(
      `RouteLLM metrics (strong model ${result.strongModel}; x = share of strong calls, 10 equal bins):`,
      render(["router", "group", "prompts", "APGR", "CPT(50%)", "CPT(80%)"], groupRows),
    );
  }
  return tables.join("\n\n");
}
