import Link from "next/link";
import { connection } from "next/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ConsoleNav } from "@/components/console-nav";
import { getEnv, isAuthRequired } from "@/lib/env";

export default async function ConsoleLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  // Whether sign-in is on is decided by the running server's environment, not the build's.
  await connection();
  const signInRequired = isAuthRequired(getEnv());
  return (
    <div className="flex min-h-screen flex-col md:flex-row">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:shadow dark:focus:bg-slate-900">
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white md:w-56 md:shrink-0 md:border-b-0 md:border-r dark:border-slate-800 dark:bg-slate-900">
        <div className="px-3 pt-3 pb-2 md:sticky md:top-0 md:flex md:h-screen md:flex-col md:pb-3">
        <Link href="/" className="mb-3 flex items-center gap-2 px-2 text-base font-semibold tracking-tight">
          <span aria-hidden className="flex h-7 w-7 items-center justify-center rounded-lg bg-indigo-600 text-xs font-bold text-white">R</span>
          Router console
        </Link>
        <ConsoleNav />
        {signInRequired ? (
          <div className="mt-2 border-t border-slate-200 pt-2 md:mt-auto dark:border-slate-800">
            <SignOutButton />
          </div>
        ) : null}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="min-w-0 flex-1 p-4 outline-none md:p-8">
        <div className="mx-auto max-w-[1400px]">{children}</div>
      </main>
    </div>
  );
}
