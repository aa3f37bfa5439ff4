"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export const CONSOLE_PAGES = [
  { href: "/", label: "Playground" },
  { href: "/registry", label: "Registry" },
  { href: "/performance", label: "Performance" },
  { href: "/spend", label: "Spend" },
  { href: "/requests", label: "Requests" },
] as const;

function isActive(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

export function ConsoleNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Console" className="flex gap-1 overflow-x-auto md:flex-col">
      {CONSOLE_PAGES.map((page) => {
        const active = isActive(pathname, page.href);
        return (
          <Link
            key={page.href}
            href={page.href}
            aria-current={active ? "page" : undefined}
            className={`whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium transition-colors ${
              active
                ? "bg-indigo-600 text-white"
                : "text-slate-700 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-800"
            }`}
          >
            {page.label}
          </Link>
        );
      })}
    </nav>
  );
}
