// Loads Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm). The package's
// entry point imports the .wasm file as an ES module, which Node 20 cannot do, so we instantiate the
// bytes ourselves with the package's own JS glue as the import object. The glue keeps the instance in
// a module-level variable: instantiate once per process.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import type { ErrorCapturingSqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

let instantiation: Promise<void> | undefined;

async function instantiateOnce(): Promise<void> {
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmBytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(wasmBytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  const start = instance.exports.__wbindgen_start;
  if (typeof start === "function") start();
}

export interface SchemaEngineOptions {
  /** [path, content] pairs; the engine reads the provider from them. */
  schemaFiles: Array<[string, string]>;
  adapterFactory: ErrorCapturingSqlMigrationAwareDriverAdapterFactory;
  log?: (line: string) => void;
}

export async function startSchemaEngine(options: SchemaEngineOptions): Promise<SchemaEngine> {
  instantiation ??= instantiateOnce();
  await instantiation;
  const log = options.log ?? (() => undefined);
  return glue.SchemaEngine.new({ datamodels: options.schemaFiles }, log, options.adapterFactory);
}

export type { SchemaEngine };
