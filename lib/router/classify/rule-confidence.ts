import type { Complexity, TaskType } from "../types";

// How sure the rules are, as an estimate of the probability that both labels are right
// (P(complexity right) × P(task type right), treated as independent). A constant (the sketch's 0.7)
// would make the cascade's threshold meaningless. Each label's probability depends on the kind of
// evidence behind it (which level or type won, through how many signals, against how many competing
// ones): a hand-set prior per kind of evidence, refined by the rules' measured accuracy on the
// labelled examples (RuleCalibration, Laplace-smoothed towards the prior, fitted once per process).

export interface RuleEvidence {
  complexity: Complexity;
  /** Distinct signals at the winning complexity level (0 when none matched). */
  complexitySignals: number;
  /** True when the >200-words rule raised `simple` to `moderate`. */
  raisedByLength: boolean;
  words: number;
  taskType: TaskType;
  /** Distinct signals of the winning task type. */
  taskSignals: number;
  /** Distinct signals of every other task type. */
  competingTaskSignals: number;
  fencedCode: boolean;
}

function complexityEvidenceKey(evidence: RuleEvidence): string {
  if (evidence.raisedByLength) return "moderate:length";
  const size = evidence.words <= 12 ? "short" : evidence.words <= 40 ? "medium" : "long";
  if (evidence.complexitySignals === 0) return `simple:none:${size}`;
  return `${evidence.complexity}:${evidence.complexitySignals > 1 ? "several" : "one"}:${size}`;
}

function taskEvidenceKey(evidence: RuleEvidence): string {
  if (evidence.fencedCode) return "code:fenced";
  if (evidence.taskSignals === 0) return "chat:none";
  const support = evidence.taskSignals > 1 ? "several" : "one";
  return `${evidence.taskType}:${support}:${evidence.competingTaskSignals > 0 ? "contested" : "clean"}`;
}

/** Probability that one matching signal alone is right, before calibration. */
const PER_SIGNAL = 0.55;

function priorComplexityProbability(evidence: RuleEvidence): number {
  if (evidence.raisedByLength) return 0.5;
  if (evidence.complexitySignals === 0) return evidence.words <= 12 ? 0.6 : 0.3;
  return 1 - (1 - PER_SIGNAL) ** (evidence.complexitySignals + 0.5);
}

function priorTaskProbability(evidence: RuleEvidence): number {
  if (evidence.fencedCode) return 0.95;
  if (evidence.taskSignals === 0) return evidence.competingTaskSignals === 0 ? 0.35 : 0.25;
  const support = 1 - (1 - PER_SIGNAL) ** (evidence.taskSignals + 0.5);
  return support * (evidence.taskSignals / (evidence.taskSignals + 0.5 * evidence.competingTaskSignals));
}

export interface CalibrationSample {
  evidence: RuleEvidence;
  complexityCorrect: boolean;
  taskCorrect: boolean;
}

/** Weight of the prior, in pseudo-observations. */
const PRIOR_WEIGHT = 4;

export class RuleCalibration {
  private constructor(
    private readonly complexityCells: ReadonlyMap<string, { hits: number; count: number }>,
    private readonly taskCells: ReadonlyMap<string, { hits: number; count: number }>,
  ) {}

  static uncalibrated(): RuleCalibration {
    return new RuleCalibration(new Map(), new Map());
  }

  static fit(samples: readonly CalibrationSample[]): RuleCalibration {
    const complexityCells = new Map<string, { hits: number; count: number }>();
    const taskCells = new Map<string, { hits: number; count: number }>();
    const cellFor = (cells: typeof complexityCells, key: string) => {
      let cell = cells.get(key);
      if (!cell) cells.set(key, (cell = { hits: 0, count: 0 }));
      return cell;
    };
    for (const sample of samples) {
      const complexityCell = cellFor(complexityCells, complexityEvidenceKey(sample.evidence));
      complexityCell.count++;
      if (sample.complexityCorrect) complexityCell.hits++;
      const taskCell = cellFor(taskCells, taskEvidenceKey(sample.evidence));
      taskCell.count++;
      if (sample.taskCorrect) taskCell.hits++;
    }
    return new RuleCalibration(complexityCells, taskCells);
  }

  confidence(evidence: RuleEvidence): number {
    const complexity = smoothed(this.complexityCells.get(complexityEvidenceKey(evidence)), priorComplexityProbability(evidence));
    const task = smoothed(this.taskCells.get(taskEvidenceKey(evidence)), priorTaskProbability(evidence));
    return Math.round(Math.min(0.95, Math.max(0.02, complexity * task)) * 1000) / 1000;
  }
}

function smoothed(cell: { hits: number; count: number } | undefined, prior: number): number {
  if (!cell) return prior;
  return (cell.hits + PRIOR_WEIGHT * prior) / (cell.count + PRIOR_WEIGHT);
}
