import type { Metadata } from "next";
import { buildOpenApiDocument } from "@/lib/server/openapi/openapi-document";
import { SchemaView, typeLabel } from "./schema-view";

export const metadata: Metadata = { title: "API reference" };

type Schema = Record<string, unknown>;
interface Operation {
  tags: string[];
  summary: string;
  description?: string;
  parameters: { name: string; in: string; required: boolean; schema: Schema; description?: string }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
}

const METHOD_COLORS: Record<string, string> = {
  get: "bg-sky-100 text-sky-800 dark:bg-sky-900 dark:text-sky-100",
  post: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900 dark:text-emerald-100",
  put: "bg-amber-100 text-amber-800 dark:bg-amber-900 dark:text-amber-100",
  patch: "bg-amber-100 text-amber-800 dark:bg-amber-900 dark:text-amber-100",
  delete: "bg-rose-100 text-rose-800 dark:bg-rose-900 dark:text-rose-100",
};

// The API reference, rendered from the same OpenAPI document /api/openapi.json serves (itself
// generated from the zod schemas the handlers use).
export default function ApiDocsPage() {
  const document = buildOpenApiDocument() as { info: { title: string; description: string }; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
  const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, operation })));
  const tags = [...new Set(operations.map((entry) => entry.operation.tags[0] ?? "Other"))];
  return (
    <main className="mx-auto max-w-5xl p-4 md:p-8">
      <h1 className="text-2xl font-semibold tracking-tight">{document.info.title}</h1>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{document.info.description}</p>
      <p className="mt-2 text-sm">
        Machine-readable: <a className="text-indigo-700 underline dark:text-indigo-300" href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.0). With
        ROUTER_API_KEY set, send <code className="font-mono">Authorization: Bearer &lt;key&gt;</code>.
      </p>
      {tags.map((tag) => (
        <section key={tag} className="mt-8">
          <h2 className="text-lg font-semibold">{tag}</h2>
          {operations
            .filter((entry) => (entry.operation.tags[0] ?? "Other") === tag)
            .map(({ path, method, operation }) => (
              <article key={`${method} ${path}`} className="mt-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
                <h3 className="flex flex-wrap items-center gap-2 font-mono text-sm">
                  <span className={`rounded px-2 py-0.5 text-xs font-semibold uppercase ${METHOD_COLORS[method] ?? ""}`}>{method}</span>
                  {path}
                </h3>
                <p className="mt-1 text-sm">{operation.summary}</p>
                {operation.description ? <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{operation.description}</p> : null}
                {operation.parameters.length > 0 ? (
                  <div className="mt-3">
                    <h4 className="text-xs font-semibold uppercase text-slate-500">Parameters</h4>
                    <SchemaView schema={{ properties: Object.fromEntries(operation.parameters.map((parameter) => [`${parameter.name} (${parameter.in})`, { ...parameter.schema, description: parameter.description }])), required: operation.parameters.filter((parameter) => parameter.required).map((parameter) => `${parameter.name} (${parameter.in})`) }} />
                  </div>
                ) : null}
                {operation.requestBody ? (
                  <p className="mt-3 text-sm">
                    <span className="text-xs font-semibold uppercase text-slate-500">Body </span>
                    <span className="font-mono text-xs">{typeLabel(operation.requestBody.content["application/json"]?.schema)}</span>
                  </p>
                ) : null}
                <ul className="mt-2 space-y-0.5 text-xs">
                  {Object.entries(operation.responses).map(([status, response]) => (
                    <li key={status}>
                      <span className="font-mono font-semibold">{status}</span> {response.description}
                      {response.content ? <span className="font-mono"> · {Object.entries(response.content).map(([type, media]) => <span key={type}>{type}: {typeLabel(media.schema)} </span>)}</span> : null}
                    </li>
                  ))}
                </ul>
              </article>
            ))}
        </section>
      ))}
      <section className="mt-10">
        <h2 className="text-lg font-semibold">Schemas</h2>
        {Object.entries(document.components.schemas).map(([name, schema]) => (
          <article key={name} id={`schema-${name}`} className="mt-3 scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
            <h3 className="mb-2 font-mono text-sm font-semibold">{name}</h3>
            <SchemaView schema={schema} />
          </article>
        ))}
      </section>
    </main>
  );
}
