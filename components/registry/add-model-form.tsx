"use client";

import { FormError } from "@/components/ui/form-error";
import { buttonClass } from "@/components/ui/styles";
import { api } from "@/lib/client/api";
import { emptyModelForm, parseModelCreate } from "@/lib/client/model-form";
import type { ModelResponse } from "@/lib/schemas/models";
import { ModelFields } from "./model-fields";
import { useModelForm } from "./use-model-form";

/** Registers a new model (POST /v1/models); the router can choose it as soon as it is saved. */
export function AddModelForm({ providers, onAdded, onClose }: { providers: readonly string[]; onAdded: (model: ModelResponse) => void; onClose: () => void }) {
  const form = useModelForm({
    initialValues: () => emptyModelForm(providers[0] ?? ""),
    parse: parseModelCreate,
    save: (body) => api.createModel(body),
    onSaved: onAdded,
  });

  return (
    <form onSubmit={form.submit} aria-label="Add a model" noValidate className="space-y-4">
      <ModelFields formId="add-model" values={form.values} errors={form.errors} providers={providers} creating onChange={form.change} />
      <FormError errors={form.errors} />
      <div className="flex gap-2">
        <button type="submit" disabled={form.saving} className={buttonClass("primary")}>
          {form.saving ? "Adding…" : "Add model"}
        </button>
        <button type="button" onClick={onClose} className={buttonClass("ghost")}>
          Cancel
        </button>
      </div>
    </form>
  );
}
