import { readdirSync, statSync } from "node:fs";
import path from "node:path";

// Finds the app's route handlers the way Next's App Router does: every app/**/route.ts, with
// `[name]` folders as parameters and `(group)` folders left out of the path. The test server
// dispatches real HTTP requests to them, so every route file is exercised through its URL.

export interface RouteEntry {
  pattern: RegExp;
  parameterNames: string[];
  file: string;
  urlPath: string;
}

function routeFiles(directory: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory)) {
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory()) files.push(...routeFiles(full));
    else if (entry === "route.ts") files.push(full);
  }
  return files;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function buildRouteTable(appDirectory: string): RouteEntry[] {
  return routeFiles(appDirectory)
    .map((file) => {
      const segments = path.relative(appDirectory, path.dirname(file)).split(path.sep).filter((segment) => segment && !/^\(.*\)$/.test(segment));
      const parameterNames: string[] = [];
      const pattern = segments
        .map((segment) => {
          const parameter = /^\[(\w+)\]$/.exec(segment);
          if (!parameter) return escapeRegExp(segment);
          parameterNames.push(parameter[1]!);
          return "([^/]+)";
        })
        .join("/");
      return { pattern: new RegExp(`^/${pattern}/?$`), parameterNames, file, urlPath: `/${segments.join("/")}` };
    })
    // Static routes before dynamic ones, as Next matches them.
    .sort((left, right) => left.parameterNames.length - right.parameterNames.length);
}
