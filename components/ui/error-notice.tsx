import Link from "next/link";
import type { ApiError } from "@/lib/client/api-error";
import { buttonClass } from "./styles";

/** An API failure shown in place, with its message from the server, and a way forward. */
export function ErrorNotice({ error, title = "Something went wrong", onRetry }: { error: ApiError; title?: string; onRetry?: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-rose-200 bg-rose-50 p-3 text-sm text-rose-900 dark:border-rose-900 dark:bg-rose-950/60 dark:text-rose-200">
      <p className="font-medium">{error.needsSignIn ? "Your session has ended" : title}</p>
      <p className="mt-1 break-words">{error.message}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        {error.needsSignIn ? (
          <Link href="/login" className={buttonClass("secondary")}>
            Sign in again
          </Link>
        ) : null}
        {onRetry && !error.needsSignIn ? (
          <button type="button" onClick={onRetry} className={buttonClass("secondary")}>
            Try again
          </button>
        ) : null}
        {error.type && error.status ? (
          <span className="text-xs text-rose-700 dark:text-rose-300">
            {error.type} · HTTP {error.status}
          </span>
        ) : null}
      </div>
    </div>
  );
}
