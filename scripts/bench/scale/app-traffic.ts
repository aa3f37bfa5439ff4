import { AppError } from "@/lib/errors";
import type { ClassifierName, PolicyName, RandomSource } from "@/lib/router/types";
import type { AppServices } from "@/lib/server/app-services";
import { executeRouted, finishRoutedOnly } from "@/lib/server/routing/execute-routed";
import type { RouteInput } from "@/lib/server/routing/route-input";
import { startStream, streamRouted } from "@/lib/server/routing/stream-routed";

// Requests sent through the app's own path, as the route handlers run them: classify, decide,
// reserve, call (simulated), and write in one transaction; streams through the streaming path,
// route-only requests without a call. The mix: every policy the instance offers, three
// classifiers, both endpoints, pinned models, streams, route-only requests, and refusals (a cost
// ceiling no model meets).

const CLASSIFIERS: readonly ClassifierName[] = ["cascade", "cascade", "rules", "embedding"];

/** One request of a varied mix, as the console and API clients send them. */
export function mixedRouteInput(random: RandomSource, prompt: string, policies: readonly PolicyName[]): RouteInput {
  const roll = random();
  const chat = roll < 0.35;
  const base: RouteInput = {
    endpoint: chat ? "chat_completions" : "route",
    prompt,
    systemPrompt: random() < 0.2 ? "You are a concise assistant." : null,
    messages: [{ role: "user", content: prompt }],
    classifier: CLASSIFIERS[Math.floor(random() * CLASSIFIERS.length)],
    policy: random() < 0.6 ? undefined : policies[Math.floor(random() * policies.length)],
    execute: chat || random() > 0.06,
    stream: random() < 0.25,
    caller: { apiKeyLabel: random() < 0.7 ? "api key 1a2b3c4d" : "console" },
  };
  if (chat && random() < 0.3) return { ...base, pinnedModelId: random() < 0.5 ? "gpt-4o-mini" : "claude-3-5-haiku" };
  // A cost ceiling no model meets (without relax) is refused as no_eligible_model.
  if (random() < 0.02) return { ...base, constraints: { maxCostUsd: 1e-9, relax: false } };
  if (random() < 0.1) return { ...base, constraints: { maxLatencyMs: 1_000, relax: true } };
  return base;
}

/** Sends it through the app's own path; a refusal is recorded by the app and not an error here. */
export async function sendThroughApp(services: AppServices, input: RouteInput): Promise<void> {
  let routed;
  try {
    routed = await services.decider.decide(input);
  } catch (error) {
    if (error instanceof AppError) return; // refused: already recorded by the decider
    throw error;
  }
  if (!input.execute) await finishRoutedOnly(routed, services.completion);
  else if (input.stream) {
    await startStream(routed, services.completion);
    for await (const event of streamRouted(routed, services.completion)) void event;
  } else await executeRouted(routed, services.completion);
}
