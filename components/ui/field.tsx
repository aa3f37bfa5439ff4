import type { ReactNode } from "react";
import { LABEL_CLASS } from "./styles";

/** ids for a control's label and error message, so the control can reference them (aria-describedby). */
export function fieldIds(formId: string, name: string) {
  return { input: `${formId}-${name}`, error: `${formId}-${name}-error`, hint: `${formId}-${name}-hint` };
}

/** A labelled control with its hint and validation message underneath. */
export function Field({
  label,
  htmlFor,
  errorId,
  error,
  hint,
  hintId,
  children,
  className = "",
}: {
  label: string;
  htmlFor: string;
  errorId: string;
  error?: string;
  hint?: ReactNode;
  hintId?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={htmlFor} className={LABEL_CLASS}>
        {label}
      </label>
      <div className="mt-1">{children}</div>
      {hint && !error ? (
        <p id={hintId} className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 text-xs font-medium text-rose-600 dark:text-rose-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
