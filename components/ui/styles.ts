// Shared Tailwind class lists, so every control in the console looks and focuses the same way.

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";

const BUTTON_BASE =
  "inline-flex items-center justify-center gap-1.5 rounded-md px-3 py-2 text-sm font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-50";

const BUTTON_VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-indigo-600 text-white shadow-sm hover:bg-indigo-500",
  secondary:
    "border border-slate-300 bg-white text-slate-800 shadow-sm hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800",
  ghost: "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800",
  danger: "bg-rose-600 text-white shadow-sm hover:bg-rose-500",
};

export function buttonClass(variant: ButtonVariant = "secondary", extra = ""): string {
  return `${BUTTON_BASE} ${BUTTON_VARIANTS[variant]} ${extra}`.trim();
}

export const INPUT_CLASS =
  "block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-sm placeholder:text-slate-400 aria-[invalid=true]:border-rose-500 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100";

export const LABEL_CLASS = "block text-xs font-medium text-slate-700 dark:text-slate-300";

export const TABLE_WRAPPER_CLASS = "relative overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800";
export const TABLE_CLASS = "min-w-full text-left text-sm";
export const THEAD_CLASS = "bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-800/60 dark:text-slate-400";
export const TH_CLASS = "px-3 py-2 font-medium whitespace-nowrap";
export const TD_CLASS = "px-3 py-2 align-top";
export const TBODY_CLASS = "divide-y divide-slate-100 dark:divide-slate-800";
