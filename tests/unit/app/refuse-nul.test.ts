import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { refuseNulCharacters } from "@/lib/server/http/refuse-nul";

function refusalOf(value: unknown): AppError | undefined {
  try {
    refuseNulCharacters(value);
    return undefined;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

describe("refuseNulCharacters", () => {
  it("passes text without U+0000, whatever else it holds", () => {
    expect(refusalOf({ prompt: "¿Qué? 🌱 \u0001\u001f \ud800 <|endoftext|>", list: [1, null, true, { nested: "ok" }] })).toBeUndefined();
    expect(refusalOf("plain")).toBeUndefined();
    expect(refusalOf(null)).toBeUndefined();
  });

  it("names the first string or key that holds U+0000 as a 422 param", () => {
    expect(refusalOf({ messages: [{ content: "fine" }, { content: [{ text: "a\u0000b" }] }] })).toMatchObject({
      status: 422,
      type: "validation_error",
      param: "messages.1.content.0.text",
      message: "messages.1.content.0.text: must not contain the NUL character (U+0000)",
    });
    expect(refusalOf({ constraints: { "max\u0000cost": 1 } })).toMatchObject({ param: "constraints.max\u0000cost" });
    // In document order: the earlier of two offending fields is the one named.
    expect(refusalOf({ a: ["ok", "x\u0000"], b: "\u0000" })).toMatchObject({ param: "a.1" });
    expect(refusalOf("\u0000")).toMatchObject({ status: 422, param: undefined, message: "must not contain the NUL character (U+0000)" });
  });

  it("walks a body nested far deeper than the call stack allows", () => {
    const deep = JSON.parse(`${"[".repeat(200_000)}"\\u0000"${"]".repeat(200_000)}`) as unknown;
    const refusal = refusalOf(deep);
    expect(refusal?.param?.split(".")).toHaveLength(200_000);
  });
});
