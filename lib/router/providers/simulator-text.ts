import type { RandomSource } from "../types";
import { countTextTokens } from "../tokens/o200k-token-counter";

// The simulator's answers must look useful (so the console can be explored) and must never pass
// for a model's answer: they open by saying they are simulated and why, then outline what a real
// answer would cover, built from the prompt's own key terms.

interface PromptShape {
  label: string;
  /** Typical answer length relative to the default. */
  lengthFactor: number;
  outline: readonly string[];
}

const SHAPES: ReadonlyArray<{ cue: RegExp; shape: PromptShape }> = [
  { cue: /```|\b(code|function|implement|debug|refactor|typescript|python)\b/i, shape: { label: "a coding request", lengthFactor: 1.6, outline: ["restate the requirement around {a}", "sketch the code for {a} step by step", "handle edge cases involving {b}", "show how to test {c}"] } },
  { cue: /\b(summari[sz]e|summary|tl;?dr|brief)\b/i, shape: { label: "a summarisation request", lengthFactor: 0.7, outline: ["condense the main point about {a}", "keep the detail on {b}", "drop what is secondary, such as {c}"] } },
  { cue: /\btranslat/i, shape: { label: "a translation request", lengthFactor: 0.6, outline: ["translate the text about {a}", "keep the tone and terms such as {b}"] } },
  { cue: /\b(poem|story|imagine|creative|lyrics)\b/i, shape: { label: "a creative request", lengthFactor: 1.4, outline: ["set the scene around {a}", "develop {b} with concrete images", "end on {c}"] } },
  { cue: /\b(prove|derive|analy[sz]e|evaluate|compare|why|trade-?offs?)\b/i, shape: { label: "a reasoning request", lengthFactor: 1.5, outline: ["state the question about {a} precisely", "reason through {b} one step at a time", "weigh the alternatives involving {c}", "conclude with a justified answer"] } },
  { cue: /^\s*(what|who|when|where)\s+(is|was|are|were|did)\b|\bdefine\b/i, shape: { label: "a short factual question", lengthFactor: 0.5, outline: ["answer directly what {a} is", "add one line of context about {b}"] } },
  { cue: /\b(explain|describe|how)\b/i, shape: { label: "an explanation request", lengthFactor: 1.2, outline: ["explain what {a} is", "connect {a} to {b}", "give a concrete example involving {c}", "close with a short summary"] } },
];

const DEFAULT_SHAPE: PromptShape = { label: "a general request", lengthFactor: 1, outline: ["respond to the point about {a}", "add relevant detail on {b}", "offer a next step involving {c}"] };

const FOLLOW_UPS = ["go deeper into {a}: {angle}", "for {a}, cover {angle}", "relate {a} to {b}, noting {angle}"];

const ANGLES = ["its definition", "a worked example", "common pitfalls", "trade-offs", "how to verify it", "related concepts", "edge cases", "practical next steps"];

const STOPWORDS = new Set("about above after again also because been before being below between both could does doing during each from further have having here into itself just more most other over same should some such than that their them then there these they this those through under until very what when where which while with would your yours please write tell give make explain describe example examples show list using need want like handle handles into does".split(" "));

function keyTerms(prompt: string): string[] {
  const counts = new Map<string, number>();
  for (const word of prompt.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}_-]{3,}/gu) ?? []) {
    if (!STOPWORDS.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  // Most frequent first; Map order (first occurrence) breaks ties, so the result is deterministic.
  return [...counts.entries()].sort((left, right) => right[1] - left[1]).slice(0, 5).map(([word]) => word);
}

export interface SimulatedAnswerInput {
  modelId: string;
  reason: string;
  prompt: string;
  promptTokens: number;
  maxOutputTokens: number;
  /** Seeded from the configuration, the model and the prompt: same inputs, same answer. */
  random: RandomSource;
}

export interface SimulatedAnswer {
  text: string;
  outputTokens: number;
  finishReason: "stop" | "length";
}

export function composeSimulatedAnswer(input: SimulatedAnswerInput): SimulatedAnswer {
  const shape = SHAPES.find((candidate) => candidate.cue.test(input.prompt))?.shape ?? DEFAULT_SHAPE;
  const terms = keyTerms(input.prompt);
  const term = (index: number) => `"${terms[index % Math.max(terms.length, 1)] ?? "your topic"}"`;
  // Longer prompts get longer answers, within the range real chat answers usually fall in.
  const base = Math.min(150 + input.promptTokens * 0.8, 900);
  const target = Math.min(Math.round(base * shape.lengthFactor * (0.7 + input.random() * 0.6)), input.maxOutputTokens);

  const header = `[Simulated answer: ${input.reason}. ${input.modelId} was not called; the built-in simulator wrote this text so routing, streaming and cost accounting can be tried without a provider.]`;
  const summary = `\n\nYour prompt (${input.promptTokens} tokens) reads as ${shape.label}${terms.length > 0 ? `; its key terms are ${terms.map((word) => `"${word}"`).join(", ")}` : ""}.`;
  const outline = shape.outline.map((item) => `\n- ${item.replace("{a}", term(0)).replace("{b}", term(1)).replace("{c}", term(2))}`);
  const body = [summary, `\n\nA real answer from ${input.modelId} would likely:`, ...outline];

  // The honesty header is always kept, even past a tiny limit; everything else must fit.
  let text = header;
  let tokens = countTextTokens(text);
  let finishReason: SimulatedAnswer["finishReason"] = "stop";
  const append = (part: string): boolean => {
    const partTokens = countTextTokens(part);
    if (tokens + partTokens > input.maxOutputTokens) {
      finishReason = "length";
      return false;
    }
    text += part;
    tokens += partTokens;
    return true;
  };
  for (const part of body) if (!append(part)) break;
  const pick = <T,>(items: readonly T[]): T | undefined => items[Math.floor(input.random() * items.length)];
  while (finishReason === "stop" && tokens < target) {
    const template = pick(FOLLOW_UPS) ?? FOLLOW_UPS[0];
    const line = template?.replace("{a}", term(Math.floor(input.random() * 5))).replace("{b}", term(Math.floor(input.random() * 5))).replace("{angle}", pick(ANGLES) ?? "details");
    if (!line || !append(`\n- ${line}`)) break;
  }
  const outputTokens = countTextTokens(text);
  return { text, outputTokens, finishReason: outputTokens > input.maxOutputTokens ? "length" : finishReason };
}
