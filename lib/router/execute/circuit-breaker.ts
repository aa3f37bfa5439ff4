import type { CircuitView, Clock } from "../types";
import { circuitBreakerOptionsSchema, type CircuitBreakerOptions, type CircuitBreakerOptionsInput } from "./circuit-breaker-options";
import { RollingWindow } from "./rolling-window";

export type CircuitState = "closed" | "open" | "half_open";
/** What a caller may do now: call normally, call as the one half-open probe, or skip the model. */
export type CircuitPermit = "allowed" | "probe" | "rejected";

/** A model's circuit as the API shows it. Times are ms since the epoch (the injected clock). */
export interface CircuitSnapshot {
  modelId: string;
  state: CircuitState;
  consecutiveFailures: number;
  windowRequests: number;
  windowFailures: number;
  /** Trips since the circuit last closed after a successful probe. */
  trips: number;
  openedAt: number | null;
  /** When the next probe may go (open), or null. */
  retryAt: number | null;
  probeInFlight: boolean;
  /** Why it last opened. */
  lastTripReason: TripReason | null;
}

export type TripReason = "consecutive_failures" | "failure_rate" | "probe_failed";

interface Circuit {
  state: CircuitState;
  consecutiveFailures: number;
  window: RollingWindow;
  trips: number;
  openedAt: number | null;
  retryAt: number | null;
  probeStartedAt: number | null;
  lastTripReason: TripReason | null;
}

/** Per-model circuit breakers; also the CircuitView that selection reads to skip `circuit_open` models. */
export class CircuitBreakerRegistry implements CircuitView {
  private readonly circuits = new Map<string, Circuit>();
  private readonly options: CircuitBreakerOptions;
  private readonly clock: Clock;

  constructor(settings: { clock: Clock; options?: CircuitBreakerOptionsInput }) {
    this.clock = settings.clock;
    this.options = circuitBreakerOptionsSchema.parse(settings.options ?? {});
  }

  isOpen(modelId: string): boolean {
    const circuit = this.circuits.get(modelId);
    if (!circuit || circuit.state === "closed") return false;
    const now = this.clock();
    if (circuit.state === "open") return now < (circuit.retryAt ?? 0);
    return this.probeBusy(circuit, now);
  }

  tryAcquire(modelId: string): CircuitPermit {
    const circuit = this.circuits.get(modelId);
    if (!circuit || circuit.state === "closed") return "allowed";
    const now = this.clock();
    if (circuit.state === "open" && now < (circuit.retryAt ?? 0)) return "rejected";
    if (circuit.state === "half_open" && this.probeBusy(circuit, now)) return "rejected";
    circuit.state = "half_open";
    circuit.probeStartedAt = now;
    return "probe";
  }

  recordSuccess(modelId: string, permit: CircuitPermit): void {
    const circuit = this.circuitFor(modelId);
    if (permit === "probe" && circuit.state === "half_open") {
      circuit.state = "closed";
      circuit.trips = 0;
      circuit.openedAt = null;
      circuit.retryAt = null;
      circuit.probeStartedAt = null;
      circuit.window.clear();
    }
    if (circuit.state !== "closed") return; // a late answer from before the trip decides nothing
    circuit.consecutiveFailures = 0;
    circuit.window.record(this.clock(), false);
  }

  recordFailure(modelId: string, permit: CircuitPermit): void {
    const circuit = this.circuitFor(modelId);
    const now = this.clock();
    if (permit === "probe" && circuit.state === "half_open") {
      this.trip(circuit, now, "probe_failed");
      return;
    }
    if (circuit.state !== "closed") return;
    circuit.consecutiveFailures++;
    circuit.window.record(now, true);
    const { total, failures } = circuit.window.counts(now);
    const rateExceeded = total >= this.options.minRequestsInWindow && failures / total >= this.options.failureRateThreshold;
    if (circuit.consecutiveFailures >= this.options.failureThreshold) this.trip(circuit, now, "consecutive_failures");
    else if (rateExceeded) this.trip(circuit, now, "failure_rate");
  }

  /** The call ended without saying anything about the model's health (the caller aborted). */
  release(modelId: string, permit: CircuitPermit): void {
    const circuit = this.circuits.get(modelId);
    if (circuit && permit === "probe" && circuit.state === "half_open") circuit.probeStartedAt = null;
  }

  snapshot(): CircuitSnapshot[] {
    return [...this.circuits.keys()].map((modelId) => this.stateOf(modelId));
  }

  stateOf(modelId: string): CircuitSnapshot {
    const circuit = this.circuits.get(modelId);
    const now = this.clock();
    const counts = circuit?.window.counts(now) ?? { total: 0, failures: 0 };
    return {
      modelId,
      state: circuit?.state ?? "closed",
      consecutiveFailures: circuit?.consecutiveFailures ?? 0,
      windowRequests: counts.total,
      windowFailures: counts.failures,
      trips: circuit?.trips ?? 0,
      openedAt: circuit?.openedAt ?? null,
      retryAt: circuit?.state === "open" ? circuit.retryAt : null,
      probeInFlight: circuit !== undefined && circuit.state === "half_open" && this.probeBusy(circuit, now),
      lastTripReason: circuit?.lastTripReason ?? null,
    };
  }

  private probeBusy(circuit: Circuit, now: number): boolean {
    return circuit.probeStartedAt !== null && now - circuit.probeStartedAt < this.options.probeTimeoutMs;
  }

  private trip(circuit: Circuit, now: number, reason: TripReason): void {
    circuit.trips++;
    circuit.lastTripReason = reason;
    const cooldown = Math.min(
      this.options.maxCooldownMs,
      this.options.cooldownMs * this.options.cooldownMultiplier ** (circuit.trips - 1),
    );
    circuit.state = "open";
    circuit.openedAt = now;
    circuit.retryAt = now + cooldown;
    circuit.probeStartedAt = null;
    circuit.consecutiveFailures = 0;
  }

  private circuitFor(modelId: string): Circuit {
    let circuit = this.circuits.get(modelId);
    if (!circuit) {
      circuit = {
        state: "closed",
        consecutiveFailures: 0,
        window: new RollingWindow(this.options.windowMs),
        trips: 0,
        openedAt: null,
        retryAt: null,
        probeStartedAt: null,
        lastTripReason: null,
      };
      this.circuits.set(modelId, circuit);
    }
    return circuit;
  }
}
