import type { RandomSource } from "@/lib/router/types";

// Prompts of the kinds and lengths a routing console sees: one-line questions, coding tasks with
// code blocks, reasoning problems, creative briefs, and long documents to summarise or extract
// from (a few thousand characters). Built from word lists with a seeded random source, so the
// same seed gives the same prompts; the router classifies them as it would real ones.

const TOPICS = [
  "hash maps", "TCP congestion control", "photosynthesis", "the French revolution", "compound interest", "vector databases",
  "garbage collection", "supply chains", "plate tectonics", "the Krebs cycle", "OAuth 2.0", "index fragmentation",
  "inflation targeting", "quantum tunnelling", "consensus protocols", "sourdough fermentation", "container orchestration",
  "customer churn", "load balancing", "the water cycle", "public key cryptography", "carbon pricing", "B-trees", "jazz harmony",
];
const LANGUAGES = ["Python", "TypeScript", "Go", "Rust", "SQL", "Java", "Bash", "C#"];
const CODE_TASKS = [
  "Write a function that deduplicates a list while keeping the order",
  "Refactor this code so it is easier to test",
  "Find the bug in this function and fix it",
  "Add error handling and retries with exponential backoff to this client",
  "Write unit tests for this module",
  "Implement a rate limiter using a token bucket",
  "Optimise this query; it is slow on large tables",
  "Convert this callback-based code to async/await",
];
const REASONING = [
  "Prove that the square root of 2 is irrational, step by step.",
  "A train leaves at 9:40 at 84 km/h and another at 10:05 at 110 km/h on the same track. When does the second catch up? Show your reasoning.",
  "Analyze the trade-offs between strong and eventual consistency for a shopping cart, and recommend one.",
  "Derive the closed form of the sum of the first n cubes and prove it by induction.",
  "Compare three strategies to reduce cloud costs by 30% without hurting latency, and justify the best one.",
  "Evaluate whether this argument is valid and explain why: all squares are rectangles, some rectangles are large, so some squares are large.",
];
const CREATIVE = [
  "Write a short story about a lighthouse keeper who finds a message in a bottle.",
  "Write a haiku sequence about the first snow in a city.",
  "Draft a product launch announcement for a reusable coffee cup, upbeat and under 150 words.",
  "Write a poem in the style of a sea shanty about debugging production at 3 a.m.",
  "Invent a myth explaining why the moon changes shape.",
];
const QUESTIONS = [
  "What is the capital of Australia?",
  "How many bytes are in a kilobyte?",
  "Translate 'good morning, how are you?' into Spanish.",
  "What year did the Berlin Wall fall?",
  "Define latency in one sentence.",
  "Summarise the plot of Hamlet in two sentences.",
  "List five synonyms for happy.",
  "Hi! Can you help me?",
];
const WORDS = (
  "the system customer order report revenue quarter team update release service request latency budget region market " +
  "policy contract invoice shipment warehouse schedule incident review metric dashboard account payment delivery feature " +
  "migration database cluster deadline project analysis forecast growth churn pricing support ticket outage recovery plan"
).split(" ");

const pick = <T>(random: RandomSource, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function sentence(random: RandomSource): string {
  const length = 8 + Math.floor(random() * 14);
  const words = Array.from({ length }, () => pick(random, WORDS));
  return `${words[0]!.charAt(0).toUpperCase()}${words[0]!.slice(1)} ${words.slice(1).join(" ")}.`;
}

function paragraphs(random: RandomSource, characters: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < characters) {
    const text = Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentence(random)).join(" ");
    parts.push(text);
    size += text.length + 2;
  }
  return parts.join("\n\n");
}

function codeBlock(random: RandomSource, language: string): string {
  const lines = 6 + Math.floor(random() * 40);
  const body = Array.from({ length: lines }, (_, index) => `  const value${index} = compute(${pick(random, WORDS)}, ${Math.floor(random() * 1000)});`);
  return `\`\`\`${language.toLowerCase()}\nfunction handle(input) {\n${body.join("\n")}\n  return value0;\n}\n\`\`\``;
}

/** One prompt, its kind chosen with the weights of a typical mix (short questions most often). */
export function generatePrompt(random: RandomSource): string {
  const roll = random();
  if (roll < 0.3) return pick(random, QUESTIONS);
  if (roll < 0.45) return `Explain ${pick(random, TOPICS)} ${pick(random, ["simply", "to a new engineer", "with an example", "in detail"])}.`;
  if (roll < 0.62) return `${pick(random, CODE_TASKS)} in ${pick(random, LANGUAGES)}:\n\n${codeBlock(random, pick(random, LANGUAGES))}`;
  if (roll < 0.74) return pick(random, REASONING);
  if (roll < 0.84) return pick(random, CREATIVE);
  // Long documents: a summary or an extraction over 1,000–6,000 characters of text.
  const task = pick(random, ["Summarise the following report in five bullet points", "Extract every date, amount and customer name from this text as JSON", "Review this document and list the risks it mentions"]);
  return `${task}:\n\n${paragraphs(random, 1_000 + Math.floor(random() * 5_000))}`;
}
