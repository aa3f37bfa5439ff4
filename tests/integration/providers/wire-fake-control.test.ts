import { spawn } from "node:child_process";
import { once } from "node:events";
import { afterAll, describe, expect, it } from "vitest";
import { createOpenAIAdapter } from "@/lib/router/providers/openai";
import { testModel } from "@/tests/fakes/test-models";

// The fakes also run on their own (`tsx tests/fakes/openai-wire-server.ts --port 4010`) so that
// end-to-end tests can point the app at them through OPENAI_BASE_URL and script them over HTTP.

const children: ReturnType<typeof spawn>[] = [];
afterAll(() => {
  for (const child of children) child.kill("SIGTERM");
});

async function startStandalone(script: string): Promise<string> {
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", script, "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  let output = "";
  while (!/BASE_URL=(\S+)/.test(output)) {
    const [chunk] = (await once(child.stdout!, "data")) as [Buffer];
    output += chunk.toString();
  }
  return /BASE_URL=(\S+)/.exec(output)?.[1] ?? "";
}

describe("standalone wire fake", () => {
  it("starts from the command line, takes scripts over HTTP and serves the real SDK", async () => {
    const baseUrl = await startStandalone("tests/fakes/openai-wire-server.ts");
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const origin = baseUrl.replace(/\/v1$/, "");
    const scripted = await fetch(`${origin}/__fake/script`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "gpt-4o-mini", steps: [{ kind: "reply", text: "Scripted over HTTP.", usage: { input: 12, output: 4 } }] }),
    });
    expect(await scripted.json()).toEqual({ pending: 1 });

    const adapter = createOpenAIAdapter({ providerId: "openai", apiKey: "sk-e2e-0123456789abcdef", baseURL: baseUrl });
    const completion = await adapter.complete({ model: testModel({ id: "gpt-4o-mini" }), messages: [{ role: "user", content: "hi" }], signal: new AbortController().signal });
    expect(completion).toMatchObject({ text: "Scripted over HTTP.", usage: { inputTokens: 12, outputTokens: 4 } });

    const listed = (await (await fetch(`${origin}/__fake/requests`)).json()) as { requests: Array<{ headers: Record<string, string> }> };
    expect(listed.requests).toHaveLength(1);
    expect(listed.requests[0]?.headers.authorization).toBe("[present]");
    expect(JSON.stringify(listed)).not.toContain("sk-e2e");
  });

  it("rejects an invalid script with a 400", async () => {
    const baseUrl = await startStandalone("tests/fakes/anthropic-wire-server.ts");
    const response = await fetch(`${baseUrl}/__fake/script`, { method: "POST", body: JSON.stringify({ steps: [{ kind: "explode" }] }) });
    expect(response.status).toBe(400);
  });
});
