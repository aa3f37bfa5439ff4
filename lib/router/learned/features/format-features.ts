import type { PromptParts } from "./final-question";

// Dense signals of a prompt's format and difficulty: length, worked examples, answer options,
// numbers (GSM8K-style problems get harder with more quantities, decimals and large values),
// code and maths markers, negations ("which is NOT…"). Raw values; the featuriser standardises them.

const NUMBER = /\d+(?:[.,]\d+)*/g;
const OPTION_LINE = /^\s*\(?[A-J][.):]\s+\S/gm;
const SENTENCE_END = /[.?!](?:\s|$)/g;
const MULTIPLIER_WORD = /\b(?:twice|half|thrice|double|triple|quarter|third|dozen)\b/gi;
const NEGATION = /\b(?:not|except|least|false|incorrect)\b/i;
const MATH_OPERATOR = /[=+*/^<>\\]/g;
const CODE_MARKER = /```|\bdef\b|\breturn\b|\bfunction\b|[{};]/g;
const NONE_ALL_OPTION = /\b(?:all|none|both|neither) of (?:the|these) (?:above|options|choices)\b/i;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function numberValues(matches: readonly string[]): number[] {
  const values: number[] = [];
  for (const match of matches) {
    const value = Number(match.replaceAll(",", ""));
    if (Number.isFinite(value)) values.push(value);
  }
  return values;
}

export const FORMAT_FEATURE_NAMES = [
  "log_question_chars",
  "log_question_words",
  "log_prompt_chars",
  "worked_examples",
  "numbers",
  "distinct_numbers",
  "sentences",
  "question_marks",
  "percentages",
  "fractions",
  "money",
  "large_numbers",
  "decimals",
  "multiplier_words",
  "log_largest_number",
  "option_lines",
  "negation",
  "statement_pair",
  "blank_to_fill",
  "log_lines",
  "math_operators",
  "code_markers",
  "mean_word_length",
  "uppercase_share",
  "all_none_option",
  "numeric_option_share",
  "log_mean_option_length",
] as const;

const OPTION_TEXT = /^\s*\(?[A-J][.):]\s+(.*)$/gm;

/** Share of answer options that are mostly numeric, and their mean length in characters. */
function optionShape(question: string): { numericShare: number; meanLength: number } {
  const options = [...question.matchAll(OPTION_TEXT)].map((match) => match[1]!.trim());
  if (options.length === 0) return { numericShare: 0, meanLength: 0 };
  const numeric = options.filter((option) => (option.match(/[\d.,\-/^()+*= ]/g)?.length ?? 0) >= option.length * 0.6).length;
  return { numericShare: numeric / options.length, meanLength: options.reduce((sum, option) => sum + option.length, 0) / options.length };
}

export function formatFeatures(prompt: string, parts: PromptParts): number[] {
  const question = parts.question;
  const lower = question.toLowerCase();
  const numbers = question.match(NUMBER) ?? [];
  const values = numberValues(numbers);
  const words = question.split(/\s+/).filter((word) => word.length > 0);
  let letters = 0;
  let uppercase = 0;
  for (let index = 0; index < question.length; index++) {
    const code = question.charCodeAt(index);
    if (code >= 65 && code <= 90) uppercase++;
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) letters++;
  }
  const largest = values.reduce((max, value) => Math.max(max, Math.abs(value)), 0);
  const options = optionShape(question);
  return [
    Math.log1p(question.length),
    Math.log1p(words.length),
    Math.log1p(prompt.length),
    parts.examples,
    numbers.length,
    new Set(numbers).size,
    count(question, SENTENCE_END),
    count(question, /\?/g),
    count(question, /%/g) + count(lower, /percent/g),
    count(question, /\d\/\d/g),
    count(question, /\$/g),
    numbers.filter((text) => text.replaceAll(",", "").split(".")[0]!.length >= 4).length,
    count(question, /\d\.\d/g),
    count(question, MULTIPLIER_WORD),
    Math.log1p(largest),
    count(question, OPTION_LINE),
    NEGATION.test(question) ? 1 : 0,
    lower.includes("statement 1") ? 1 : 0,
    question.includes("_") ? 1 : 0,
    Math.log1p(count(question, /\n/g)),
    count(question, MATH_OPERATOR),
    count(question, CODE_MARKER),
    words.length === 0 ? 0 : words.reduce((sum, word) => sum + word.length, 0) / words.length,
    letters === 0 ? 0 : uppercase / letters,
    NONE_ALL_OPTION.test(question) ? 1 : 0,
    options.numericShare,
    Math.log1p(options.meanLength),
  ];
}
