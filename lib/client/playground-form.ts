import type { ClassifierName, PolicyName } from "@/lib/router/types";
import { routeBodySchema, type RouteBodyInput } from "@/lib/schemas/route";
import { fieldErrorsFromZod, numberFromInput, type FieldErrors } from "./form-errors";

// The playground form as typed text, and its conversion to a POST /v1/route body validated by the
// API's own schema (so a bad constraint shows the message the API would give, before sending).

export interface PlaygroundFormValues {
  prompt: string;
  systemPrompt: string;
  minQuality: string;
  maxCost: string;
  maxLatencyMs: string;
  maxTokens: string;
  providers: string[];
  relax: boolean;
  /** "" means the routing settings' default. */
  policy: PolicyName | "";
  classifier: ClassifierName | "";
}

export const EMPTY_PLAYGROUND_FORM: PlaygroundFormValues = {
  prompt: "",
  systemPrompt: "",
  minQuality: "",
  maxCost: "",
  maxLatencyMs: "",
  maxTokens: "",
  providers: [],
  relax: false,
  policy: "",
  classifier: "",
};

export type RouteBodyResult = { ok: true; body: RouteBodyInput } | { ok: false; errors: FieldErrors };

export function buildRouteBody(values: PlaygroundFormValues, execute: boolean): RouteBodyResult {
  const constraints = {
    min_quality: numberFromInput(values.minQuality),
    max_cost: numberFromInput(values.maxCost),
    max_latency_ms: numberFromInput(values.maxLatencyMs),
    provider: values.providers.length > 0 ? values.providers : undefined,
    relax: values.relax || undefined,
  };
  const hasConstraints = Object.values(constraints).some((value) => value !== undefined);
  const candidate = {
    prompt: values.prompt,
    ...(values.systemPrompt.trim() ? { system_prompt: values.systemPrompt } : {}),
    ...(hasConstraints ? { constraints: withoutUndefined(constraints) } : {}),
    ...(values.maxTokens.trim() ? { max_tokens: numberFromInput(values.maxTokens) } : {}),
    ...(values.policy ? { policy: values.policy } : {}),
    ...(values.classifier ? { classifier: values.classifier } : {}),
    execute,
  };
  const parsed = routeBodySchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, errors: fieldErrorsFromZod(parsed.error) };
  return { ok: true, body: candidate as RouteBodyInput };
}

function withoutUndefined<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}
