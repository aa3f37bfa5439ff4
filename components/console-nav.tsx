"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { NavIcon, type NavIconName } from "./nav-icon";

export const CONSOLE_PAGES: readonly { href: string; label: string; icon: NavIconName }[] = [
  { href: "/", label: "Playground", icon: "playground" },
  { href: "/registry", label: "Registry", icon: "registry" },
  { href: "/performance", label: "Performance", icon: "performance" },
  { href: "/spend", label: "Spend", icon: "spend" },
  { href: "/requests", label: "Requests", icon: "requests" },
];

function isActive(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

export function ConsoleNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Console" className="grid grid-cols-5 gap-1 md:flex md:flex-col">
      {CONSOLE_PAGES.map((page) => {
        const active = isActive(pathname, page.href);
        return (
          <Link
            key={page.href}
            href={page.href}
            aria-current={active ? "page" : undefined}
            className={`flex flex-col items-center gap-0.5 whitespace-nowrap rounded-md px-1 py-1.5 text-[11px] font-medium transition-colors md:flex-row md:gap-2 md:px-3 md:py-2 md:text-sm ${
              active
                ? "bg-indigo-600 text-white shadow-sm"
                : "text-slate-700 hover:bg-slate-200/70 dark:text-slate-300 dark:hover:bg-slate-800"
            }`}
          >
            <NavIcon name={page.icon} />
            {page.label}
          </Link>
        );
      })}
    </nav>
  );
}
