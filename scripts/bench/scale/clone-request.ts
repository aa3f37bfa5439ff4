import { promptHash } from "@/lib/router/classify/prompt-hash";
import type { StatsIncrement } from "@/lib/router/learning/adaptive-stats-store";
import { utcHourStart } from "@/lib/router/budget/utc-hour";
import type { OutputTokenObservation } from "@/lib/router/tokens/output-token-history";
import type { RequestRecord } from "@/lib/server/requests/request-record";
import type { TemplateWrite } from "./template-requests";

// One seeded request: a real request's write (template-requests.ts) moved to another time, under a
// new id, every timestamp shifted together (created, completed, attempts, statistics increments),
// so the row, its attempts, its settled reservation and what it adds to the rollups, the budget
// ledger and the statistics are exactly what the app would have written at that time. Variations:
// a ticket reference in some prompts (so prompts are not all alike and text search has rare terms
// to find) and a share answered by live providers (not simulated).

export interface SettledReservation {
  id: string;
  hourStartMs: number;
  amountNano: number;
  createdAtMs: number;
  settledAtMs: number;
  actualNano: number;
}

export interface SeedRequest {
  record: RequestRecord;
  reservation: SettledReservation | null;
  increments: StatsIncrement[];
  outputObservation: OutputTokenObservation | null;
}

export interface CloneOptions {
  id: string;
  createdAtMs: number;
  reservationId: string;
  /** Prefixed to the prompt (e.g. "[ticket 123456] "), or "". */
  promptPrefix: string;
  /** Answered by a provider with a key rather than the simulator. */
  live: boolean;
}

export function cloneRequest(template: TemplateWrite, options: CloneOptions): SeedRequest {
  const source = template.record;
  const shift = options.createdAtMs - source.createdAtMs;
  const simulated = source.simulated && !options.live;
  const prompt = source.prompt === null ? null : `${options.promptPrefix}${source.prompt}`;
  const promptText = prompt ?? "";
  const record: RequestRecord = {
    ...source,
    id: options.id,
    createdAtMs: options.createdAtMs,
    completedAtMs: source.completedAtMs === null ? null : source.completedAtMs + shift,
    prompt,
    promptHash: prompt === null ? source.promptHash : promptHash(promptText),
    promptChars: prompt === null ? source.promptChars : promptText.length,
    simulated,
    decision: source.decision && !simulated ? { ...source.decision, simulation_reason: null } : source.decision,
    attempts: source.attempts.map((attempt) => ({ ...attempt, startedAt: attempt.startedAt + shift, simulated: attempt.simulated && !options.live })),
  };
  const reservation = template.reservation
    ? {
        id: options.reservationId,
        hourStartMs: utcHourStart(options.createdAtMs),
        amountNano: template.reservedNano ?? template.reservation.amountNano,
        createdAtMs: options.createdAtMs,
        settledAtMs: record.completedAtMs ?? options.createdAtMs,
        actualNano: record.actualCostNano ?? 0,
      }
    : null;
  return {
    record,
    reservation,
    increments: template.increments.map((increment) => ({ ...increment, at: increment.at + shift })),
    outputObservation: template.outputObservation,
  };
}
