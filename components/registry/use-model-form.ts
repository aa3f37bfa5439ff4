"use client";

import { useState } from "react";
import { toApiError } from "@/lib/client/api-error";
import { fieldErrorsFromApi, type FieldErrors } from "@/lib/client/form-errors";
import { MODEL_FORM_FIELDS, type FormResult, type ModelFormValues } from "@/lib/client/model-form";
import type { ModelResponse } from "@/lib/schemas/models";

// The registry's two model forms (add, edit) differ in what they send, not in how: validate with
// the API's schema first, then save, and show a refusal next to the field the API names.

export function useModelForm<Body>({
  initialValues,
  parse,
  save,
  onSaved,
}: {
  initialValues: () => ModelFormValues;
  parse: (values: ModelFormValues) => FormResult<Body>;
  save: (body: Body) => Promise<ModelResponse>;
  onSaved: (model: ModelResponse) => void;
}) {
  const [values, setValues] = useState<ModelFormValues>(initialValues);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const parsed = parse(values);
    if (!parsed.ok) return setErrors(parsed.errors);
    setSaving(true);
    try {
      const model = await save(parsed.body);
      setErrors({});
      onSaved(model);
    } catch (error) {
      setErrors(fieldErrorsFromApi(toApiError(error), MODEL_FORM_FIELDS));
    } finally {
      setSaving(false);
    }
  }

  const change = (patch: Partial<ModelFormValues>) => setValues((current) => ({ ...current, ...patch }));
  return { values, errors, saving, submit, change };
}
