import type { BenchResult } from "./run-routing-bench";

// The few figures the targets are stated in, per router, so several held-out splits can be
// summarised side by side: cost shares to reach 95/99/100% of the reference quality, quality shares
// at 15% and 50% of its cost, AIQ, and per task group APGR / CPT(50%) / CPT(80%) on two-model files.

export type HeadlineFigures = Record<string, Record<string, number>>;

export function headlineFigures(result: BenchResult): HeadlineFigures {
  const figures: HeadlineFigures = {};
  for (const router of result.routers) {
    if (router.kind === "single") continue;
    const score = router.score;
    const entry: Record<string, number> = {
      "cost→95%": score.costForQualityShare["0.95"]!.costShare,
      "cost→99%": score.costForQualityShare["0.99"]!.costShare,
      "cost→100%": score.costForQualityShare["1"]!.costShare,
      "q@15%": score.qualityAtCostShare["0.15"]!.qualityShare,
      "q@50%": score.qualityAtCostShare["0.5"]!.qualityShare,
      AIQ: score.aiq,
    };
    for (const [group, gap] of Object.entries(score.groups ?? {})) {
      if (!Number.isFinite(gap.apgr)) continue;
      entry[`APGR ${group}`] = gap.apgr;
      entry[`CPT50 ${group}`] = gap.cpt50;
      entry[`CPT80 ${group}`] = gap.cpt80;
    }
    figures[router.name] = entry;
  }
  return figures;
}

export interface FigureSummary {
  mean: number;
  min: number;
  max: number;
  /** Splits where the figure exists (e.g. a quality the router never reaches has no cost). */
  reached: number;
  splits: number;
}

/** Per router and figure: mean, min and max over the splits where the figure is finite. */
export function summariseSplits(runs: readonly HeadlineFigures[]): Record<string, Record<string, FigureSummary>> {
  const summary: Record<string, Record<string, FigureSummary>> = {};
  for (const run of runs) {
    for (const [router, figures] of Object.entries(run)) {
      for (const name of Object.keys(figures)) {
        const values = runs.map((other) => other[router]?.[name]).filter((value): value is number => value !== undefined);
        const finite = values.filter((value) => Number.isFinite(value));
        (summary[router] ??= {})[name] = {
          mean: finite.length ? finite.reduce((sum, value) => sum + value, 0) / finite.length : Number.NaN,
          min: finite.length ? Math.min(...finite) : Number.NaN,
          max: finite.length ? Math.max(...finite) : Number.NaN,
          reached: finite.length,
          splits: values.length,
        };
      }
    }
  }
  return summary;
}

export function formatSplitSummary(summary: Record<string, Record<string, FigureSummary>>): string {
  const lines: string[] = [];
  for (const [router, figures] of Object.entries(summary)) {
    const cells = Object.entries(figures).map(([name, figure]) => {
      if (figure.reached === 0) return `${name} never`;
      const range = `${figure.mean.toFixed(3)} [${figure.min.toFixed(3)}–${figure.max.toFixed(3)}]`;
      return figure.reached < figure.splits ? `${name} ${range} (${figure.reached}/${figure.splits} reached)` : `${name} ${range}`;
    });
    lines.push(`${router}: ${cells.join("; ")}`);
  }
  return lines.join("\n");
}
