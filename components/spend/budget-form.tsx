"use client";

import { useState } from "react";
import { Field, fieldIds } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { buttonClass, INPUT_CLASS } from "@/components/ui/styles";
import { api } from "@/lib/client/api";
import { toApiError } from "@/lib/client/api-error";
import { fieldErrorsFromApi, fieldErrorsFromZod, numberFromInput, type FieldErrors } from "@/lib/client/form-errors";
import { BUDGET_EXHAUSTED_BEHAVIOURS, budgetUpdateSchema, RESERVATION_MODES, type BudgetResponse } from "@/lib/schemas/budget";

const FORM_ID = "budget";
const EXHAUSTED_LABELS = { refuse: "Refuse new requests (HTTP 429)", cheapest: "Send only to the cheapest eligible model" } as const;
const RESERVATION_LABELS = { worst_case: "Worst case: never over budget", expected: "Expected cost: more calls fit" } as const;
const RESERVATION_HINTS = {
  worst_case: "Each call holds its prompt plus the longest answer it may produce (max_tokens, else the model's limit): the hour never ends over budget.",
  expected: "Each call holds its prompt plus the expected answer: more calls fit, but answers longer than expected can take the hour over budget.",
} as const;

/** The hourly budget, what happens when it runs out, what each call reserves, and whether the quality floor paces spend. */
export function BudgetForm({ budget, onSaved }: { budget: BudgetResponse; onSaved: (budget: BudgetResponse) => void }) {
  const [amount, setAmount] = useState(String(budget.hourly_budget));
  const [onExhausted, setOnExhausted] = useState(budget.on_exhausted);
  const [reservation, setReservation] = useState(budget.reservation);
  const [pacing, setPacing] = useState(budget.pacing);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<"idle" | "saving" | "saved">("idle");
  const ids = { amount: fieldIds(FORM_ID, "hourly_budget"), exhausted: fieldIds(FORM_ID, "on_exhausted"), reservation: fieldIds(FORM_ID, "reservation") };

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const parsed = budgetUpdateSchema.safeParse({ hourly_budget: numberFromInput(amount), on_exhausted: onExhausted, reservation, pacing });
    if (!parsed.success) return setErrors(amount.trim() === "" ? { hourly_budget: "Is required" } : fieldErrorsFromZod(parsed.error));
    setStatus("saving");
    try {
      const saved = await api.updateBudget(parsed.data);
      setErrors({});
      setStatus("saved");
      onSaved(saved);
    } catch (error) {
      setErrors(fieldErrorsFromApi(toApiError(error), ["hourly_budget", "on_exhausted", "reservation", "pacing"]));
      setStatus("idle");
    }
  }

  return (
    <form onSubmit={submit} aria-label="Budget settings" noValidate className="space-y-3">
      <Field label="Hourly budget (USD)" htmlFor={ids.amount.input} errorId={ids.amount.error} error={errors.hourly_budget}>
        <input
          id={ids.amount.input}
          type="number"
          min="0"
          step="any"
          inputMode="decimal"
          value={amount}
          onChange={(event) => {
            setAmount(event.target.value);
            setStatus("idle");
          }}
          aria-invalid={errors.hourly_budget ? true : undefined}
          aria-describedby={errors.hourly_budget ? ids.amount.error : undefined}
          className={INPUT_CLASS}
        />
      </Field>
      <Field label="When the hour's budget is used up" htmlFor={ids.exhausted.input} errorId={ids.exhausted.error} error={errors.on_exhausted}>
        <select id={ids.exhausted.input} value={onExhausted} onChange={(event) => setOnExhausted(event.target.value as typeof onExhausted)} className={INPUT_CLASS}>
          {BUDGET_EXHAUSTED_BEHAVIOURS.map((behaviour) => (
            <option key={behaviour} value={behaviour}>
              {EXHAUSTED_LABELS[behaviour]}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Reserve for each call"
        htmlFor={ids.reservation.input}
        errorId={ids.reservation.error}
        error={errors.reservation}
        hint={RESERVATION_HINTS[reservation]}
        hintId={ids.reservation.hint}
      >
        <select
          id={ids.reservation.input}
          value={reservation}
          onChange={(event) => {
            setReservation(event.target.value as typeof reservation);
            setStatus("idle");
          }}
          aria-invalid={errors.reservation ? true : undefined}
          aria-describedby={errors.reservation ? ids.reservation.error : ids.reservation.hint}
          className={INPUT_CLASS}
        >
          {RESERVATION_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {RESERVATION_LABELS[mode]}
            </option>
          ))}
        </select>
      </Field>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-0.5" checked={pacing} onChange={(event) => setPacing(event.target.checked)} />
        <span>
          Pace spend
          <span className="block text-xs text-slate-500">Lower the quality floor when the hour is being spent faster than it passes.</span>
        </span>
      </label>
      <FormError errors={errors} />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={status === "saving"} className={buttonClass("primary")}>
          {status === "saving" ? "Saving…" : "Save budget"}
        </button>
        <p role="status" aria-live="polite" className="text-sm text-emerald-700 dark:text-emerald-400">
          {status === "saved" ? "✓ Budget saved" : ""}
        </p>
      </div>
    </form>
  );
}
