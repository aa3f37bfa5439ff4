import { expect } from "vitest";
import { errorBodySchema } from "@/lib/schemas/common";

/** Asserts an error response: status, `{ error: { type, message, param? } }`, and no stack trace. */
export async function expectError(response: Response, expected: { status: number; type: string; param?: string }): Promise<void> {
  const text = await response.text();
  expect(response.status, text).toBe(expected.status);
  expect(text).not.toMatch(/\bat .+\.(ts|js):\d+|node_modules|Error:/);
  const body = errorBodySchema.parse(JSON.parse(text));
  expect(body.error.type).toBe(expected.type);
  expect(body.error.message.length).toBeGreaterThan(0);
  if (expected.param !== undefined) expect(body.error.param).toBe(expected.param);
}
