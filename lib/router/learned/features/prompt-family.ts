// A coarse family of the prompt, read from its format alone: models' relative strengths differ
// more between families than within them, so the quality model gives each family its own weights
// for the format features (a gated, mixture-of-experts-like linear model). The finer format
// signature (family, number of answer options, worked examples, a blank to fill) gets its own
// nearly unpenalised intercept: the per-format prior that prompt-level features then refine.

export const PROMPT_FAMILIES = ["multiple_choice", "code", "numeric_problem", "open"] as const;
export type PromptFamily = (typeof PROMPT_FAMILIES)[number];

const OPTION_LINE = /^\s*\(?[A-J][.):]\s+\S/gm;
const CODE_SIGNAL = /```|\bdef\s+\w+\s*\(|\bfunction\b|\bpython\b|\bjavascript\b|\bimplement\b|\bcode\b/i;
const NUMBER = /\d+(?:[.,]\d+)*/g;

export function formatSignature(question: string, workedExamples: number): string {
  const options = question.match(OPTION_LINE)?.length ?? 0;
  return `${promptFamily(question)}|options:${options}|examples:${workedExamples > 0}|blank:${question.includes("_")}`;
}

export function promptFamily(question: string): PromptFamily {
  if ((question.match(OPTION_LINE)?.length ?? 0) >= 2) return "multiple_choice";
  if (CODE_SIGNAL.test(question)) return "code";
  if ((question.match(NUMBER)?.length ?? 0) >= 2) return "numeric_problem";
  return "open";
}
