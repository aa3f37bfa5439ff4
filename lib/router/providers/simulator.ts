import type { RandomSource } from "../types";
import type { ProviderAdapter, ProviderCallInput, ProviderCompletion, ProviderStreamChunk } from "./adapter";
import { countChatTokens } from "../tokens/o200k-token-counter";
import { ProviderError } from "./provider-error";
import { hashToSeed, normalDraw, seededRandom } from "../learning/seeded-random";
import { simulatorConfigSchema, type SimulatorConfigInput } from "./simulator-config";
import { drawFault, type SimulatedFault } from "./simulator-faults";
import { composeSimulatedAnswer, type SimulatedAnswer } from "./simulator-text";
import { realSleep, waitForAbort, type Sleep } from "./sleep";

export interface SimulatorAdapterSettings {
  /** The provider this simulator stands in for, e.g. "openai". */
  providerId: string;
  /** Why it is simulated, e.g. "no OPENAI_API_KEY"; every answer opens with it. */
  reason: string;
  config?: SimulatorConfigInput;
  sleep?: Sleep;
}

export interface SimulatorAdapter extends ProviderAdapter {
  readonly reason: string;
}

// Spread of latencies around the registered figure (log-normal, sigma 0.25, mean preserved).
const LATENCY_SIGMA = 0.25;
// Share of the latency spent before the first token of a stream.
const FIRST_TOKEN_SHARE = 0.25;

export function createSimulatorAdapter(settings: SimulatorAdapterSettings): SimulatorAdapter {
  const config = simulatorConfigSchema.parse(settings.config ?? {});
  const sleep = settings.sleep ?? realSleep;
  const { providerId, reason } = settings;
  let callIndex = 0;

  const pause = (ms: number, signal: AbortSignal) => (ms > 0 ? sleep(ms, signal) : Promise.resolve());
  const fail = (errorClass: ProviderError["errorClass"], status: number, detail: string, retryAfterMs?: number) =>
    new ProviderError({ errorClass, status, providerId, retryAfterMs, message: `${providerId} ${errorClass} (HTTP ${status}): simulated ${detail}` });

  // Each call gets its own generator, seeded by the configuration and its position in the run,
  // so a repeated run injects the same failures at the same calls.
  function beginCall(input: ProviderCallInput, streaming: boolean) {
    const random = seededRandom(hashToSeed(config.seed, providerId, callIndex++));
    const fault = drawFault(config.faults, random, streaming);
    const latencyMs = input.model.latencyMs * config.latencyScale * Math.exp(LATENCY_SIGMA * normalDraw(random) - LATENCY_SIGMA ** 2 / 2);
    const promptTokens = countChatTokens(input.messages);
    return { random, fault, latencyMs, promptTokens };
  }

  async function failIfFaulty(fault: SimulatedFault, latencyMs: number, input: ProviderCallInput): Promise<void> {
    if (fault === "timeout") await waitForAbort(input.signal);
    if (fault === "rate_limited") throw fail("rate_limited", 429, "rate limit", config.faults.rateLimitRetryAfterSeconds * 1000);
    if (fault === "server_error") {
      await pause(latencyMs * FIRST_TOKEN_SHARE, input.signal);
      throw fail("server_error", 500, "server error");
    }
    if (fault === "malformed") {
      await pause(latencyMs, input.signal);
      throw fail("malformed_response", 200, "malformed response body");
    }
  }

  function answerFor(input: ProviderCallInput, promptTokens: number): SimulatedAnswer {
    if (promptTokens > input.model.contextWindow) {
      throw fail("context_length", 400, `context length error: ${promptTokens} prompt tokens exceed ${input.model.contextWindow}`);
    }
    const prompt = input.messages.filter((message) => message.role === "user").at(-1)?.content ?? "";
    const random: RandomSource = seededRandom(hashToSeed(config.seed, input.model.id, prompt));
    return composeSimulatedAnswer({
      modelId: input.model.id,
      reason,
      prompt,
      promptTokens,
      maxOutputTokens: input.maxOutputTokens ?? input.model.maxOutputTokens,
      random,
    });
  }

  async function complete(input: ProviderCallInput): Promise<ProviderCompletion> {
    const call = beginCall(input, false);
    const answer = answerFor(input, call.promptTokens);
    await failIfFaulty(call.fault, call.latencyMs, input);
    await pause(call.latencyMs, input.signal);
    return {
      text: answer.text,
      usage: { inputTokens: call.promptTokens, cachedInputTokens: 0, outputTokens: answer.outputTokens },
      finishReason: answer.finishReason,
    };
  }

  async function* stream(input: ProviderCallInput): AsyncGenerator<ProviderStreamChunk> {
    const call = beginCall(input, true);
    const answer = answerFor(input, call.promptTokens);
    await failIfFaulty(call.fault, call.latencyMs, input);
    // Chunks of one to three words, as real streams deliver them.
    const words = answer.text.match(/\S+\s*|\s+/g) ?? [];
    const chunks: string[] = [];
    for (let index = 0; index < words.length; ) {
      const size = 1 + Math.floor(call.random() * 3);
      chunks.push(words.slice(index, index + size).join(""));
      index += size;
    }
    const breakAfter = call.fault === "stream_break" ? Math.max(1, Math.floor(chunks.length * (0.2 + 0.6 * call.random()))) : -1;
    const perChunkMs = (call.latencyMs * (1 - FIRST_TOKEN_SHARE)) / Math.max(chunks.length, 1);
    await pause(call.latencyMs * FIRST_TOKEN_SHARE, input.signal);
    for (const [index, text] of chunks.entries()) {
      if (index === breakAfter) {
        throw new ProviderError({ errorClass: "stream_interrupted", providerId, message: `${providerId} stream_interrupted: simulated stream break after ${index} chunks` });
      }
      if (index > 0) await pause(perChunkMs, input.signal);
      yield { type: "delta", text };
    }
    yield { type: "usage", usage: { inputTokens: call.promptTokens, cachedInputTokens: 0, outputTokens: answer.outputTokens } };
    yield { type: "finish", finishReason: answer.finishReason };
  }

  return { providerId, kind: "simulator", reason, complete, stream };
}
