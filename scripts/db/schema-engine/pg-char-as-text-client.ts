// A pg client that reports PostgreSQL's internal `"char"` type (OID 18) as text. The schema engine's
// catalog queries return such columns (e.g. pg_class.relkind), and @prisma/adapter-pg 7.10 rejects
// them as an unsupported type; pg already parses their values as strings.
import pg from "pg";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

function relabelCharAsText(result: unknown): unknown {
  const fields = (result as { fields?: Array<{ dataTypeID: number }> } | null)?.fields;
  for (const field of fields ?? []) {
    if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  }
  return result;
}

type Query = (...args: unknown[]) => unknown;

export class CharAsTextClient extends pg.Client {}

const originalQuery = pg.Client.prototype.query as Query;
// pg's query() is called with a callback (pool.query) and promise-style (the adapter's transactions).
(CharAsTextClient.prototype as unknown as { query: Query }).query = function query(this: pg.Client, ...args: unknown[]) {
  const last = args.at(-1);
  if (typeof last === "function") {
    const callback = last as (error: unknown, result: unknown) => void;
    args[args.length - 1] = (error: unknown, result: unknown) => callback(error, error ? result : relabelCharAsText(result));
    return originalQuery.apply(this, args);
  }
  const returned = originalQuery.apply(this, args);
  return returned instanceof Promise ? returned.then(relabelCharAsText) : returned;
};
