import type { ErrorClass } from "../providers/error-class";
import type { AttemptRecord, ExecutionErrorInfo } from "./execution-types";

/** Every candidate failed or was skipped. Carries the attempts so the request log can store them. */
export class ExecutionFailedError extends Error {
  override readonly name = "ExecutionFailedError";
  readonly errorClass: ErrorClass;
  readonly httpStatus: number | null;
  readonly isRetryable: boolean;
  readonly attempts: AttemptRecord[];
  readonly costNano: number | null;

  constructor(init: { info: ExecutionErrorInfo; attempts: AttemptRecord[]; costNano: number | null }) {
    super(init.info.message);
    this.errorClass = init.info.errorClass;
    this.httpStatus = init.info.httpStatus;
    this.isRetryable = init.info.isRetryable;
    this.attempts = init.attempts;
    this.costNano = init.costNano;
  }
}
