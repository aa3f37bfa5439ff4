// A parameterised SQL statement, written once with PostgreSQL-style placeholders ($1, $2, …) that
// the SQLite client rewrites to SQLite's numbered form (?1, ?2, …). The `sql` tag builds one from a
// template, so a value can never be spliced into the text; nested statements (filters, lists,
// rows) are spliced as text pieces, and the placeholders are numbered once, when the text is
// first read. Building a statement is on every request's path, so no regular expressions here.

export type SqlValue = string | number | boolean | null;

export interface SqlStatement {
  readonly text: string;
  readonly values: readonly SqlValue[];
}

class Statement implements SqlStatement {
  private cachedText: string | undefined;

  /** `pieces` has one more entry than `values`: text, value, text, value, …, text. */
  constructor(
    readonly pieces: readonly string[],
    readonly values: readonly SqlValue[],
  ) {}

  get text(): string {
    if (this.cachedText === undefined) {
      let text = this.pieces[0]!;
      for (let index = 1; index < this.pieces.length; index++) text += `$${index}${this.pieces[index]}`;
      this.cachedText = text;
    }
    return this.cachedText;
  }
}

/** Appends a statement's pieces and values to a builder's. */
function splice(pieces: string[], values: SqlValue[], part: Statement): void {
  pieces[pieces.length - 1] += part.pieces[0]!;
  for (let index = 1; index < part.pieces.length; index++) pieces.push(part.pieces[index]!);
  for (const value of part.values) values.push(value);
}

export function sql(strings: TemplateStringsArray, ...parts: readonly (SqlValue | SqlStatement)[]): Statement {
  const pieces: string[] = [strings[0] ?? ""];
  const values: SqlValue[] = [];
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    // SqlValue has no object members: any object is a nested statement.
    if (typeof part === "object" && part !== null) splice(pieces, values, asStatement(part));
    else {
      values.push(part as SqlValue);
      pieces.push("");
    }
    pieces[pieces.length - 1] += strings[index + 1] ?? "";
  }
  return new Statement(pieces, values);
}

/** Joins statements with a separator (", ", " AND "); an empty list gives `empty`. */
export function joinSql(parts: readonly SqlStatement[], separator: string, empty = ""): Statement {
  if (parts.length === 0) return new Statement([empty], []);
  const pieces: string[] = [""];
  const values: SqlValue[] = [];
  parts.forEach((part, index) => {
    if (index > 0) pieces[pieces.length - 1] += separator;
    splice(pieces, values, asStatement(part));
  });
  return new Statement(pieces, values);
}

/** Trusted SQL text (an identifier or keyword chosen by code, never by input). */
export function rawSql(text: string): Statement {
  return new Statement([text], []);
}

function asStatement(part: SqlStatement): Statement {
  if (part instanceof Statement) return part;
  if (part.values.length > 0) throw new Error("only statements built with sql`` can be nested");
  return rawSql(part.text);
}
