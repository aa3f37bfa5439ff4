import { countO200kTokens } from "../tokens/o200k-token-counter";
import type { Classification, ClassificationFeatures, Classifier, Complexity, TaskType } from "../types";
import type { LabelledExample } from "./labelled-examples";
import { loadDefaultExamples } from "./labelled-examples";
import { PatternScanner } from "./pattern-matcher";
import { clipForScanning, describePrompt, type PromptCounts } from "./prompt-features";
import { RuleCalibration, type RuleEvidence } from "./rule-confidence";
import { COMPLEXITY_PATTERNS, TASK_PATTERNS } from "./rule-patterns";

// The sketch's rule-based classifier with its precedence made explicit: the highest complexity level
// with a matching signal wins; task types are tried in TASK_PATTERNS' declared order and the first
// with a signal wins, except that a fenced code block always means `code`; more than 200 words
// raises `simple` to `moderate`. Synchronous and allocation-light: it is the router's fast path.
// Long prompts are scanned on their first 6,000 and last 2,000 characters (counts stay exact).

export interface RuleClassifierOptions {
  /** Token counter for `features.estimatedTokens`; share the router's TokenEstimator to count once. */
  countTokens?: (text: string) => number;
  /** Defaults to a calibration fitted on the shipped examples (once per process). */
  calibration?: RuleCalibration;
}

export const LONG_PROMPT_WORDS = 200;

// One scanner for every category: complexity levels first (highest first), then task types in priority order.
const scanner = new PatternScanner([...COMPLEXITY_PATTERNS, ...TASK_PATTERNS].map(([, patterns]) => patterns));
const LEVELS_HIGHEST_FIRST: readonly Complexity[] = COMPLEXITY_PATTERNS.map(([level]) => level);
const TASKS_BY_PRIORITY: readonly TaskType[] = TASK_PATTERNS.map(([taskType]) => taskType);

export interface RuleEvaluation {
  classification: Omit<Classification, "confidence">;
  evidence: RuleEvidence;
}

export class RuleClassifier implements Classifier {
  readonly name = "rules" as const;
  private readonly countTokens: (text: string) => number;
  private readonly calibration: RuleCalibration;

  constructor(options: RuleClassifierOptions = {}) {
    this.countTokens = options.countTokens ?? ((text) => countO200kTokens(text).tokens);
    this.calibration = options.calibration ?? defaultRuleCalibration();
  }

  async classify(prompt: string): Promise<Classification> {
    return this.classifySync(prompt);
  }

  classifySync(prompt: string): Classification {
    const { classification, evidence } = this.evaluate(prompt);
    return {
      complexity: classification.complexity,
      taskType: classification.taskType,
      confidence: this.calibration.confidence(evidence),
      classifier: "rules",
      features: classification.features,
    };
  }

  /** Labels, features and the evidence behind them, before a confidence is attached. */
  evaluate(prompt: string): RuleEvaluation {
    const matched = scanner.scan(clipForScanning(prompt).toLowerCase());
    const counts = describePrompt(prompt, this.countTokens);
    const signals: string[] = [];

    let complexity: Complexity = "simple";
    let complexitySignals = 0;
    for (let position = 0; position < LEVELS_HIGHEST_FIRST.length; position++) {
      const level = LEVELS_HIGHEST_FIRST[position]!;
      const found = matched[position]!;
      if (found.length === 0) continue;
      complexity = level;
      complexitySignals = found.length;
      for (const name of found) signals.push(`complexity:${level}:${name}`);
      break;
    }
    const raisedByLength = complexity === "simple" && counts.words > LONG_PROMPT_WORDS;
    if (raisedByLength) {
      complexity = "moderate";
      signals.push(`complexity:moderate:over_${LONG_PROMPT_WORDS}_words`);
    }

    const fencedCode = counts.codeBlocks > 0;
    let taskType: TaskType | undefined = fencedCode ? "code" : undefined;
    if (fencedCode) signals.push("task:code:fenced_block");
    let taskSignals = 0;
    let competingTaskSignals = 0;
    for (let position = 0; position < TASKS_BY_PRIORITY.length; position++) {
      const type = TASKS_BY_PRIORITY[position]!;
      const found = matched[LEVELS_HIGHEST_FIRST.length + position]!;
      if (found.length === 0) continue;
      for (const name of found) signals.push(`task:${type}:${name}`);
      if (taskType === undefined) taskType = type;
      if (type === taskType) taskSignals = found.length;
      else competingTaskSignals += found.length;
    }
    const resolvedTask = taskType ?? "chat";

    return {
      classification: { complexity, taskType: resolvedTask, classifier: "rules", features: promptFeatures(counts, signals) },
      evidence: {
        complexity,
        complexitySignals,
        raisedByLength,
        words: counts.words,
        taskType: resolvedTask,
        taskSignals,
        competingTaskSignals,
        fencedCode,
      },
    };
  }
}

// The counts' fields listed one by one: an object spread here cost as much as the whole
// confidence calculation. Same keys, same order as `{ ...counts, signals }`.
function promptFeatures(counts: PromptCounts, signals: string[]): ClassificationFeatures {
  return {
    characters: counts.characters,
    words: counts.words,
    estimatedTokens: counts.estimatedTokens,
    questionMarks: counts.questionMarks,
    codeBlocks: counts.codeBlocks,
    signals,
  };
}

/** Measures the rules on labelled examples and turns their accuracy per kind of evidence into a calibration. */
export function fitRuleCalibration(examples: readonly LabelledExample[]): RuleCalibration {
  const rules = new RuleClassifier({ calibration: RuleCalibration.uncalibrated(), countTokens: () => 0 });
  return RuleCalibration.fit(
    examples.map((example) => {
      const { classification, evidence } = rules.evaluate(example.text);
      return {
        evidence,
        complexityCorrect: classification.complexity === example.complexity,
        taskCorrect: classification.taskType === example.taskType,
      };
    }),
  );
}

let sharedCalibration: RuleCalibration | undefined;

function defaultRuleCalibration(): RuleCalibration {
  sharedCalibration ??= fitRuleCalibration(loadDefaultExamples());
  return sharedCalibration;
}
