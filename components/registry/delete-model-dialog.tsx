"use client";

import { useEffect, useRef, useState } from "react";
import { buttonClass } from "@/components/ui/styles";
import { api } from "@/lib/client/api";
import { toApiError } from "@/lib/client/api-error";

/** Asks before deleting a model (a modal dialog: focus stays inside, Escape cancels). */
export function DeleteModelDialog({ modelId, onDeleted, onClose }: { modelId: string; onDeleted: () => void; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);

  useEffect(() => {
    // Removing the element on unmount closes it; closing here would fire onClose a second time.
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  async function confirm() {
    setDeleting(true);
    try {
      await api.deleteModel(modelId);
      onDeleted();
    } catch (failure) {
      setError(toApiError(failure).message);
      setDeleting(false);
    }
  }

  return (
    <dialog
      ref={dialogRef}
      onClose={onClose}
      aria-labelledby="delete-model-title"
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id="delete-model-title" className="text-base font-semibold">
        Delete {modelId}?
      </h2>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        The router stops choosing it at once. Requests it already answered keep their history, and the deletion is recorded in the change
        history. To stop using it only for a while, disable it instead.
      </p>
      {error ? (
        <p role="alert" className="mt-3 text-sm text-rose-600 dark:text-rose-400">
          {error}
        </p>
      ) : null}
      <div className="mt-4 flex justify-end gap-2">
        <button type="button" autoFocus onClick={onClose} className={buttonClass("secondary")}>
          Keep it
        </button>
        <button type="button" disabled={deleting} onClick={confirm} className={buttonClass("danger")}>
          {deleting ? "Deleting…" : `Delete ${modelId}`}
        </button>
      </div>
    </dialog>
  );
}
