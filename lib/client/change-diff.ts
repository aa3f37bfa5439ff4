// What one registry change changed, field by field, for the change history. Timestamps are left
// out (they change on every write and say nothing about the model).

const IGNORED_FIELDS = new Set(["created_at", "updated_at", "createdAt", "updatedAt"]);

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

function show(value: unknown): string {
  if (value === undefined) return "—";
  if (value === null) return "none";
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.map(String).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export function diffChange(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of [...fields].sort()) {
    if (IGNORED_FIELDS.has(field)) continue;
    const previous = show(before?.[field]);
    const next = show(after?.[field]);
    if (previous !== next) changes.push({ field, before: previous, after: next });
  }
  return changes;
}
