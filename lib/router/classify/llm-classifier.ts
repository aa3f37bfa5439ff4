import { countO200kTokens } from "../tokens/o200k-token-counter";
import type { Classification, Classifier, ClassifyOptions, CompletionPort, SyncClassifier } from "../types";
import {
  classificationMessages,
  InvalidClassificationReplyError,
  parseClassificationReply,
} from "./llm-classification-prompt";
import { LruCache } from "./lru-cache";
import { promptHash } from "./prompt-hash";
import { describePrompt } from "./prompt-features";
import { RuleClassifier } from "./rule-classifier";

// Asks a cheap model (through the CompletionPort the execution layer provides) to classify, validates
// the JSON answer with zod, and on any failure (timeout, abort, provider error, invalid reply) returns
// the rule-based result with the failure in `fallbackReason`. Successful answers are cached by prompt
// hash in a bounded LRU; concurrent requests for the same prompt share one call.

export interface LlmClassifierOptions {
  completion: CompletionPort;
  /** Registry id of the model to ask. */
  model?: string;
  timeoutMs?: number;
  cacheSize?: number;
  /** Used when the LLM fails; defaults to the rule classifier. */
  fallback?: SyncClassifier;
  countTokens?: (text: string) => number;
}

export const DEFAULT_LLM_CLASSIFIER_MODEL = "gpt-4o-mini";
export const DEFAULT_LLM_TIMEOUT_MS = 3_000;
/** Used when the model omits its confidence: self-reported confidence is uncalibrated anyway. */
const DEFAULT_LLM_CONFIDENCE = 0.75;

export type LlmAttempt = { ok: true; classification: Classification } | { ok: false; reason: string };

export class LlmClassifier implements Classifier {
  readonly name = "llm" as const;
  readonly model: string;
  private readonly completion: CompletionPort;
  private readonly timeoutMs: number;
  private readonly cache: LruCache<string, Classification>;
  private readonly inFlight = new Map<string, Promise<LlmAttempt>>();
  private readonly fallback: SyncClassifier;
  private readonly countTokens: (text: string) => number;

  constructor(options: LlmClassifierOptions) {
    this.completion = options.completion;
    this.model = options.model ?? DEFAULT_LLM_CLASSIFIER_MODEL;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_LLM_TIMEOUT_MS;
    this.cache = new LruCache(options.cacheSize ?? 1_000);
    this.countTokens = options.countTokens ?? ((text) => countO200kTokens(text).tokens);
    this.fallback = options.fallback ?? new RuleClassifier({ countTokens: this.countTokens });
  }

  async classify(prompt: string, options?: ClassifyOptions): Promise<Classification> {
    const attempt = await this.attempt(prompt, options);
    if (attempt.ok) return attempt.classification;
    return { ...this.fallback.classifySync(prompt), fallbackReason: attempt.reason };
  }

  /** One classification by the model, or the reason it failed (nothing is thrown). */
  async attempt(prompt: string, options?: ClassifyOptions): Promise<LlmAttempt> {
    const key = promptHash(`${this.model}\u0000${prompt}`);
    const cached = this.cache.get(key);
    if (cached) return { ok: true, classification: cached };
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.callModel(prompt, options?.signal).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    const attempt = await pending;
    if (attempt.ok) this.cache.set(key, attempt.classification);
    return attempt;
  }

  private async callModel(prompt: string, callerSignal: AbortSignal | undefined): Promise<LlmAttempt> {
    const timeout = new AbortController();
    const signal = callerSignal ? AbortSignal.any([callerSignal, timeout.signal]) : timeout.signal;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => {
        timeout.abort();
        resolve("timeout");
      }, this.timeoutMs);
    });
    try {
      const call = this.completion.complete({
        model: this.model,
        messages: classificationMessages(prompt),
        timeoutMs: this.timeoutMs,
        signal,
        maxOutputTokens: 60,
        temperature: 0,
      });
      // The race guards against a port that ignores the abort signal.
      const reply = await Promise.race([call, timedOut]);
      if (reply === "timeout") return { ok: false, reason: `llm_timeout: no answer within ${this.timeoutMs} ms` };
      const answer = parseClassificationReply(reply.text);
      return {
        ok: true,
        classification: {
          complexity: answer.complexity,
          taskType: answer.task_type,
          confidence: answer.confidence ?? DEFAULT_LLM_CONFIDENCE,
          classifier: "llm",
          features: { ...describePrompt(prompt, this.countTokens), signals: [`llm:${this.model}`] },
        },
      };
    } catch (error) {
      if (callerSignal?.aborted) return { ok: false, reason: "llm_aborted: the caller cancelled the request" };
      if (timeout.signal.aborted) return { ok: false, reason: `llm_timeout: no answer within ${this.timeoutMs} ms` };
      return { ok: false, reason: describeFailure(error) };
    } finally {
      clearTimeout(timer);
    }
  }
}

function describeFailure(error: unknown): string {
  const kind = error instanceof InvalidClassificationReplyError ? "llm_invalid_reply" : "llm_error";
  const message = error instanceof Error ? error.message : String(error);
  // Provider messages can echo credentials in rare cases; never pass anything key-shaped along.
  const redacted = message.replace(/\b(sk|pk|key|api)[-_][A-Za-z0-9_-]{8,}/gi, "[redacted]").replace(/\s+/g, " ");
  return `${kind}: ${redacted.slice(0, 160)}`;
}
