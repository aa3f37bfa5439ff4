import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getEnv, isAuthRequired } from "@/lib/env";
import { safeNextPath } from "@/lib/client/safe-next-path";
import { CONSOLE_SESSION_COOKIE, isValidSessionCookie } from "@/lib/server/auth/console-session";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const destination = safeNextPath(typeof next === "string" ? next : undefined);
  // Without ROUTER_API_KEY there is nothing to sign in to; a valid session needs no second sign-in.
  if (!isAuthRequired(getEnv())) redirect(destination);
  if (isValidSessionCookie((await cookies()).get(CONSOLE_SESSION_COOKIE)?.value)) redirect(destination);

  return (
    <main id="main" className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <div className="mb-5 flex items-center gap-2">
          <span aria-hidden className="flex h-8 w-8 items-center justify-center rounded-lg bg-indigo-600 text-sm font-bold text-white">R</span>
          <h1 className="text-lg font-semibold tracking-tight">Sign in to Router console</h1>
        </div>
        <LoginForm next={destination} />
      </div>
    </main>
  );
}
