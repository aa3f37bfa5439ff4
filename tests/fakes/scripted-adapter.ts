import type { TokenUsage } from "@/lib/router/cost/model-cost";
import type { ProviderAdapter, ProviderCallInput, ProviderStreamChunk } from "@/lib/router/providers/adapter";
import { ProviderError, type ProviderErrorInit } from "@/lib/router/providers/provider-error";
import { waitForAbort } from "@/lib/router/providers/sleep";

type FailureInit = Omit<ProviderErrorInit, "providerId" | "message"> & { message?: string };

/** One scripted call of an in-memory adapter (unit tests; the wire fakes cover real HTTP). */
export type ScriptedOutcome =
  | { kind: "reply"; text: string; usage?: TokenUsage | null }
  | { kind: "fail"; error: FailureInit }
  | { kind: "hang" }
  /** Streams `deltas`, then throws `error` (or finishes when absent). */
  | { kind: "stream"; deltas: string[]; error?: FailureInit; usage?: TokenUsage | null }
  | { kind: "throw"; error: Error };

const DEFAULT_USAGE: TokenUsage = { inputTokens: 10, cachedInputTokens: 0, outputTokens: 5 };

export class ScriptedAdapter implements ProviderAdapter {
  readonly kind = "openai" as const;
  readonly calls: ProviderCallInput[] = [];
  private readonly outcomes: ScriptedOutcome[];

  constructor(readonly providerId: string, outcomes: ScriptedOutcome[] = []) {
    this.outcomes = [...outcomes];
  }

  private next(input: ProviderCallInput): ScriptedOutcome {
    this.calls.push(input);
    return this.outcomes.shift() ?? { kind: "reply", text: `answer from ${input.model.id}` };
  }

  private error(init: FailureInit): ProviderError {
    return new ProviderError({ ...init, providerId: this.providerId, message: init.message ?? `${this.providerId} ${init.errorClass}` });
  }

  async complete(input: ProviderCallInput) {
    const outcome = this.next(input);
    switch (outcome.kind) {
      case "throw":
        throw outcome.error;
      case "hang":
        return waitForAbort(input.signal);
      case "fail":
        throw this.error(outcome.error);
      case "stream":
        if (outcome.error) throw this.error(outcome.error);
        return { text: outcome.deltas.join(""), usage: outcome.usage === undefined ? DEFAULT_USAGE : outcome.usage, finishReason: "stop" };
      case "reply":
        return { text: outcome.text, usage: outcome.usage === undefined ? DEFAULT_USAGE : outcome.usage, finishReason: "stop" };
    }
  }

  async *stream(input: ProviderCallInput): AsyncGenerator<ProviderStreamChunk> {
    const outcome = this.next(input);
    if (outcome.kind === "throw") throw outcome.error;
    if (outcome.kind === "hang") await waitForAbort(input.signal);
    if (outcome.kind === "fail") throw this.error(outcome.error);
    if (outcome.kind !== "stream" && outcome.kind !== "reply") return;
    const deltas = outcome.kind === "stream" ? outcome.deltas : outcome.text.split(/(?<= )/);
    for (const text of deltas) yield { type: "delta", text };
    if (outcome.kind === "stream" && outcome.error) throw this.error(outcome.error);
    const usage = outcome.usage === undefined ? DEFAULT_USAGE : outcome.usage;
    if (usage) yield { type: "usage", usage };
    yield { type: "finish", finishReason: "stop" };
  }
}
