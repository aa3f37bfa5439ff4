import type { TokenUsage } from "@/lib/router/cost/model-cost";
import type { AttemptRecord } from "@/lib/router/execute/execution-types";
import type { Classification } from "@/lib/router/types";
import type { REQUEST_STATUSES } from "@/lib/schemas/requests";
import type { StoredDecision } from "./stored-decision";

// Everything stored about one routed request. Built by the route service from the decision and the
// execution result (or the refusal), and written with its attempts, rollups, budget settlement and
// statistics in one transaction (request-writer.ts).

export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export type RequestEndpoint = "route" | "chat_completions";

export interface RequestRecord {
  id: string;
  createdAtMs: number;
  completedAtMs: number | null;
  endpoint: RequestEndpoint;
  status: RequestStatus;
  stream: boolean;
  apiKeyLabel: string;
  /** Null when prompt storage is off. */
  prompt: string | null;
  systemPrompt: string | null;
  promptHash: string;
  promptChars: number;
  response: string | null;
  responseChars: number | null;
  classification: Classification;
  policy: string;
  policyVariant: string | null;
  chosenModelId: string | null;
  modelId: string | null;
  provider: string | null;
  reason: string;
  decision: StoredDecision | null;
  estimatedCostNano: number | null;
  actualCostNano: number | null;
  costEstimated: boolean;
  counterfactualCostNano: number | null;
  usage: TokenUsage | null;
  latencyMs: number | null;
  timeToFirstTokenMs: number | null;
  errorType: string | null;
  errorClass: string | null;
  errorMessage: string | null;
  explored: boolean;
  propensity: number | null;
  simulated: boolean;
  fallbackUsed: boolean;
  attempts: readonly AttemptRecord[];
}
