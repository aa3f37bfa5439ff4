import type { EvaluationSet } from "./evaluation-set";
import { averageImprovementInQuality } from "./metrics/aiq";
import { type CostQualityPoint, costForQuality, nonDecreasingConvexHull, qualityAtCost } from "./metrics/convex-hull";
import {
  averagePgr,
  callPerformanceThreshold,
  evenShares,
  type PgrPoint,
  pgrCurve,
  qualityByStrongShare,
} from "./metrics/gap-recovered";
import type { RouterRun } from "./routers/bench-router";

// Turns a router's decisions into its benchmark figures: one (cost, quality) point per setting,
// the non-decreasing convex hull, AIQ, how its hull compares with the reference (best single)
// model, and for two-model files RouteLLM's PGR curve, APGR and CPT per task group.

export const QUALITY_SHARES = [0.95, 0.99, 1] as const;
export const COST_SHARES = [0.15, 0.5] as const;

export interface SettingPoint extends CostQualityPoint {
  setting: string;
  /** Share of prompts sent to the strong model (two-model files). */
  strongShare?: number;
}

export interface GroupGapFigures {
  prompts: number;
  strongQuality: number;
  weakQuality: number;
  apgr: number;
  cpt50: number;
  cpt80: number;
  curve: PgrPoint[];
}

export interface RouterScore {
  points: SettingPoint[];
  hull: CostQualityPoint[];
  aiq: number;
  /** Cost (USD per prompt and as a share of the reference's) to reach each share of the reference quality. */
  costForQualityShare: Record<string, { costUsd: number; costShare: number }>;
  /** Quality (absolute and as a share of the reference's) at each share of the reference cost. */
  qualityAtCostShare: Record<string, { quality: number; qualityShare: number }>;
  groups?: Record<string, GroupGapFigures>;
}

export interface ScoreContext {
  evaluation: EvaluationSet;
  reference: { quality: number; costUsd: number };
  costRange: { minCostUsd: number; maxCostUsd: number };
  /** Index of the strong model in a two-model file. */
  strongIndex?: number;
}

function pointOf(evaluation: EvaluationSet, choices: Int32Array, strongIndex: number | undefined, rows?: readonly number[]) {
  const count = evaluation.models.length;
  const selected = rows ?? evaluation.rows.map((_, row) => row);
  let quality = 0;
  let cost = 0;
  let strong = 0;
  for (const row of selected) {
    const cell = row * count + choices[row]!;
    quality += evaluation.quality[cell]!;
    cost += evaluation.cost[cell]!;
    if (choices[row] === strongIndex) strong++;
  }
  const size = Math.max(1, selected.length);
  return { quality: quality / size, costUsd: cost / size, strongShare: strongIndex === undefined ? undefined : strong / size };
}

function groupFigures(context: ScoreContext, run: RouterRun, rows: readonly number[]): GroupGapFigures {
  const { evaluation } = context;
  const strongIndex = context.strongIndex!;
  const weakIndex = 1 - strongIndex;
  const strong = rows.map((row) => evaluation.quality[row * 2 + strongIndex]!);
  const weak = rows.map((row) => evaluation.quality[row * 2 + weakIndex]!);
  const strongQuality = strong.reduce((sum, value) => sum + value, 0) / rows.length;
  const weakQuality = weak.reduce((sum, value) => sum + value, 0) / rows.length;
  const points = run.strongScores
    ? qualityByStrongShare({ score: rows.map((row) => run.strongScores![row]!), strong, weak, shares: evenShares() })
    : run.settings.map((setting) => {
        const point = pointOf(evaluation, setting.choices, strongIndex, rows);
        return { strongShare: point.strongShare!, quality: point.quality };
      });
  const curve = Math.abs(strongQuality - weakQuality) > 1e-12 ? pgrCurve(points, weakQuality, strongQuality) : [];
  const enough = curve.length >= 2 && curve[curve.length - 1]!.strongShare > curve[0]!.strongShare;
  return {
    prompts: rows.length,
    strongQuality,
    weakQuality,
    apgr: enough ? averagePgr(curve) : Number.NaN,
    cpt50: enough ? callPerformanceThreshold(curve, 0.5) : Number.NaN,
    cpt80: enough ? callPerformanceThreshold(curve, 0.8) : Number.NaN,
    curve,
  };
}

export function scoreRouter(context: ScoreContext, run: RouterRun): RouterScore {
  const { evaluation, reference } = context;
  const points: SettingPoint[] = run.settings.map((setting) => ({
    setting: setting.label,
    ...pointOf(evaluation, setting.choices, context.strongIndex),
  }));
  const hull = nonDecreasingConvexHull(points);
  const costForQualityShare: RouterScore["costForQualityShare"] = {};
  for (const share of QUALITY_SHARES) {
    const costUsd = costForQuality(hull, share * reference.quality);
    costForQualityShare[String(share)] = { costUsd, costShare: costUsd / reference.costUsd };
  }
  const qualityAtCostShare: RouterScore["qualityAtCostShare"] = {};
  for (const share of COST_SHARES) {
    const quality = qualityAtCost(hull, share * reference.costUsd);
    qualityAtCostShare[String(share)] = { quality, qualityShare: quality / reference.quality };
  }
  const quality = qualityAtCost(hull, reference.costUsd);
  qualityAtCostShare["1"] = { quality, qualityShare: quality / reference.quality };
  const score: RouterScore = {
    points,
    hull,
    aiq: averageImprovementInQuality({ points, ...context.costRange }),
    costForQualityShare,
    qualityAtCostShare,
  };
  if (context.strongIndex !== undefined && evaluation.models.length === 2) {
    const byGroup = new Map<string, number[]>();
    evaluation.groups.forEach((group, row) => {
      const rows = byGroup.get(group);
      if (rows) rows.push(row);
      else byGroup.set(group, [row]);
    });
    const groups: Record<string, GroupGapFigures> = {};
    if (byGroup.size > 1) groups.all = groupFigures(context, run, evaluation.rows.map((_, row) => row));
    for (const [group, rows] of [...byGroup].sort(([left], [right]) => left.localeCompare(right))) {
      groups[group] = groupFigures(context, run, rows);
    }
    score.groups = groups;
  }
  return score;
}
