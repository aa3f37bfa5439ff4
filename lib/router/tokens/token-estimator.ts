import type { Complexity, ModelSpec, RouteRequest, TaskType } from "../types";
import { LruCache } from "../classify/lru-cache";
import { inputTokensForModel } from "./model-token-family";
import { countChatTokens, countO200kTokens, DEFAULT_EXACT_CHARACTER_CAP } from "./o200k-token-counter";
import { defaultOutputTokens } from "./output-token-defaults";
import type { OutputTokenHistory } from "./output-token-history";

// Token estimates for one request: the prompt is counted once with o200k, then converted per model.
// Counts are kept in a small LRU by text: the rule classifier and the selector ask for the same
// prompt, and a conversation resends its earlier messages with every turn.

export interface TokenEstimatorOptions {
  history?: OutputTokenHistory;
  exactCharacterCap?: number;
  approximationFactors?: Readonly<Record<string, number>>;
  /** How many distinct texts' counts to remember. */
  cachedTexts?: number;
}

export interface OutputEstimateQuery {
  taskType: TaskType;
  complexity: Complexity;
  inputTokens: number;
  /** The caller's max_tokens, when given. */
  requestMaxOutputTokens?: number;
  model?: Pick<ModelSpec, "maxOutputTokens">;
}

export class TokenEstimator {
  private readonly history: OutputTokenHistory | undefined;
  private readonly exactCharacterCap: number;
  private readonly factors: Readonly<Record<string, number>> | undefined;
  private readonly counts: LruCache<string, number>;

  constructor(options: TokenEstimatorOptions = {}) {
    this.history = options.history;
    this.exactCharacterCap = options.exactCharacterCap ?? DEFAULT_EXACT_CHARACTER_CAP;
    this.factors = options.approximationFactors;
    this.counts = new LruCache(options.cachedTexts ?? 256);
  }

  /** o200k tokens of one text (exact up to the cap, extrapolated beyond; see o200k-token-counter.ts). */
  countText(text: string): number {
    const cached = this.counts.get(text);
    if (cached !== undefined) return cached;
    const { tokens } = countO200kTokens(text, this.exactCharacterCap);
    this.counts.set(text, tokens);
    return tokens;
  }

  /** o200k tokens of the request's input: the messages with chat framing, or the bare prompt. */
  countRequest(request: Pick<RouteRequest, "prompt" | "messages">): number {
    if (!request.messages || request.messages.length === 0) return this.countText(request.prompt);
    return countChatTokens(request.messages, (text) => this.countText(text));
  }

  inputTokens(model: Pick<ModelSpec, "provider" | "providerModel">, o200kTokens: number): number {
    return inputTokensForModel({ model, o200kTokens, factors: this.factors });
  }

  /** History mean once there is enough of it, the documented default before; capped by both limits. */
  expectedOutputTokens(query: OutputEstimateQuery): number {
    const observed = this.history?.expectedOutputTokens(query.taskType, query.complexity);
    let expected = observed ?? defaultOutputTokens(query);
    if (query.requestMaxOutputTokens !== undefined) expected = Math.min(expected, query.requestMaxOutputTokens);
    if (query.model) expected = Math.min(expected, query.model.maxOutputTokens);
    return Math.max(1, Math.round(expected));
  }
}
