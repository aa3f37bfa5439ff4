import type { z } from "zod";
import type { ApiError } from "./api-error";

// Validation messages shown next to the field they are about. Client-side checks use the API's own
// zod schemas, so the message is the one the API would give; the API's 422 `param` points at the
// same field when the server rejects something the client could not know (e.g. a duplicate id).

/** Field name → message; "_form" holds problems that belong to no single field. */
export type FieldErrors = Record<string, string>;
export const FORM_ERROR_KEY = "_form";

function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** The field a path is about: its last named segment ("constraints.min_quality" → "min_quality", "capabilities.0" → "capabilities"). */
function fieldOf(path: readonly PropertyKey[]): string | undefined {
  const named = path.filter((segment): segment is string => typeof segment === "string" && !/^\d+$/.test(segment));
  return named.at(-1);
}

/** The first message for each field of a failed parse. */
export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = fieldOf(issue.path) ?? FORM_ERROR_KEY;
    errors[key] ??= sentence(issue.message);
  }
  return errors;
}

/** An API error as form errors: at the field its `param` names when the form has it, else for the whole form. */
export function fieldErrorsFromApi(error: ApiError, knownFields: readonly string[]): FieldErrors {
  const field = error.param ? fieldOf(error.param.split(/[.[\]]+/).filter(Boolean)) : undefined;
  if (field && knownFields.includes(field)) return { [field]: sentence(error.message) };
  return { [FORM_ERROR_KEY]: sentence(error.message) };
}

/**
 * Text from a number input as a number: "" → undefined (left for the schema to report as missing),
 * anything else through Number(), so "abc" becomes NaN and the schema rejects it.
 */
export function numberFromInput(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === "" ? undefined : Number(trimmed);
}
