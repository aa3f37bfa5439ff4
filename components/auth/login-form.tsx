"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonClass, INPUT_CLASS, LABEL_CLASS } from "@/components/ui/styles";
import { api } from "@/lib/client/api";
import { toApiError } from "@/lib/client/api-error";

/**
 * Sign-in with the server's ROUTER_API_KEY. The key goes once to POST /api/session, which sets an
 * httpOnly session cookie; the page never stores the key anywhere.
 */
export function LoginForm({ next }: { next: string }) {
  const router = useRouter();
  const [key, setKey] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!key.trim()) return setError("Enter the API key.");
    setPending(true);
    setError(null);
    try {
      await api.signIn(key.trim());
      setKey("");
      router.replace(next);
      router.refresh();
    } catch (failure) {
      setError(toApiError(failure).message);
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} aria-label="Sign in" noValidate className="space-y-4">
      <div>
        <label htmlFor="api-key" className={LABEL_CLASS}>
          API key
        </label>
        <input
          id="api-key"
          type="password"
          autoComplete="current-password"
          autoFocus
          value={key}
          onChange={(event) => setKey(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "api-key-error" : "api-key-hint"}
          className={`${INPUT_CLASS} mt-1`}
        />
        {error ? (
          <p id="api-key-error" role="alert" className="mt-1 text-xs font-medium text-rose-600 dark:text-rose-400">
            {error}
          </p>
        ) : (
          <p id="api-key-hint" className="mt-1 text-xs text-slate-500">
            The value of ROUTER_API_KEY on the server. It is checked once and never kept in the browser.
          </p>
        )}
      </div>
      <button type="submit" disabled={pending} className={buttonClass("primary", "w-full")}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
