// The typed error tree and its one mapping to HTTP. Route handlers never build error bodies
// themselves: they throw (or let lib/ throw) one of these, and `toErrorResponseBody` turns it into
// `{ error: { type, message, param? } }`. Anything that is not an AppError becomes a generic 500
// whose message reveals nothing about internals.

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
}

export interface ErrorBody {
  error: { type: ErrorType; message: string; param?: string } & Record<string, unknown>;
}

export function toErrorResponse(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    return {
      status: error.status,
      body: {
        error: {
          type: error.type,
          message: error.message,
          ...(error.param ? { param: error.param } : {}),
          ...(error.details ?? {}),
        },
      },
    };
  }
  return {
    status: 500,
    body: { error: { type: "internal_error", message: "The server failed to handle this request." } },
  };
}
