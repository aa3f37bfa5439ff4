// POST /v1/chat/completions with the official openai SDK pointed at the router (baseURL), streaming
// and not: "auto" routes, a registered id pins the model, routing metadata arrives in x-router-*.
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testProviders } from "@/tests/helpers/test-database";
import { startTestApp, TEST_API_KEY, type TestApp } from "./support/test-app";

describe.each(testProviders())("POST /v1/chat/completions on %s", (provider) => {
  let app: TestApp;
  let client: OpenAI;

  beforeAll(async () => {
    app = await startTestApp(provider, { env: { ROUTER_API_KEY: TEST_API_KEY } });
    client = new OpenAI({ apiKey: TEST_API_KEY, baseURL: `${app.baseUrl}/v1`, maxRetries: 0 });
  });
  afterAll(() => app?.close());

  it("routes model auto and answers a valid chat.completion with x-router-* headers", async () => {
    const { data, response } = await client.chat.completions
      .create({ model: "auto", messages: [{ role: "system", content: "Be brief." }, { role: "user", content: "What is the capital of Peru?" }] })
      .withResponse();
    expect(data.object).toBe("chat.completion");
    expect(data.choices[0]!.message.role).toBe("assistant");
    expect(data.choices[0]!.message.content).toMatch(/simulat/i);
    expect(data.choices[0]!.finish_reason).toBe("stop");
    expect(data.usage!.total_tokens).toBe(data.usage!.prompt_tokens + data.usage!.completion_tokens);
    expect(response.headers.get("x-router-model")).toBe(data.model);
    expect(response.headers.get("x-router-simulated")).toBe("true");
    expect(response.headers.get("x-router-complexity")).toBeTruthy();
    const requestId = response.headers.get("x-router-request-id")!;
    expect(data.id).toBe(`chatcmpl-${requestId}`);
    const detail = await (await app.fetch(`/v1/requests/${requestId}`)).json();
    expect(detail).toMatchObject({ endpoint: "chat_completions", prompt: "What is the capital of Peru?", system_prompt: "Be brief.", status: "success" });
  });

  it("calls a registered model by id", async () => {
    const { data, response } = await client.chat.completions
      .create({ model: "claude-3-5-haiku", messages: [{ role: "user", content: "Write a haiku about rain." }] })
      .withResponse();
    expect(data.model).toBe("claude-3-5-haiku");
    expect(response.headers.get("x-router-provider")).toBe("anthropic");
    const detail = await (await app.fetch(`/v1/requests/${response.headers.get("x-router-request-id")}`)).json();
    expect(detail).toMatchObject({ chosen_model: "claude-3-5-haiku", policy: "static", model: "claude-3-5-haiku" });
  });

  it("streams chunks the SDK assembles, with usage when asked", async () => {
    const stream = await client.chat.completions.create({
      model: "auto",
      messages: [{ role: "user", content: "Explain how a rainbow forms." }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = "";
    let finish: string | null = null;
    let usage: OpenAI.CompletionUsage | undefined;
    const ids = new Set<string>();
    for await (const chunk of stream) {
      ids.add(chunk.id);
      if (chunk.usage) usage = chunk.usage;
      const choice = chunk.choices[0];
      if (choice?.delta.content) text += choice.delta.content;
      if (choice?.finish_reason) finish = choice.finish_reason;
    }
    expect(ids.size).toBe(1);
    expect(text.length).toBeGreaterThan(20);
    expect(finish).toBe("stop");
    expect(usage!.completion_tokens).toBeGreaterThan(0);
    const requestId = [...ids][0]!.replace("chatcmpl-", "");
    const detail = await (await app.fetch(`/v1/requests/${requestId}`)).json();
    expect(detail).toMatchObject({ status: "success", stream: true, response: text });
  });

  it("answers an unknown model with the SDK's NotFoundError and records nothing", async () => {
    const before = await app.count("requests");
    await expect(client.chat.completions.create({ model: "no-such-model", messages: [{ role: "user", content: "hi" }] })).rejects.toBeInstanceOf(
      OpenAI.NotFoundError,
    );
    expect(await app.count("requests")).toBe(before);
  });

  it("rejects a wrong key with the SDK's AuthenticationError", async () => {
    const stranger = new OpenAI({ apiKey: "not-the-key-0000000000", baseURL: `${app.baseUrl}/v1`, maxRetries: 0 });
    await expect(stranger.chat.completions.create({ model: "auto", messages: [{ role: "user", content: "hi" }] })).rejects.toBeInstanceOf(
      OpenAI.AuthenticationError,
    );
  });
});
