import type { Sleep } from "@/lib/router/providers/sleep";

/**
 * A clock that moves only when told, and a sleep that records the wait and advances the clock
 * instead of waiting: backoff and retry-after behaviour is asserted without real time passing.
 */
export class ManualClock {
  readonly sleeps: number[] = [];
  constructor(private nowMs = 1_764_000_000_000) {}

  readonly now = (): number => this.nowMs;

  advance(ms: number): void {
    this.nowMs += ms;
  }

  readonly sleep: Sleep = async (ms, signal) => {
    if (signal?.aborted) throw signal.reason;
    this.sleeps.push(ms);
    this.nowMs += ms;
  };
}
