import { errorBodySchema } from "@/lib/schemas/common";

/**
 * An API call that did not succeed: the API's own `{ error: { type, message, param } }` body when
 * it sent one, otherwise a description of what went wrong on the way (network, unreadable body).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly param: string | undefined;

  constructor(details: { status: number; type: string; message: string; param?: string }) {
    super(details.message);
    this.name = "ApiError";
    this.status = details.status;
    this.type = details.type;
    this.param = details.param;
  }

  /** The session ended or was never started (only possible when the console requires sign-in). */
  get needsSignIn(): boolean {
    return this.status === 401;
  }
}

/** Builds the ApiError for a non-2xx response from its body text (which may not be JSON at all). */
export function apiErrorFromBody(status: number, bodyText: string): ApiError {
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    json = undefined;
  }
  const parsed = errorBodySchema.safeParse(json);
  if (parsed.success) {
    const { type, message, param } = parsed.data.error;
    return new ApiError({ status, type, message, ...(param ? { param } : {}) });
  }
  return new ApiError({ status, type: "http_error", message: `The server answered HTTP ${status} without an error description.` });
}

/** Any thrown value as an ApiError, so the UI has one shape to show. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof DOMException && error.name === "AbortError") {
    return new ApiError({ status: 0, type: "aborted", message: "The request was cancelled." });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError({ status: 0, type: "network_error", message: `Could not reach the server: ${message}` });
}
