import { z } from "zod";
import { errorBodySchema } from "@/lib/schemas/common";
import { API_OPERATIONS, PATH_PARAMETERS, type ApiOperation } from "./openapi-operations";

// GET /api/openapi.json: an OpenAPI 3.0 document generated from the same zod schemas the handlers
// parse with (z.toJSONSchema, OpenAPI 3.0 target): request bodies as the input type (defaults
// optional), responses as the output type. Named schemas (.meta({ id })) become components.

type JsonSchema = Record<string, unknown>;

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Malformed JSON or request",
  401: "Missing or wrong bearer key (when ROUTER_API_KEY is set)",
  404: "Unknown id",
  409: "Conflict (the id exists, or the request cannot be rated)",
  413: "Body over MAX_BODY_BYTES",
  422: "Invalid field (param names it), or no eligible model",
  429: "Hourly budget used up (Retry-After says when the next hour opens)",
  502: "Every model failed",
  503: "Database unreachable",
};

class ComponentCollector {
  readonly schemas: Record<string, JsonSchema> = {};

  add(schema: z.ZodType, io: "input" | "output"): JsonSchema {
    const generated = z.toJSONSchema(schema, { target: "openapi-3.0", io, unrepresentable: "any" }) as JsonSchema;
    const { definitions, ...root } = generated as JsonSchema & { definitions?: Record<string, JsonSchema> };
    const renames = new Map<string, string>();
    for (const [name, definition] of Object.entries(definitions ?? {})) {
      const existing = this.schemas[name];
      const unique = existing && JSON.stringify(existing) !== JSON.stringify(definition) ? `${name}${io === "input" ? "Input" : "Output"}` : name;
      renames.set(name, unique);
    }
    const rewrite = (value: JsonSchema) => JSON.parse(JSON.stringify(value).replace(/"#\/definitions\/([^"]+)"/g, (_, name: string) => `"#/components/schemas/${renames.get(name) ?? name}"`)) as JsonSchema;
    for (const [name, definition] of Object.entries(definitions ?? {})) this.schemas[renames.get(name)!] = rewrite(definition);
    return rewrite(root);
  }
}

function queryParameters(schema: z.ZodType, components: ComponentCollector): JsonSchema[] {
  const generated = components.add(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(generated.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: generated.required?.includes(name) ?? false,
    schema: property,
    ...(typeof property.description === "string" ? { description: property.description } : {}),
  }));
}

function operationObject(operation: ApiOperation, components: ComponentCollector, errorRef: JsonSchema): JsonSchema {
  const success = operation.response
    ? {
        description: "Success",
        content: {
          [operation.responseType ?? "application/json"]: { schema: components.add(operation.response, "output") },
          ...(operation.streams ? { "text/event-stream": { schema: { type: "string", description: operation.streams } } } : {}),
        },
      }
    : { description: "Done (no content)" };
  return {
    tags: [operation.tag],
    summary: operation.summary,
    ...(operation.description || operation.streams ? { description: [operation.description, operation.streams].filter(Boolean).join(" ") } : {}),
    ...(operation.public ? { security: [] } : {}),
    parameters: [...(PATH_PARAMETERS[operation.path] ?? []), ...(operation.query ? queryParameters(operation.query, components) : [])],
    ...(operation.body ? { requestBody: { required: true, content: { "application/json": { schema: components.add(operation.body, "input") } } } } : {}),
    responses: {
      [String(operation.status ?? (operation.response ? 200 : 204))]: success,
      ...Object.fromEntries(operation.errors.map((status) => [String(status), { description: ERROR_DESCRIPTIONS[status] ?? "Error", content: { "application/json": { schema: errorRef } } }])),
    },
  };
}

export function buildOpenApiDocument(): JsonSchema {
  const components = new ComponentCollector();
  const errorRef = components.add(errorBodySchema, "output");
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const operation of API_OPERATIONS) (paths[operation.path] ??= {})[operation.method] = operationObject(operation, components, errorRef);
  return {
    openapi: "3.0.3",
    info: {
      title: "LLM routing console API",
      version: "1.0.0",
      description: "Routes each prompt to the cheapest model that answers it well, records every request, learns from ratings and holds an hourly budget. Errors are always { error: { type, message, param? } }.",
    },
    servers: [{ url: "/" }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "ROUTER_API_KEY, when the server has one" } },
      schemas: components.schemas,
    },
  };
}
