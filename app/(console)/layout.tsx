import Link from "next/link";
import { ConsoleNav } from "@/components/console-nav";

export default function ConsoleLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <div className="flex min-h-screen flex-col md:flex-row">
      <header className="border-b border-slate-200 bg-white p-3 md:w-56 md:shrink-0 md:border-b-0 md:border-r dark:border-slate-800 dark:bg-slate-900">
        <Link href="/" className="mb-3 block px-3 text-base font-semibold tracking-tight">
          Router console
        </Link>
        <ConsoleNav />
      </header>
      <main id="main" className="min-w-0 flex-1 p-4 md:p-8">
        {children}
      </main>
    </div>
  );
}
