// The LLM classifier through the app: a real provider call (the OpenAI SDK against a local wire
// fake) whose JSON answer classifies the prompt, and whose cost is added to the hour's spend.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { budgetResponseSchema } from "@/lib/schemas/budget";
import { classifyResponseSchema } from "@/lib/schemas/classify";
import { testProviders } from "@/tests/helpers/test-database";
import { startOpenAIWireServer } from "@/tests/fakes/openai-wire-server";
import type { FakeWireServer } from "@/tests/fakes/wire-server";
import { startTestApp, type TestApp } from "./support/test-app";

describe.each(testProviders())("LLM classifier on %s", (provider) => {
  let app: TestApp;
  let openai: FakeWireServer;
  beforeAll(async () => {
    openai = await startOpenAIWireServer();
    app = await startTestApp(provider, { env: { OPENAI_API_KEY: "sk-test-classifier-0123456789ab", OPENAI_BASE_URL: openai.baseUrl } });
  });
  afterAll(async () => {
    await app?.close();
    await openai?.close();
  });

  it("classifies with the model's JSON answer and charges the call to the hour", async () => {
    openai.script([{ kind: "reply", text: '{"complexity": "expert", "task_type": "reasoning", "confidence": 0.9}', usage: { input: 200, output: 10 } }], { model: "gpt-4o-mini" });
    const classified = classifyResponseSchema.parse(
      await (await app.fetch("/v1/classify", { method: "POST", json: { prompt: "Is every bounded monotone sequence convergent?", classifier: "llm" } })).json(),
    );
    expect(classified).toMatchObject({ complexity: "expert", task_type: "reasoning", confidence: 0.9, classifier: "llm", fallback_reason: null });
    const budget = budgetResponseSchema.parse(await (await app.fetch("/v1/budget")).json());
    expect(Math.round(budget.current_hour_spend * 1e9)).toBe((200 * 0.15 + 10 * 0.6) * 1000);
    expect(openai.requestsFor("gpt-4o-mini")).toHaveLength(1);
  });

  it("falls back to the rules, saying why, when the answer is not valid JSON", async () => {
    openai.script([{ kind: "reply", text: "I think it is hard." }], { model: "gpt-4o-mini" });
    const classified = classifyResponseSchema.parse(
      await (await app.fetch("/v1/classify", { method: "POST", json: { prompt: "What is the derivative of x squared?", classifier: "llm" } })).json(),
    );
    expect(classified.fallback_reason).toBeTruthy();
  });
});
