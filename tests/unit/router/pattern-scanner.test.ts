import { describe, expect, it } from "vitest";
import { loadDefaultExamples } from "@/lib/router/classify/labelled-examples";
import { PatternScanner } from "@/lib/router/classify/pattern-matcher";
import { clipForScanning } from "@/lib/router/classify/prompt-features";
import { COMPLEXITY_PATTERNS, type RulePattern, TASK_PATTERNS } from "@/lib/router/classify/rule-patterns";
import { seededRandom } from "@/lib/router/learning/seeded-random";

// The scanner's category regexes skip the word-start check because the union has made it at the
// same position. The reference below is the plain form (every category regex checks the word
// start itself, at every union hit); both must name the same patterns on any text.

const WORD_BEFORE = "(?<![\\p{L}\\p{N}_])";
const WORD_AFTER = "(?![\\p{L}\\p{N}_])";

function referenceScan(categories: readonly (readonly RulePattern[])[], text: string): string[][] {
  const union = new RegExp(`\\b${WORD_BEFORE}(?:${categories.flat().map((pattern) => pattern.source).join("|")})${WORD_AFTER}`, "gu");
  const named = categories.map((patterns) => new RegExp(`${WORD_BEFORE}(?:${patterns.map((pattern) => `(${pattern.source})`).join("|")})${WORD_AFTER}`, "uy"));
  const found: string[][] = categories.map(() => []);
  let hit: RegExpExecArray | null;
  while ((hit = union.exec(text)) !== null) {
    named.forEach((expression, category) => {
      expression.lastIndex = hit!.index;
      const match = expression.exec(text);
      const group = match ? match.findIndex((value, index) => index > 0 && value !== undefined) : -1;
      const name = group > 0 ? categories[category]![group - 1]!.name : undefined;
      if (name && !found[category]!.includes(name)) found[category]!.push(name);
    });
    union.lastIndex = hit.index + 1;
  }
  return found;
}

const categories = [...COMPLEXITY_PATTERNS, ...TASK_PATTERNS].map(([, patterns]) => patterns);
const scanner = new PatternScanner(categories);

function texts(): string[] {
  const examples = loadDefaultExamples().map((example) => example.text);
  const shaped = examples.flatMap((text, index) => [`Quick question: ${text} Keep it short.`, `${examples[(index * 5) % examples.length]} Also: ${text}`]);
  const unicode = [
    "éprove the idea; ÉPROVE it; prove-it; _prove; 2prove; prove2; provés",
    "İSTANBUL'DA why does it fail? Explain STEP BY STEP, then translate to French",
    "写一首诗 write a short story about a dragon 😀 debug this complex race condition",
    "c# and node.js and tl;dr and big-o and np-hard and what's up",
  ];
  const random = seededRandom(11);
  const words = categories.flat().map((pattern) => pattern.source.replace(/[^a-z ]+/g, " ").trim().split(" ")[0]!).filter(Boolean);
  const separators = [" ", "  ", "-", "_", ".", "\n", "é", "1", "#", "'", "?", ", "];
  const fuzzed = Array.from({ length: 400 }, () => {
    let text = "";
    for (let part = 1 + Math.floor(random() * 12); part > 0; part--) {
      text += words[Math.floor(random() * words.length)] + separators[Math.floor(random() * separators.length)]!;
    }
    return text;
  });
  const long = `${"The committee met on Tuesday and reviewed the budget. ".repeat(200)}\n\nSummarize the above, why?`;
  return [...examples, ...shaped, ...unicode, ...fuzzed, long].map((text) => clipForScanning(text).toLowerCase());
}

describe("PatternScanner", () => {
  it("names the same patterns as the plain per-category scan", () => {
    for (const text of texts()) expect(scanner.scan(text), JSON.stringify(text.slice(0, 80))).toEqual(referenceScan(categories, text));
  });
});
