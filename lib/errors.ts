import { ZodError } from "zod";
import { BudgetExhaustedError } from "@/lib/router/budget/budget-exhausted-error";
import { ExecutionFailedError } from "@/lib/router/execute/execution-failed-error";
import { UnknownPolicyError } from "@/lib/router/policies/unknown-policy-error";
import { NoEligibleModelError } from "@/lib/router/select/no-eligible-model-error";

// The typed error tree and its one mapping to HTTP. Route handlers never build error bodies
// themselves: they throw (or let lib/ throw) one of these, and `toErrorResponse` turns it into
// `{ error: { type, message, param? } }` (plus headers such as Retry-After). The router core's own
// errors are translated here too. Anything else becomes a generic 500 whose message reveals
// nothing about internals.

export type ErrorType =
  | "invalid_request"
  | "validation_error"
  | "authentication_error"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "method_not_allowed"
  | "budget_exceeded"
  | "no_eligible_model"
  | "provider_error"
  | "service_unavailable"
  | "internal_error";

const STATUS_BY_TYPE: Record<ErrorType, number> = {
  invalid_request: 400,
  validation_error: 422,
  authentication_error: 401,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  method_not_allowed: 405,
  budget_exceeded: 429,
  no_eligible_model: 422,
  provider_error: 502,
  service_unavailable: 503,
  internal_error: 500,
};

export class AppError extends Error {
  readonly status: number;
  /** Response headers that belong with this error (Retry-After, WWW-Authenticate). */
  headers: Record<string, string> = {};

  constructor(
    readonly type: ErrorType,
    message: string,
    readonly param?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
    this.status = STATUS_BY_TYPE[type];
  }

  withHeaders(headers: Record<string, string>): this {
    this.headers = { ...this.headers, ...headers };
    return this;
  }

  /** The same error with more fields in its body (e.g. the id under which a refusal was recorded). */
  withDetails(details: Record<string, unknown>): AppError {
    return new AppError(this.type, this.message, this.param, { ...this.details, ...details }).withHeaders(this.headers);
  }
}

export interface ErrorBody {
  error: { type: ErrorType; message: string; param?: string } & Record<string, unknown>;
}

function zodParam(error: ZodError): string | undefined {
  const path = error.issues[0]?.path ?? [];
  return path.length > 0 ? path.map(String).join(".") : undefined;
}

/** The AppError for a known error (core errors included), or undefined for an unexpected one. */
export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const param = zodParam(error);
    return new AppError("validation_error", `${param ? `${param}: ` : ""}${issue?.message ?? "invalid value"}`, param);
  }
  if (error instanceof NoEligibleModelError) {
    return new AppError("no_eligible_model", error.message, "constraints", { excluded_by: error.excludedBy });
  }
  if (error instanceof BudgetExhaustedError) {
    const retryAfterSeconds = Math.max(1, Math.ceil((error.retryAtMs - Date.now()) / 1000));
    return new AppError("budget_exceeded", error.message, undefined, { retry_at: new Date(error.retryAtMs).toISOString() }).withHeaders({
      "retry-after": String(retryAfterSeconds),
    });
  }
  if (error instanceof UnknownPolicyError) return new AppError("validation_error", error.message, "policy");
  if (error instanceof ExecutionFailedError) {
    // Attempt messages are sanitised by the execution layer (no keys, no raw provider bodies).
    return new AppError("provider_error", error.message, undefined, { error_class: error.errorClass });
  }
  return undefined;
}

export function toErrorResponse(error: unknown): { status: number; body: ErrorBody; headers: Record<string, string> } {
  const known = toAppError(error);
  if (known) {
    return {
      status: known.status,
      headers: known.headers,
      body: {
        error: {
          type: known.type,
          message: known.message,
          ...(known.param ? { param: known.param } : {}),
          ...(known.details ?? {}),
        },
      },
    };
  }
  return {
    status: 500,
    headers: {},
    body: { error: { type: "internal_error", message: "The server failed to handle this request." } },
  };
}
