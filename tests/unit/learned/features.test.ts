import { describe, expect, it } from "vitest";
import { splitFewShot } from "@/lib/router/learned/features/final-question";
import { FORMAT_FEATURE_NAMES, formatFeatures } from "@/lib/router/learned/features/format-features";
import { formatSignature, promptFamily } from "@/lib/router/learned/features/prompt-family";
import { featureColumnCount, featurisePrompt, fitFeaturiser } from "@/lib/router/learned/features/prompt-featuriser";

const FEW_SHOT = [
  "Which is a mammal?\nA) shark\nB) whale\nAnswer:\nB",
  "Which is a metal?\nA) iron\nB) wood\nAnswer:\nA",
  "Which planet is largest?\nA) Mars\nB) Jupiter\nC) Venus\nD) Earth\nAnswer:",
].join("\n\n");

function feature(prompt: string, name: (typeof FORMAT_FEATURE_NAMES)[number]): number {
  return formatFeatures(prompt, splitFewShot(prompt))[FORMAT_FEATURE_NAMES.indexOf(name)]!;
}

describe("prompt parts", () => {
  it("finds the question after the worked examples", () => {
    expect(splitFewShot(FEW_SHOT)).toEqual({
      question: "Which planet is largest?\nA) Mars\nB) Jupiter\nC) Venus\nD) Earth\nAnswer:",
      examples: 2,
    });
  });

  it("keeps a prompt without worked examples whole, blank lines included", () => {
    const prompt = "Summarise this.\n\nThe quarterly report shows growth.";
    expect(splitFewShot(prompt)).toEqual({ question: prompt, examples: 0 });
  });
});

describe("format features", () => {
  it("counts numbers, decimals, large values and money in a word problem", () => {
    const problem = "Tom buys 3 apples at $1.25 each and 2,500 grams of rice. How much does he pay?";
    expect(feature(problem, "numbers")).toBe(3);
    expect(feature(problem, "decimals")).toBe(1);
    expect(feature(problem, "large_numbers")).toBe(1);
    expect(feature(problem, "money")).toBe(1);
    expect(feature(problem, "log_largest_number")).toBeCloseTo(Math.log1p(2500), 9);
    expect(promptFamily(problem)).toBe("numeric_problem");
  });

  it("reads answer options, worked examples and negations", () => {
    expect(feature(FEW_SHOT, "option_lines")).toBe(4);
    expect(feature(FEW_SHOT, "worked_examples")).toBe(2);
    expect(feature("Which is NOT a prime?\nA. 2\nB. 3\nC. 4\nD. 5", "negation")).toBe(1);
    expect(feature("Which is NOT a prime?\nA. 2\nB. 3\nC. 4\nD. 5", "numeric_option_share")).toBe(1);
    expect(formatSignature(splitFewShot(FEW_SHOT).question, 2)).toBe("multiple_choice|options:4|examples:true|blank:false");
  });

  it("recognises code requests", () => {
    expect(promptFamily("Write a python function to reverse a list.")).toBe("code");
    expect(feature("def add(a, b):\n    return a + b", "code_markers")).toBeGreaterThan(1);
  });
});

describe("the featuriser", () => {
  const prompts = ["Prove that there are infinitely many primes.", "Say hello to my friend.", FEW_SHOT];
  const state = fitFeaturiser(prompts, { bits: 10 });

  it("gives every prompt a unit-norm n-gram block plus scaled format features", () => {
    const row = featurisePrompt(state, prompts[0]!);
    let ngramNorm = 0;
    row.indices.forEach((column, entry) => {
      expect(column).toBeLessThan(featureColumnCount(state));
      if (column < 1 << state.bits) ngramNorm += row.values[entry]! ** 2;
    });
    expect(ngramNorm).toBeCloseTo(1, 5);
    expect(row.indices.some((column) => column >= 1 << state.bits)).toBe(true);
  });

  it("reads only the question of a few-shot prompt for n-grams", () => {
    const withExamples = featurisePrompt(state, FEW_SHOT);
    const questionOnly = featurisePrompt(state, splitFewShot(FEW_SHOT).question);
    const ngrams = (row: typeof withExamples) => [...row.indices].filter((column) => column < 1 << state.bits).sort();
    expect(ngrams(withExamples)).toEqual(ngrams(questionOnly));
  });

  it("refuses a missing embedding when it was fitted with one", () => {
    const withEmbedding = fitFeaturiser(prompts, { bits: 10, embeddingDimensions: 4 });
    expect(() => featurisePrompt(withEmbedding, "hello")).toThrow(/4 dimensions/);
    const row = featurisePrompt(withEmbedding, "hello", Float32Array.from([0.5, 0.5, 0.5, 0.5]));
    expect(row.indices.filter((column) => column >= featureColumnCount(withEmbedding) - 4)).toHaveLength(4);
  });
});
