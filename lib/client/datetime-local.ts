// <input type="datetime-local"> speaks local wall-clock time without a zone ("2026-11-25T14:30");
// the API speaks ISO 8601 instants. These convert between the two in the viewer's time zone.

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

export function isoToLocalInput(iso: string | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function localInputToIso(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
