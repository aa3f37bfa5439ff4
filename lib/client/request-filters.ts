import { requestListQuerySchema } from "@/lib/schemas/requests";
import { queryString } from "./http";

// The request log's filters live in the page URL (so a filtered view can be shared or bookmarked)
// and travel unchanged to GET /v1/requests. Values the API would reject are dropped on the way in.

export const REQUEST_FILTER_FIELDS = [
  "q",
  "status",
  "model",
  "provider",
  "complexity",
  "task_type",
  "policy",
  "simulated",
  "rated",
  "from",
  "to",
] as const;
export type RequestFilterField = (typeof REQUEST_FILTER_FIELDS)[number];
export type RequestFilters = Partial<Record<RequestFilterField, string>>;

function isValid(field: RequestFilterField, value: string): boolean {
  return requestListQuerySchema.shape[field].safeParse(value).success;
}

/** Reads the filters from a URL's search parameters, keeping only values the API accepts. */
export function filtersFromSearchParams(search: { get(name: string): string | null }): RequestFilters {
  const filters: RequestFilters = {};
  for (const field of REQUEST_FILTER_FIELDS) {
    const value = search.get(field)?.trim();
    if (value && isValid(field, value)) filters[field] = value;
  }
  return filters;
}

/** The console URL's query string for these filters ("" when there are none). */
export function filtersToQueryString(filters: RequestFilters): string {
  return queryString(Object.fromEntries(REQUEST_FILTER_FIELDS.map((field) => [field, filters[field]])));
}

export function countActiveFilters(filters: RequestFilters): number {
  return REQUEST_FILTER_FIELDS.filter((field) => filters[field] !== undefined && filters[field] !== "").length;
}

export interface RequestListLocation {
  filters: RequestFilters;
  cursor?: string;
  limit?: number;
  format?: "json" | "csv";
}

/** GET /v1/requests with the filters, page and format. */
export function requestListPath(location: RequestListLocation): string {
  const values = Object.fromEntries(REQUEST_FILTER_FIELDS.map((field) => [field, location.filters[field]]));
  const format = location.format === "csv" ? "csv" : undefined;
  return `/v1/requests${queryString({ ...values, limit: location.limit, cursor: location.cursor, format })}`;
}
