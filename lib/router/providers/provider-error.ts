import { isRetryableClass, type ErrorClass } from "./error-class";

export interface ProviderErrorInit {
  errorClass: ErrorClass;
  /** Already sanitised (see redact-secrets.ts): this text may reach logs and clients. */
  message: string;
  providerId: string;
  status?: number | null;
  /** The provider's structured error code or type, e.g. "context_length_exceeded" or "overloaded_error". */
  providerCode?: string | null;
  /** How long the provider asked us to wait (retry-after headers), in milliseconds. */
  retryAfterMs?: number | null;
  /** A server's explicit `x-should-retry: false` vetoes a retry its status would allow. */
  retryVetoed?: boolean;
}

/**
 * The only error type adapters throw. It carries no SDK object, headers or request, so nothing
 * secret can ride along into a log or a response: just a sanitised message and plain fields.
 */
export class ProviderError extends Error {
  override readonly name: string = "ProviderError";
  readonly errorClass: ErrorClass;
  readonly providerId: string;
  readonly status: number | null;
  readonly providerCode: string | null;
  readonly retryAfterMs: number | null;
  readonly isRetryable: boolean;

  constructor(init: ProviderErrorInit) {
    super(init.message);
    this.errorClass = init.errorClass;
    this.providerId = init.providerId;
    this.status = init.status ?? null;
    this.providerCode = init.providerCode ?? null;
    this.retryAfterMs = init.retryAfterMs ?? null;
    this.isRetryable = isRetryableClass(init.errorClass) && init.retryVetoed !== true;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      errorClass: this.errorClass,
      providerId: this.providerId,
      status: this.status,
      providerCode: this.providerCode,
      retryAfterMs: this.retryAfterMs,
      isRetryable: this.isRetryable,
    };
  }
}

export function isProviderError(value: unknown): value is ProviderError {
  return value instanceof ProviderError;
}
