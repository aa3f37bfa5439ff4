// A JSON schema (OpenAPI 3.0 flavour) as a readable property table; references link to the named
// schema further down the page. Text only: nothing from the schema is interpreted as HTML.

type Schema = Record<string, unknown>;

function refName(schema: Schema): string | undefined {
  return typeof schema.$ref === "string" ? schema.$ref.split("/").at(-1) : undefined;
}

export function typeLabel(schema: Schema | undefined): React.ReactNode {
  if (!schema) return "any";
  const ref = refName(schema);
  if (ref) return <a className="text-indigo-700 underline dark:text-indigo-300" href={`#schema-${ref}`}>{ref}</a>;
  const variants = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (variants) return variants.map((variant, index) => <span key={index}>{index > 0 ? " | " : ""}{typeLabel(variant)}</span>);
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  if (schema.type === "array") return <>{typeLabel(schema.items as Schema | undefined)}[]</>;
  const base = typeof schema.type === "string" ? schema.type : "object";
  return schema.nullable ? `${base} | null` : base;
}

function limits(schema: Schema): string {
  const parts: string[] = [];
  if (schema.minimum !== undefined) parts.push(`${schema.exclusiveMinimum ? ">" : "≥"} ${String(schema.minimum)}`);
  if (schema.maximum !== undefined) parts.push(`${schema.exclusiveMaximum ? "<" : "≤"} ${String(schema.maximum)}`);
  if (schema.maxLength !== undefined) parts.push(`max ${String(schema.maxLength)} chars`);
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts.join(", ");
}

export function SchemaView({ schema }: { schema: Schema }) {
  const properties = schema.properties as Record<string, Schema> | undefined;
  if (!properties) return <p className="text-sm">{typeLabel(schema)}</p>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-xs uppercase text-slate-500">
        <tr>
          <th className="py-1 pr-3 font-medium">Field</th>
          <th className="py-1 pr-3 font-medium">Type</th>
          <th className="py-1 font-medium">Notes</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(properties).map(([name, property]) => (
          <tr key={name} className="border-t border-slate-100 align-top dark:border-slate-800">
            <td className="py-1 pr-3 font-mono text-xs">
              {name}
              {required.has(name) ? <span className="text-rose-600" title="required"> *</span> : null}
            </td>
            <td className="py-1 pr-3 font-mono text-xs">{typeLabel(property)}</td>
            <td className="py-1 text-xs text-slate-600 dark:text-slate-400">
              {[typeof property.description === "string" ? property.description : "", limits(property)].filter(Boolean).join(" · ")}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
