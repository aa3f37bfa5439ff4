import type { Classification } from "../types";
import type { Candidate } from "./routing-policy";

export function formatUsd(value: number | null): string {
  if (value === null) return "unpriced";
  return value >= 0.01 ? `$${value.toFixed(4)}` : `$${value.toPrecision(2)}`;
}

/** "a simple qa request", "an expert code request". */
export function describeRequest(classification: Classification): string {
  const article = /^[aeiou]/.test(classification.complexity) ? "an" : "a";
  return `${article} ${classification.complexity} ${classification.taskType} request`;
}

export function describeCandidate(candidate: Candidate): string {
  return `${candidate.model.id} (~${formatUsd(candidate.estimate.costUsd)}, ${candidate.estimate.latencyMs} ms)`;
}
