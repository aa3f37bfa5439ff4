import { FORM_ERROR_KEY, type FieldErrors } from "@/lib/client/form-errors";

/** The problem that belongs to no single field (a server refusal, a conflict), announced to screen readers. */
export function FormError({ errors }: { errors: FieldErrors }) {
  const message = errors[FORM_ERROR_KEY];
  return message ? (
    <p role="alert" className="text-sm text-rose-600 dark:text-rose-400">
      {message}
    </p>
  ) : null;
}
