import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { refuseNulCharacters } from "./refuse-nul";

// Request bodies: read with a byte limit counted while reading (a missing or lying Content-Length
// changes nothing), parsed as JSON (400 when it is not), refused if any string holds U+0000 (422,
// see refuse-nul.ts), validated with the endpoint's zod schema (422 naming the first bad field).

async function readLimitedText(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", `The request body is larger than ${maxBytes} bytes (MAX_BODY_BYTES)`);
}

function parseJsonText(text: string): unknown {
  if (text.trim() === "") throw new AppError("invalid_request", "The request needs a JSON body");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid_request", "The request body is not valid JSON");
  }
}

export function validate<Schema extends z.ZodType>(schema: Schema, value: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const param = issue.path.map(String).join(".");
  throw new AppError("validation_error", param ? `${param}: ${issue.message}` : issue.message, param || undefined);
}

export async function readJsonBody<Schema extends z.ZodType>(request: Request, schema: Schema, maxBytes: number): Promise<z.infer<Schema>> {
  const body = parseJsonText(await readLimitedText(request, maxBytes));
  refuseNulCharacters(body);
  return validate(schema, body);
}

/** Query-string parameters (repeated names keep their last value) validated like a body. */
export function readQuery<Schema extends z.ZodType>(url: URL, schema: Schema): z.infer<Schema> {
  const parameters = Object.fromEntries(url.searchParams.entries());
  refuseNulCharacters(parameters);
  return validate(schema, parameters);
}
