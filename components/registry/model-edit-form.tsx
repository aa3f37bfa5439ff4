"use client";

import { useState } from "react";
import { buttonClass } from "@/components/ui/styles";
import { api } from "@/lib/client/api";
import { toApiError } from "@/lib/client/api-error";
import { fieldErrorsFromApi, FORM_ERROR_KEY, type FieldErrors } from "@/lib/client/form-errors";
import { MODEL_FORM_FIELDS, modelToFormValues, parseModelPatch, type ModelFormValues } from "@/lib/client/model-form";
import type { ModelResponse } from "@/lib/schemas/models";
import { ModelFields } from "./model-fields";

/** Edits one model in place; only the fields that changed are sent (PATCH /v1/models/{id}). */
export function ModelEditForm({
  model,
  providers,
  onSaved,
  onCancel,
}: {
  model: ModelResponse;
  providers: readonly string[];
  onSaved: (model: ModelResponse) => void;
  onCancel: () => void;
}) {
  const [values, setValues] = useState<ModelFormValues>(() => modelToFormValues(model));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const parsed = parseModelPatch(model, values);
    if (!parsed.ok) return setErrors(parsed.errors);
    setSaving(true);
    try {
      onSaved(await api.updateModel(model.id, parsed.body));
    } catch (error) {
      setErrors(fieldErrorsFromApi(toApiError(error), MODEL_FORM_FIELDS));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      onSubmit={submit}
      onKeyDown={(event) => event.key === "Escape" && onCancel()}
      aria-label={`Edit ${model.id}`}
      noValidate
      className="space-y-3"
    >
      <ModelFields formId={`edit-${model.id}`} values={values} errors={errors} providers={providers} creating={false} onChange={(patch) => setValues((current) => ({ ...current, ...patch }))} />
      {errors[FORM_ERROR_KEY] ? (
        <p role="alert" className="text-sm text-rose-600 dark:text-rose-400">
          {errors[FORM_ERROR_KEY]}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button type="submit" disabled={saving} className={buttonClass("primary")}>
          {saving ? "Saving…" : "Save changes"}
        </button>
        <button type="button" onClick={onCancel} className={buttonClass("ghost")}>
          Cancel
        </button>
      </div>
    </form>
  );
}
