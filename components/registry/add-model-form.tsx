"use client";

import { useState } from "react";
import { buttonClass } from "@/components/ui/styles";
import { api } from "@/lib/client/api";
import { toApiError } from "@/lib/client/api-error";
import { fieldErrorsFromApi, FORM_ERROR_KEY, type FieldErrors } from "@/lib/client/form-errors";
import { emptyModelForm, MODEL_FORM_FIELDS, parseModelCreate, type ModelFormValues } from "@/lib/client/model-form";
import type { ModelResponse } from "@/lib/schemas/models";
import { ModelFields } from "./model-fields";

/** Registers a new model (POST /v1/models); the router can choose it as soon as it is saved. */
export function AddModelForm({ providers, onAdded, onClose }: { providers: readonly string[]; onAdded: (model: ModelResponse) => void; onClose: () => void }) {
  const [values, setValues] = useState<ModelFormValues>(() => emptyModelForm(providers[0] ?? ""));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const parsed = parseModelCreate(values);
    if (!parsed.ok) return setErrors(parsed.errors);
    setSaving(true);
    try {
      const model = await api.createModel(parsed.body);
      setErrors({});
      onAdded(model);
    } catch (error) {
      setErrors(fieldErrorsFromApi(toApiError(error), MODEL_FORM_FIELDS));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={submit} aria-label="Add a model" noValidate className="space-y-4">
      <ModelFields formId="add-model" values={values} errors={errors} providers={providers} creating onChange={(patch) => setValues((current) => ({ ...current, ...patch }))} />
      {errors[FORM_ERROR_KEY] ? (
        <p role="alert" className="text-sm text-rose-600 dark:text-rose-400">
          {errors[FORM_ERROR_KEY]}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button type="submit" disabled={saving} className={buttonClass("primary")}>
          {saving ? "Adding…" : "Add model"}
        </button>
        <button type="button" onClick={onClose} className={buttonClass("ghost")}>
          Cancel
        </button>
      </div>
    </form>
  );
}
