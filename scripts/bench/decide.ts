// In-process decision time of the router core (classify + select + explain), over 10,000 varied
// prompts, for: the rule path, the cascade with the local embedder, and the adaptive policies over
// learned statistics. Each scenario runs in its own fresh Node process (so one scenario's JIT
// feedback and heap never slow another), is warmed up, then timed per decision in µs. The set runs
// ROUNDS times; the table shows, per scenario, the median across rounds of each percentile.
// Targets (2-core machine): rule path p50 < 50 µs, p99 < 500 µs; cascade p50 < 300 µs.
// Run: npm run bench:decide [-- --rounds 3 --prompts 10000 --only rules]. Writes bench-results/decide/<time>.json.

import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { CascadeClassifier } from "@/lib/router/classify/cascade-classifier";
import { defaultLocalEmbedder } from "@/lib/router/classify/default-local-embedder";
import { EmbeddingClassifier } from "@/lib/router/classify/embedding-classifier";
import { loadDefaultExamples } from "@/lib/router/classify/labelled-examples";
import { RuleClassifier } from "@/lib/router/classify/rule-classifier";
import { InMemoryAdaptiveStatsStore } from "@/lib/router/learning/in-memory-stats-store";
import { seededRandom } from "@/lib/router/learning/seeded-random";
import { EpsilonGreedyPolicy } from "@/lib/router/policies/epsilon-greedy-policy";
import { ThompsonSamplingPolicy } from "@/lib/router/policies/thompson-sampling-policy";
import { DEFAULT_MODELS } from "@/lib/router/registry/default-models";
import { createRouter, type Router } from "@/lib/router/router";
import { TokenEstimator } from "@/lib/router/tokens/token-estimator";
import { COMPLEXITIES, type RandomSource, TASK_TYPES } from "@/lib/router/types";
import { median } from "@/scripts/bench/statistics";

const option = (name: string) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : undefined);
const ROUNDS = Number(option("rounds") ?? 3);
const PROMPTS = Number(option("prompts") ?? 10_000);
const ONLY = option("only");
const WARMUP = 2_000;
const T0 = Date.UTC(2025, 5, 1, 12);

// Varied prompts: the labelled examples recombined with openers, context paragraphs, pasted code
// and documents, so lengths run from a few words to ~20k characters (1% over 4k, as in real traffic).
const OPENERS = ["", "Hi! ", "Quick question: ", "Please help. ", "As a senior engineer, ", "For my class, ", "Urgent: "];
const CONTEXT = [
  "We are a small team of five building a B2B invoicing product.",
  "I tried searching online but the answers contradicted each other.",
  "Keep it under 200 words and use plain language.",
  "Our deadline is Friday and the stakeholders are nervous.",
  "The previous attempt failed because nobody documented the assumptions.",
];
const CODE = "```ts\nexport function total(items: { price: number; qty: number }[]) {\n  return items.reduce((sum, item) => sum + item.price * item.qty, 0);\n}\n```";
const DOCUMENT = "The quarterly report shows revenue of $4.2M, up 12% year over year, driven by enterprise plans. ";

function generatePrompts(count: number, random: RandomSource): string[] {
  const examples = loadDefaultExamples().map((example) => example.text);
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
  return Array.from({ length: count }, () => {
    const roll = random();
    let prompt = `${pick(OPENERS)}${pick(examples)}`;
    if (roll < 0.3) prompt += ` ${pick(CONTEXT)}`;
    else if (roll < 0.45) prompt = `${pick(examples)} Also: ${prompt}`;
    else if (roll < 0.55) prompt += `\n${CODE}`;
    else if (roll < 0.6) prompt += `\n\n${DOCUMENT.repeat(3 + Math.floor(random() * 20))}`;
    else if (roll < 0.61) prompt = `${DOCUMENT.repeat(40 + Math.floor(random() * 160))}\n\n${prompt}`;
    return prompt;
  });
}

async function trainedStats(random: RandomSource): Promise<InMemoryAdaptiveStatsStore> {
  const stats = new InMemoryAdaptiveStatsStore();
  for (let event = 0; event < 20_000; event++) {
    const model = DEFAULT_MODELS[Math.floor(random() * DEFAULT_MODELS.length)]!;
    await stats.increment({
      cell: { complexity: COMPLEXITIES[event % 4]!, taskType: TASK_TYPES[event % 8]!, modelId: model.id },
      at: T0 - Math.floor(random() * 7 * 86_400_000),
      requests: 1,
      successes: random() < 0.95 ? 1 : 0,
      latencyMs: model.latencyMs * (0.5 + random()),
      ratings: 1,
      quality: Math.min(1, model.qualityScore * (0.8 + 0.3 * random())),
    });
  }
  return stats;
}

interface Scenario {
  key: string;
  name: string;
  target?: { p50: number; p99?: number };
  build: () => Promise<Router>;
}

// One remembered token count: the classifier and the selector share the prompt's count, but no
// prompt's count is reused from an earlier request (the worst case for repeated traffic).
function rulesRouter(extra: Parameters<typeof createRouter>[0] = {}): Router {
  const tokens = new TokenEstimator({ cachedTexts: 1 });
  const classifier = new RuleClassifier({ countTokens: (text) => tokens.countText(text) });
  return createRouter({ clock: () => T0 + 1_800_000, random: seededRandom(99), recordDecisions: false, tokens, classifier, ...extra });
}

const SCENARIOS: Scenario[] = [
  { key: "rules", name: "rules + static (rule path)", target: { p50: 50, p99: 500 }, build: async () => rulesRouter() },
  {
    key: "cascade",
    name: "cascade: rules -> local embedder",
    target: { p50: 300 },
    build: async () => {
      const tokens = new TokenEstimator({ cachedTexts: 1 });
      const countTokens = (text: string) => tokens.countText(text);
      const classifier = new CascadeClassifier({
        rules: new RuleClassifier({ countTokens }),
        embedding: EmbeddingClassifier.createSync({ embedder: defaultLocalEmbedder(), countTokens }),
      });
      return rulesRouter({ tokens, classifier });
    },
  },
  {
    key: "epsilon",
    name: "rules + adaptive (epsilon-greedy)",
    build: async () => {
      const stats = await trainedStats(seededRandom(7));
      return rulesRouter({ stats, policy: new EpsilonGreedyPolicy({ stats }) });
    },
  },
  {
    key: "thompson",
    name: "rules + adaptive (Thompson, 50-draw propensity)",
    build: async () => {
      const stats = await trainedStats(seededRandom(7));
      return rulesRouter({ stats, policy: new ThompsonSamplingPolicy({ stats }) });
    },
  },
];

interface Timing {
  p50: number;
  p90: number;
  p99: number;
  mean: number;
}

const percentile = (sorted: Float64Array, share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;

/** Child process: build one scenario, warm up, time every decision, print the timing as JSON. */
async function runChild(key: string): Promise<void> {
  const scenario = SCENARIOS.find((candidate) => candidate.key === key)!;
  const prompts = generatePrompts(PROMPTS, seededRandom(2025));
  const router = await scenario.build();
  for (let index = 0; index < WARMUP; index++) await router.decide({ prompt: prompts[index % prompts.length]! });
  const micros = new Float64Array(prompts.length);
  for (let index = 0; index < prompts.length; index++) {
    const started = process.hrtime.bigint();
    await router.decide({ prompt: prompts[index]! });
    micros[index] = Number(process.hrtime.bigint() - started) / 1_000;
  }
  micros.sort();
  const timing: Timing = {
    p50: percentile(micros, 0.5),
    p90: percentile(micros, 0.9),
    p99: percentile(micros, 0.99),
    mean: micros.reduce((sum, value) => sum + value, 0) / micros.length,
  };
  process.stdout.write(`${JSON.stringify(timing)}\n`);
}

function runInFreshProcess(key: string): Timing {
  const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, "--child", key, "--prompts", String(PROMPTS)], {
    encoding: "utf8",
  });
  if (child.status !== 0) throw new Error(`scenario ${key} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").at(-1)!) as Timing;
}

async function main() {
  const prompts = generatePrompts(PROMPTS, seededRandom(2025));
  const lengths = prompts.map((prompt) => prompt.length).sort((left, right) => left - right);
  console.log(`decide benchmark: ${PROMPTS} prompts (${lengths[0]}–${lengths.at(-1)} chars, median ${lengths[lengths.length >> 1]}), ${ROUNDS} rounds`);
  const selected = SCENARIOS.filter((scenario) => !ONLY || scenario.key === ONLY);
  const rounds = new Map<string, Timing[]>(selected.map((scenario) => [scenario.key, []]));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const scenario of selected) rounds.get(scenario.key)!.push(runInFreshProcess(scenario.key));
    console.log(`round ${round}: ${selected.map((scenario) => `${scenario.key} p50 ${rounds.get(scenario.key)!.at(-1)!.p50.toFixed(1)} µs`).join(", ")}`);
  }
  const rows = selected.map((scenario) => {
    const runs = rounds.get(scenario.key)!;
    const summary = {
      scenario: scenario.name,
      p50: median(runs.map((run) => run.p50)),
      p90: median(runs.map((run) => run.p90)),
      p99: median(runs.map((run) => run.p99)),
      mean: median(runs.map((run) => run.mean)),
    };
    const target = scenario.target;
    const met = target && summary.p50 < target.p50 && (target.p99 === undefined || summary.p99 < target.p99);
    return {
      ...summary,
      target: target ? `p50<${target.p50}${target.p99 ? ` p99<${target.p99}` : ""}` : "",
      verdict: target ? (met ? "met" : "MISSED") : "",
      rounds: runs,
    };
  });
  console.table(
    rows.map((row) => ({
      scenario: row.scenario,
      "p50 µs": row.p50.toFixed(1),
      "p90 µs": row.p90.toFixed(1),
      "p99 µs": row.p99.toFixed(1),
      "mean µs": row.mean.toFixed(1),
      target: row.target,
      verdict: row.verdict,
    })),
  );
  const directory = "bench-results/decide";
  mkdirSync(directory, { recursive: true });
  const file = `${directory}/${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
  const machine = { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version, loadAverageAtEnd: loadavg() };
  writeFileSync(file, JSON.stringify({ prompts: PROMPTS, rounds: ROUNDS, warmup: WARMUP, machine, results: rows }, null, 2));
  console.log(`wrote ${file} (load average at the end ${loadavg().map((value) => value.toFixed(1)).join(" ")}: other work on this machine inflates the timings)`);
}

const child = option("child");
(child ? runChild(child) : main()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
