import type { BenchResult } from "./run-routing-bench";

// summary.json: everything needed to compare runs or redraw the chart, without the per-prompt
// decisions (those go to decisions.jsonl).

export function benchSummary(result: BenchResult, meta: Record<string, unknown>) {
  const { evaluation } = result;
  return {
    ...meta,
    models: evaluation.models,
    evaluationPrompts: evaluation.rows.length,
    excluded: evaluation.excluded,
    costModel: result.costModelName,
    costUnit: evaluation.costUnit,
    reference: result.reference,
    strongModel: result.strongModel,
    routers: result.routers.map((router) => ({
      name: router.name,
      kind: router.kind,
      description: router.description,
      seconds: router.seconds,
      points: router.score.points,
      hull: router.score.hull,
      aiq: router.score.aiq,
      costForQualityShare: router.score.costForQualityShare,
      qualityAtCostShare: router.score.qualityAtCostShare,
      groups: router.score.groups,
    })),
  };
}

/** One JSON line per router, setting and evaluation prompt. */
export function* decisionLines(result: BenchResult): Generator<string> {
  const { evaluation } = result;
  for (const router of result.routers) {
    for (const setting of router.settings) {
      for (let row = 0; row < evaluation.rows.length; row++) {
        yield JSON.stringify({
          router: router.name,
          setting: setting.label,
          id: evaluation.rows[row]!.id,
          model: evaluation.models[setting.choices[row]!],
        });
      }
    }
  }
}
