"use client";

import { useEffect } from "react";
import { buttonClass } from "@/components/ui/styles";

/** Anything a console page failed to render is shown here, inside the console, with a way to retry. */
export default function ConsoleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="rounded-xl border border-rose-200 bg-rose-50 p-6 text-rose-900 dark:border-rose-900 dark:bg-rose-950/50 dark:text-rose-100">
      <h1 className="text-lg font-semibold">This page could not be shown</h1>
      <p className="mt-2 text-sm">
        Something went wrong while drawing it. The rest of the console still works; try again, or open another page from the menu.
      </p>
      {error.digest ? <p className="mt-2 font-mono text-xs">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset} className={`${buttonClass("secondary")} mt-4`}>
        Try again
      </button>
    </div>
  );
}
