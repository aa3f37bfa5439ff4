"use client";

import { useState } from "react";
import { buttonClass, INPUT_CLASS, LABEL_CLASS } from "@/components/ui/styles";
import { isoToLocalInput, localInputToIso } from "@/lib/client/datetime-local";
import type { RequestFilterField, RequestFilters } from "@/lib/client/request-filters";
import { COMPLEXITIES, POLICY_NAMES, TASK_TYPES } from "@/lib/router/types";
import { REQUEST_STATUSES } from "@/lib/schemas/requests";

const SELECTS: { field: RequestFilterField; label: string; options: readonly string[] }[] = [
  { field: "status", label: "Status", options: REQUEST_STATUSES },
  { field: "complexity", label: "Complexity", options: COMPLEXITIES },
  { field: "task_type", label: "Task type", options: TASK_TYPES },
  { field: "policy", label: "Policy", options: POLICY_NAMES },
  { field: "simulated", label: "Simulated", options: ["true", "false"] },
  { field: "rated", label: "Rated", options: ["true", "false"] },
];

/** Filters for the request log; applying them puts them in the page address. */
export function RequestFilterForm({ filters, models, onApply }: { filters: RequestFilters; models: readonly string[]; onApply: (filters: RequestFilters) => void }) {
  const [draft, setDraft] = useState<RequestFilters>(filters);
  const set = (field: RequestFilterField, value: string | undefined) => setDraft((current) => ({ ...current, [field]: value || undefined }));
  const id = (field: string) => `request-filter-${field}`;

  return (
    <form
      aria-label="Filter requests"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(draft);
      }}
      className="space-y-3"
    >
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4 xl:grid-cols-6">
        <div className="col-span-2">
          <label htmlFor={id("q")} className={LABEL_CLASS}>Prompt contains</label>
          <input id={id("q")} type="search" value={draft.q ?? ""} onChange={(event) => set("q", event.target.value)} placeholder="Search stored prompts" className={`${INPUT_CLASS} mt-1`} />
        </div>
        <div>
          <label htmlFor={id("model")} className={LABEL_CLASS}>Model</label>
          <input id={id("model")} list={id("model-options")} value={draft.model ?? ""} onChange={(event) => set("model", event.target.value)} placeholder="Any" className={`${INPUT_CLASS} mt-1`} />
          <datalist id={id("model-options")}>
            {models.map((model) => (
              <option key={model} value={model} />
            ))}
          </datalist>
        </div>
        <div>
          <label htmlFor={id("provider")} className={LABEL_CLASS}>Provider</label>
          <input id={id("provider")} value={draft.provider ?? ""} onChange={(event) => set("provider", event.target.value)} placeholder="Any" className={`${INPUT_CLASS} mt-1`} />
        </div>
        {SELECTS.map(({ field, label, options }) => (
          <div key={field}>
            <label htmlFor={id(field)} className={LABEL_CLASS}>{label}</label>
            <select id={id(field)} value={draft[field] ?? ""} onChange={(event) => set(field, event.target.value)} className={`${INPUT_CLASS} mt-1`}>
              <option value="">Any</option>
              {options.map((option) => (
                <option key={option} value={option}>
                  {option === "true" ? "yes" : option === "false" ? "no" : option.replaceAll("_", " ")}
                </option>
              ))}
            </select>
          </div>
        ))}
        {(["from", "to"] as const).map((field) => (
          <div key={field}>
            <label htmlFor={id(field)} className={LABEL_CLASS}>{field === "from" ? "From" : "To"}</label>
            <input id={id(field)} type="datetime-local" value={isoToLocalInput(draft[field])} onChange={(event) => set(field, localInputToIso(event.target.value))} className={`${INPUT_CLASS} mt-1`} />
          </div>
        ))}
      </div>
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("primary")}>Apply filters</button>
        <button
          type="button"
          onClick={() => {
            setDraft({});
            onApply({});
          }}
          className={buttonClass("ghost")}
        >
          Clear
        </button>
      </div>
    </form>
  );
}
