import type { RandomSource } from "../types";
import type { SimulatorFaults } from "./simulator-config";

export type SimulatedFault = "none" | "server_error" | "rate_limited" | "timeout" | "malformed" | "stream_break";

/** One uniform draw decides the call's fault; the rates partition [0, 1) in a fixed order. */
export function drawFault(faults: SimulatorFaults, random: RandomSource, streaming: boolean): SimulatedFault {
  const draw = random();
  let threshold = 0;
  const table: ReadonlyArray<[number, SimulatedFault]> = [
    [faults.errorRate, "server_error"],
    [faults.rateLimitRate, "rate_limited"],
    [faults.timeoutRate, "timeout"],
    [faults.malformedRate, "malformed"],
    [streaming ? faults.streamBreakRate : 0, "stream_break"],
  ];
  for (const [rate, fault] of table) {
    threshold += rate;
    if (draw < threshold) return fault;
  }
  return "none";
}
