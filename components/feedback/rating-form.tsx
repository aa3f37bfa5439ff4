"use client";

import { useId, useState } from "react";
import { buttonClass, INPUT_CLASS, LABEL_CLASS } from "@/components/ui/styles";
import { api } from "@/lib/client/api";
import { toApiError } from "@/lib/client/api-error";
import { formatDateTime } from "@/lib/client/format";
import { qualityToStars, starsToQuality, type Stars } from "@/lib/client/rating";
import type { RequestDetail } from "@/lib/schemas/requests";
import { StarRating } from "./star-rating";
import { ThumbIcon } from "./thumb-icon";

type SaveState = { kind: "unsaved" } | { kind: "saving" } | { kind: "saved"; at: string; replaced: boolean } | { kind: "failed"; message: string };

/**
 * Rate one answer: right or wrong, 1–5 stars, optional comment. Saving again replaces the earlier
 * rating (the API keeps one per request); the status line says what is saved.
 */
export function RatingForm({ requestId, saved, onSaved }: { requestId: string; saved?: RequestDetail["feedback"]; onSaved?: () => void }) {
  const formId = useId();
  const [success, setSuccess] = useState<boolean | null>(saved ? saved.success : null);
  const [stars, setStars] = useState<Stars | null>(saved ? qualityToStars(saved.quality_score) : null);
  const [comment, setComment] = useState(saved?.comment ?? "");
  const [state, setState] = useState<SaveState>(saved ? { kind: "saved", at: saved.updated_at, replaced: false } : { kind: "unsaved" });

  const edit = <T,>(setter: (value: T) => void) => (value: T) => {
    setter(value);
    setState((current) => (current.kind === "saving" ? current : { kind: "unsaved" }));
  };

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (success === null || stars === null) {
      setState({ kind: "failed", message: "Choose thumbs up or down and a star rating before saving." });
      return;
    }
    setState({ kind: "saving" });
    try {
      const result = await api.sendFeedback({
        request_id: requestId,
        success,
        quality_score: starsToQuality(stars),
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      });
      setState({ kind: "saved", at: new Date().toISOString(), replaced: result.replaced });
      onSaved?.();
    } catch (error) {
      setState({ kind: "failed", message: toApiError(error).message });
    }
  }

  const thumb = (value: boolean) =>
    `${buttonClass("secondary")} ${success === value ? (value ? "!border-emerald-500 !bg-emerald-50 !text-emerald-800 dark:!bg-emerald-950 dark:!text-emerald-200" : "!border-rose-500 !bg-rose-50 !text-rose-800 dark:!bg-rose-950 dark:!text-rose-200") : ""}`;

  return (
    <form onSubmit={save} aria-label="Rate this answer" className="space-y-3">
      <div className="flex flex-wrap items-end gap-4">
        <div role="group" aria-label="Was the answer right?" className="flex gap-2">
          <button type="button" aria-pressed={success === true} onClick={() => edit(setSuccess)(true)} className={thumb(true)}>
            <ThumbIcon direction="up" /> Good
          </button>
          <button type="button" aria-pressed={success === false} onClick={() => edit(setSuccess)(false)} className={thumb(false)}>
            <ThumbIcon direction="down" /> Bad
          </button>
        </div>
        <StarRating name={`${formId}-stars`} value={stars} onChange={edit(setStars)} />
      </div>
      <div>
        <label htmlFor={`${formId}-comment`} className={LABEL_CLASS}>
          Comment <span className="font-normal text-slate-500">(optional)</span>
        </label>
        <textarea
          id={`${formId}-comment`}
          rows={2}
          maxLength={2000}
          value={comment}
          onChange={(event) => edit(setComment)(event.target.value)}
          className={`${INPUT_CLASS} mt-1`}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={state.kind === "saving"} className={buttonClass("primary")}>
          {state.kind === "saving" ? "Saving…" : state.kind === "saved" ? "Update rating" : "Save rating"}
        </button>
        <p role="status" aria-live="polite" className="text-sm">
          {state.kind === "saved" ? (
            <span className="font-medium text-emerald-700 dark:text-emerald-400">
              ✓ Rating saved {formatDateTime(state.at)}
              {state.replaced ? " (replaced the earlier rating)" : ""}
            </span>
          ) : state.kind === "failed" ? (
            <span className="text-rose-600 dark:text-rose-400">{state.message}</span>
          ) : state.kind === "unsaved" && (success !== null || stars !== null) ? (
            <span className="text-slate-500">Not saved yet</span>
          ) : null}
        </p>
      </div>
    </form>
  );
}
