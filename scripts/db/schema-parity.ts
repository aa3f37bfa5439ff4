// Compares the SQLite and PostgreSQL schemas. They must be identical except for the generator's
// `output` and the datasource's `provider`; comments (`//`) and spacing do not count, doc comments
// (`///`, which reach the generated client) do.

interface SchemaBlock {
  readonly header: string;
  readonly lines: string[];
}

/** Drops a `//` comment (not `///`) and collapses spaces, leaving quoted strings untouched. */
function normalizeLine(line: string): string {
  let result = "";
  let inString = false;
  for (let index = 0; index < line.length; index += 1) {
    const character = line[index] ?? "";
    if (character === '"' && line[index - 1] !== "\\") inString = !inString;
    if (!inString && line.startsWith("//", index) && !line.trimStart().startsWith("///")) break;
    if (!inString && /\s/.test(character)) {
      if (!result.endsWith(" ")) result += " ";
      continue;
    }
    result += character;
  }
  return result.trim();
}

const IGNORED_KEYS: Record<string, string> = { generator: "output", datasource: "provider" };

function parseBlocks(schema: string): SchemaBlock[] {
  const blocks: SchemaBlock[] = [];
  let current: SchemaBlock | undefined;
  let pendingDocs: string[] = [];
  for (const raw of schema.split(/\r?\n/)) {
    const line = normalizeLine(raw);
    if (line === "") continue;
    if (!current) {
      if (line.startsWith("///")) {
        pendingDocs.push(line);
      } else {
        current = { header: line.replace(/\s*\{$/, ""), lines: pendingDocs };
        pendingDocs = [];
      }
      continue;
    }
    if (line === "}") {
      blocks.push(current);
      current = undefined;
      continue;
    }
    const ignoredKey = IGNORED_KEYS[current.header.split(" ")[0] ?? ""];
    if (ignoredKey && new RegExp(`^${ignoredKey}\\s*=`).test(line)) continue;
    current.lines.push(line);
  }
  if (current) blocks.push(current);
  return blocks;
}

/** Human-readable differences, empty when the schemas declare the same models. */
export function compareSchemas(options: { sqlite: string; postgresql: string }): string[] {
  const sqliteBlocks = new Map(parseBlocks(options.sqlite).map((block) => [block.header, block]));
  const postgresBlocks = new Map(parseBlocks(options.postgresql).map((block) => [block.header, block]));
  const problems: string[] = [];
  for (const header of new Set([...sqliteBlocks.keys(), ...postgresBlocks.keys()])) {
    const sqliteLines = sqliteBlocks.get(header)?.lines;
    const postgresLines = postgresBlocks.get(header)?.lines;
    if (!sqliteLines || !postgresLines) {
      problems.push(`${header}: only in the ${sqliteLines ? "SQLite" : "PostgreSQL"} schema`);
      continue;
    }
    const onlySqlite = sqliteLines.filter((line) => !postgresLines.includes(line));
    const onlyPostgres = postgresLines.filter((line) => !sqliteLines.includes(line));
    for (const line of onlySqlite) problems.push(`${header}: SQLite has \`${line}\`, PostgreSQL does not`);
    for (const line of onlyPostgres) problems.push(`${header}: PostgreSQL has \`${line}\`, SQLite does not`);
    if (onlySqlite.length === 0 && onlyPostgres.length === 0 && sqliteLines.join("\n") !== postgresLines.join("\n")) {
      problems.push(`${header}: same lines in a different order`);
    }
  }
  const order = (blocks: Map<string, SchemaBlock>) => [...blocks.keys()].join(" | ");
  if (problems.length === 0 && order(sqliteBlocks) !== order(postgresBlocks)) {
    problems.push("The schemas declare the same blocks in a different order");
  }
  return problems;
}
