import { AppError } from "@/lib/errors";

// No text a request carries may contain U+0000: PostgreSQL cannot store it in a text or JSON column
// (every prompt, id, filter and comment ends up in one), and SQLite would store what PostgreSQL
// refuses, so the two databases would disagree. Refused alike on both, before anything is read or
// written: path parameters (by withApi), query parameters, names too, and every string and key of a
// JSON body (as the handler reads them, before its schema).

const NUL = "\u0000";

// Each visited value links to its parent, so the walk stays linear in the body's size however deep
// it nests; the path is only spelt out for the error.
interface Visit {
  value: unknown;
  key: string | number | null;
  parent: Visit | null;
}

function refusal(visit: Visit, key?: string): AppError {
  const reversed: (string | number)[] = key === undefined ? [] : [key];
  for (let step: Visit | null = visit; step !== null && step.key !== null; step = step.parent) reversed.push(step.key);
  const param = reversed.reverse().join(".");
  return new AppError("validation_error", `${param ? `${param}: ` : ""}must not contain the NUL character (U+0000)`, param || undefined);
}

/** Throws a 422 naming the first string (or object key) that contains U+0000. */
export function refuseNulCharacters(value: unknown): void {
  // Iterative, so a deeply nested body cannot exhaust the stack; children are stacked last first,
  // so they are visited in document order.
  const pending: Visit[] = [{ value, key: null, parent: null }];
  for (let visit = pending.pop(); visit !== undefined; visit = pending.pop()) {
    const current = visit.value;
    if (typeof current === "string") {
      if (current.includes(NUL)) throw refusal(visit);
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) pending.push({ value: current[index], key: index, parent: visit });
    } else if (typeof current === "object" && current !== null) {
      const entries = Object.entries(current);
      for (const [key] of entries) if (key.includes(NUL)) throw refusal(visit, key);
      for (let index = entries.length - 1; index >= 0; index--) pending.push({ value: entries[index]![1], key: entries[index]![0], parent: visit });
    }
  }
}
