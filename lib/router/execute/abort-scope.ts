import type { Sleep } from "../providers/sleep";

// Every attempt runs under its own AbortSignal; the request's overall timeout and the caller's
// signal abort whichever attempt (or backoff wait) is running. Aborts carry a typed reason, so
// afterwards we know *why* a call stopped without reading any error: the SDKs report our aborts in
// several shapes (and their streams just end). The request itself owns no AbortSignal: creating
// one costs ~5 µs and abort() ~12 µs, a large share of this layer's per-request budget.

export type AbortCause = "attempt_timeout" | "first_token_timeout" | "idle_timeout" | "overall_timeout" | "caller";

export class ExecutionAbort extends Error {
  override readonly name = "ExecutionAbort";
  constructor(readonly abortCause: AbortCause) {
    super(`aborted: ${abortCause}`);
  }
}

export interface AttemptScope {
  readonly signal: AbortSignal;
  /** Null while running; otherwise why it was aborted. */
  abortCause(): AbortCause | null;
  /** (Re)arms the attempt's one timer. */
  setTimer(ms: number, cause: AbortCause): void;
  /** Stops the timer; `cancelRunning` also aborts a call that may still be in flight (a stream its consumer stopped reading). */
  dispose(cancelRunning?: boolean): void;
}

export class RequestScope {
  private cause: AbortCause | null = null;
  private current: AbortController | null = null;
  private readonly timer: ReturnType<typeof setTimeout>;
  private readonly onCallerAbort = () => this.stop("caller");

  constructor(
    private readonly callerSignal: AbortSignal | undefined,
    timeoutMs: number,
  ) {
    this.timer = setTimeout(() => this.stop("overall_timeout"), timeoutMs);
    if (callerSignal?.aborted) this.cause = "caller";
    else callerSignal?.addEventListener("abort", this.onCallerAbort, { once: true });
  }

  /** True once the overall timeout expired or the caller aborted: no further attempt may start. */
  get stopped(): boolean {
    return this.cause !== null;
  }

  startAttempt(): AttemptScope {
    const controller = new AbortController();
    this.current = controller;
    if (this.cause !== null) controller.abort(new ExecutionAbort(this.cause));
    let timer: ReturnType<typeof setTimeout> | null = null;
    let timerCause: AbortCause | null = null;
    let timerMs = 0;
    return {
      signal: controller.signal,
      abortCause() {
        if (!controller.signal.aborted) return null;
        const reason: unknown = controller.signal.reason;
        return reason instanceof ExecutionAbort ? reason.abortCause : "caller";
      },
      setTimer(ms, cause) {
        // Streams re-arm the idle timer on every chunk: refresh() is far cheaper than a new timer.
        if (timer !== null && timerCause === cause && timerMs === ms) {
          timer.refresh();
          return;
        }
        if (timer !== null) clearTimeout(timer);
        timerCause = cause;
        timerMs = ms;
        timer = setTimeout(() => controller.abort(new ExecutionAbort(cause)), ms);
      },
      dispose: (cancelRunning = false) => {
        if (timer !== null) clearTimeout(timer);
        if (this.current === controller) this.current = null;
        if (cancelRunning && !controller.signal.aborted) controller.abort(new ExecutionAbort("caller"));
      },
    };
  }

  /** A backoff wait, cut short (without throwing) if the request stops meanwhile. */
  async wait(ms: number, sleep: Sleep): Promise<void> {
    const scope = this.startAttempt();
    try {
      await sleep(ms, scope.signal);
    } catch {
      // Stopped early: the planner sees `stopped` and ends the request.
    } finally {
      scope.dispose();
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.callerSignal?.removeEventListener("abort", this.onCallerAbort);
  }

  private stop(cause: AbortCause): void {
    if (this.cause !== null) return;
    this.cause = cause;
    this.current?.abort(new ExecutionAbort(cause));
  }
}
