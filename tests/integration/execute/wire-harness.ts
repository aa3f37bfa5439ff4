import { CircuitBreakerRegistry } from "@/lib/router/execute/circuit-breaker";
import type { CircuitBreakerOptionsInput } from "@/lib/router/execute/circuit-breaker-options";
import type { ExecutionPolicyInput } from "@/lib/router/execute/execution-policy";
import type { StreamEvent } from "@/lib/router/execute/execution-types";
import { createExecutor, type Executor } from "@/lib/router/execute/executor";
import { createProviderResolver } from "@/lib/router/providers/resolver";
import { DEFAULT_PROVIDERS } from "@/lib/router/registry/default-models";
import { startAnthropicWireServer } from "@/tests/fakes/anthropic-wire-server";
import { ManualClock } from "@/tests/fakes/manual-clock";
import { startOpenAIWireServer } from "@/tests/fakes/openai-wire-server";
import type { FakeWireServer } from "@/tests/fakes/wire-server";

export const OPENAI_KEY = "sk-proj-wiretest-0123456789ABCDEFGHIJ";
export const ANTHROPIC_KEY = "sk-ant-api03-wiretest-0123456789ABCDEF";

/** Both fake providers, and executors wired to them exactly as the app wires real ones (through base-URL settings). */
export class WireHarness {
  openai!: FakeWireServer;
  anthropic!: FakeWireServer;

  async start(): Promise<void> {
    this.openai = await startOpenAIWireServer();
    this.anthropic = await startAnthropicWireServer();
  }

  reset(): void {
    this.openai.reset();
    this.anthropic.reset();
  }

  async stop(): Promise<void> {
    await Promise.all([this.openai.close(), this.anthropic.close()]);
  }

  executor(options: { policy?: ExecutionPolicyInput; breaker?: CircuitBreakerOptionsInput; clock?: ManualClock } = {}) {
    const clock = options.clock ?? new ManualClock();
    const settings: Record<string, string> = {
      OPENAI_API_KEY: OPENAI_KEY,
      OPENAI_BASE_URL: this.openai.baseUrl,
      ANTHROPIC_API_KEY: ANTHROPIC_KEY,
      ANTHROPIC_BASE_URL: this.anthropic.baseUrl,
    };
    const resolver = createProviderResolver({ providers: DEFAULT_PROVIDERS, credentials: (name) => settings[name], requireCredentials: true });
    const breaker = new CircuitBreakerRegistry({ clock: clock.now, options: options.breaker });
    const executor: Executor = createExecutor({ resolver, breaker, clock: clock.now, sleep: clock.sleep, random: () => 0.5, policy: options.policy });
    return { executor, breaker, clock };
  }
}

export async function collectEvents(stream: AsyncIterable<StreamEvent>): Promise<StreamEvent[]> {
  const events: StreamEvent[] = [];
  for await (const event of stream) events.push(event);
  return events;
}

/** The backoff before the first retry with random fixed at 0.5: 250 ms base, half fixed, half jittered. */
export const FIRST_BACKOFF_MS = 188;
