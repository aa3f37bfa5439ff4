"use client";

import { FormError } from "@/components/ui/form-error";
import { buttonClass } from "@/components/ui/styles";
import { api } from "@/lib/client/api";
import { modelToFormValues, parseModelPatch } from "@/lib/client/model-form";
import type { ModelResponse } from "@/lib/schemas/models";
import { ModelFields } from "./model-fields";
import { useModelForm } from "./use-model-form";

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
  const form = useModelForm({
    initialValues: () => modelToFormValues(model),
    parse: (values) => parseModelPatch(model, values),
    save: (body) => api.updateModel(model.id, body),
    onSaved,
  });

  return (
    <form
      onSubmit={form.submit}
      onKeyDown={(event) => event.key === "Escape" && onCancel()}
      aria-label={`Edit ${model.id}`}
      noValidate
      className="space-y-3"
    >
      <ModelFields formId={`edit-${model.id}`} values={form.values} errors={form.errors} providers={providers} creating={false} onChange={form.change} />
      <FormError errors={form.errors} />
      <div className="flex gap-2">
        <button type="submit" disabled={form.saving} className={buttonClass("primary")}>
          {form.saving ? "Saving…" : "Save changes"}
        </button>
        <button type="button" onClick={onCancel} className={buttonClass("ghost")}>
          Cancel
        </button>
      </div>
    </form>
  );
}
