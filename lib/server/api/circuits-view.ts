import type { CircuitBreakerRegistry } from "@/lib/router/execute/circuit-breaker";
import type { ModelSpec } from "@/lib/router/types";
import type { z } from "zod";
import type { circuitSchema } from "@/lib/schemas/circuits";

// GET /v1/circuits: every registered model's circuit breaker on this instance (closed until it has
// seen failures), plus any breaker for a model no longer registered.

export function circuitsView(breaker: CircuitBreakerRegistry, models: readonly ModelSpec[]): z.infer<typeof circuitSchema>[] {
  const ids = [...new Set([...models.map((model) => model.id), ...breaker.snapshot().map((circuit) => circuit.modelId)])];
  return ids.map((modelId) => {
    const circuit = breaker.stateOf(modelId);
    return {
      model: modelId,
      state: circuit.state,
      consecutive_failures: circuit.consecutiveFailures,
      trips: circuit.trips,
      open_until: circuit.retryAt === null ? null : new Date(circuit.retryAt).toISOString(),
      last_trip_reason: circuit.lastTripReason,
    };
  });
}
