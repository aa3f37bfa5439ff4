import { describe, expect, it } from "vitest";
import { loadDefaultExamples } from "@/lib/router/classify/labelled-examples";
import { RuleClassifier } from "@/lib/router/classify/rule-classifier";
import { countO200kTokens } from "@/lib/router/tokens/o200k-token-counter";

const rules = new RuleClassifier();

describe("RuleClassifier: whole-word matching (sketch defect)", () => {
  it("does not fire `define` inside `undefined`", () => {
    const result = rules.classifySync("my variable is undefined after the loop");
    expect(result.features.signals.some((signal) => signal.includes("define"))).toBe(false);
    expect(rules.classifySync("Define photosynthesis").features.signals).toContain("complexity:simple:define");
  });

  it("does not fire `brief` inside `briefcase`", () => {
    expect(rules.classifySync("I left my briefcase on the train").taskType).not.toBe("summarization");
    expect(rules.classifySync("Give me a brief overview of the French Revolution").taskType).toBe("summarization");
  });

  it("bounds the sketch's `debug.*complex` to one sentence", () => {
    expect(rules.classifySync("Debug this complex deadlock in my Go service").complexity).toBe("expert");
    expect(rules.classifySync("Please debug my script. The weather today is complex.").complexity).not.toBe("expert");
  });

  it("delimits words correctly next to symbols and accented letters", () => {
    expect(rules.classifySync("How do I declare a list in C#?").features.signals).toContain("task:code:language");
    expect(rules.classifySync("éprove the idea").features.signals).not.toContain("complexity:expert:prove");
  });
});

describe("RuleClassifier: precedence", () => {
  it("lets the highest complexity level with a signal win", () => {
    // "what is" (simple), "explain" (moderate), "analyze" (complex) and "prove" (expert) all match.
    const result = rules.classifySync("What is this? Explain it, analyze it, then prove it.");
    expect(result.complexity).toBe("expert");
    expect(result.features.signals).toContain("complexity:expert:prove");
  });

  it("tries task types in declared priority order", () => {
    // Summarization (priority 3) and extraction (priority 4) both match: summarization wins.
    expect(rules.classifySync("Extract the names and summarize the article").taskType).toBe("summarization");
    // Code outranks translation.
    expect(rules.classifySync("Translate this Python function to JavaScript").taskType).toBe("code");
  });

  it("treats a fenced code block as code whatever the words say", () => {
    const result = rules.classifySync("Translate into French:\n```\nconst greeting = 'hello';\n```");
    expect(result.taskType).toBe("code");
    expect(result.features.signals).toContain("task:code:fenced_block");
    expect(result.features.codeBlocks).toBe(1);
  });

  it("raises simple to moderate above 200 words, and only simple", () => {
    const filler = "lorem ipsum dolor sit amet ".repeat(41); // 205 words
    expect(rules.classifySync(`What is this? ${filler}`).complexity).toBe("moderate");
    expect(rules.classifySync(`What is this? ${filler}`).features.signals).toContain("complexity:moderate:over_200_words");
    expect(rules.classifySync("What is the capital of Peru?").complexity).toBe("simple");
    expect(rules.classifySync(`Prove this. ${filler}`).complexity).toBe("expert");
  });

  it("defaults to simple chat when nothing matches", () => {
    const result = rules.classifySync("purple elephants");
    expect(result).toMatchObject({ complexity: "simple", taskType: "chat", classifier: "rules" });
  });

  it("reads the tail of a long prompt, where instructions often are", () => {
    const pasted = "The committee met on Tuesday and reviewed the budget. ".repeat(300);
    expect(rules.classifySync(`${pasted}\n\nSummarize the above in three bullet points.`).taskType).toBe("summarization");
  });
});

describe("RuleClassifier: features", () => {
  it("counts characters, words, o200k tokens, question marks and code blocks", () => {
    const prompt = "Why? How?\n```js\nlet x = 1;\n```\nAnd ```more``` here";
    const { features } = rules.classifySync(prompt);
    expect(features).toMatchObject({
      characters: prompt.length,
      words: 11,
      estimatedTokens: countO200kTokens(prompt).tokens,
      questionMarks: 2,
      codeBlocks: 2,
    });
  });

  it("uses an injected token counter", () => {
    expect(new RuleClassifier({ countTokens: () => 42 }).classifySync("hello").features.estimatedTokens).toBe(42);
  });
});

describe("RuleClassifier: confidence reflects the evidence (not the sketch's constant 0.7)", () => {
  it("varies with the evidence", () => {
    const noSignal = rules.classifySync("purple elephants dancing in a field of wheat at sunrise today");
    const agreeing = rules.classifySync("Translate 'good morning' into Spanish.");
    const competing = rules.classifySync("Extract the names and summarize the article");
    expect(agreeing.confidence).toBeGreaterThan(noSignal.confidence + 0.2);
    expect(agreeing.confidence).toBeGreaterThan(competing.confidence + 0.2);
    const values = new Set(loadDefaultExamples().map((example) => rules.classifySync(example.text).confidence));
    expect(values.size).toBeGreaterThan(10);
    for (const value of values) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  it("is higher when the rules are right than when they are wrong, on the labelled examples", () => {
    const right: number[] = [];
    const wrong: number[] = [];
    for (const example of loadDefaultExamples()) {
      const result = rules.classifySync(example.text);
      (result.complexity === example.complexity && result.taskType === example.taskType ? right : wrong).push(result.confidence);
    }
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean(right)).toBeGreaterThan(mean(wrong) + 0.15);
    // Confident answers (≥ 0.6) are right most of the time.
    const confident = loadDefaultExamples().filter((example) => rules.classifySync(example.text).confidence >= 0.6);
    const confidentRight = confident.filter((example) => {
      const result = rules.classifySync(example.text);
      return result.complexity === example.complexity && result.taskType === example.taskType;
    });
    expect(confident.length).toBeGreaterThan(20);
    expect(confidentRight.length / confident.length).toBeGreaterThan(0.6);
  });

  it("gets most task types right on the labelled examples", () => {
    const examples = loadDefaultExamples();
    const right = examples.filter((example) => rules.classifySync(example.text).taskType === example.taskType);
    expect(right.length / examples.length).toBeGreaterThan(0.8);
  });
});
