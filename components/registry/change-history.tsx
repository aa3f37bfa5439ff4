"use client";

import { useState } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/styles";
import { diffChange } from "@/lib/client/change-diff";
import { formatDateTime } from "@/lib/client/format";
import type { ModelChangeView } from "@/lib/schemas/models";

const ACTION_TONE: Record<ModelChangeView["action"], BadgeTone> = { seed: "neutral", create: "green", update: "indigo", delete: "red" };
const FIRST_SHOWN = 10;

/** The registry's audit log, newest first: who changed which model, and each field's old and new value. */
export function ChangeHistory({ changes }: { changes: readonly ModelChangeView[] }) {
  const [showAll, setShowAll] = useState(false);
  if (changes.length === 0) return <p className="text-sm text-slate-500">No changes recorded yet.</p>;
  const shown = showAll ? changes : changes.slice(0, FIRST_SHOWN);
  return (
    <div className="space-y-3">
      <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800" aria-label="Change history">
        {shown.map((change) => {
          const fields = change.action === "update" ? diffChange(change.before, change.after) : [];
          return (
            <li key={change.id} className="px-3 py-2 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={ACTION_TONE[change.action]}>{change.action}</Badge>
                <span className="font-medium">{change.model}</span>
                <span className="text-xs text-slate-500">
                  by {change.actor} · <time dateTime={change.created_at}>{formatDateTime(change.created_at)}</time>
                </span>
              </div>
              {fields.length > 0 ? (
                <ul className="mt-1 space-y-0.5 text-xs">
                  {fields.map((field) => (
                    <li key={field.field} className="break-words">
                      <span className="font-medium text-slate-700 dark:text-slate-300">{field.field}</span>{" "}
                      <span className="text-slate-500 line-through">{field.before}</span> → <span className="text-slate-900 dark:text-slate-100">{field.after}</span>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
      {changes.length > FIRST_SHOWN ? (
        <button type="button" onClick={() => setShowAll((value) => !value)} className={buttonClass("ghost")}>
          {showAll ? "Show fewer" : `Show all ${changes.length}`}
        </button>
      ) : null}
    </div>
  );
}
