import { expect, test } from "@playwright/test";
import { FAKE_OPENAI_BASE_URL, SIGN_IN_API_KEY, SIGN_IN_URL } from "./support/servers";

// The server started with OPENAI_API_KEY and OPENAI_BASE_URL pointing at a local server that speaks
// OpenAI's wire format: its OpenAI models answer through the official SDK over real HTTP, and the
// console shows a live, non-simulated answer. Providers without a key are still simulated.
test.use({ baseURL: SIGN_IN_URL });

test("with an OpenAI key and base URL, the playground shows a real, non-simulated answer", async ({ page, request }) => {
  const fakeServer = FAKE_OPENAI_BASE_URL.replace(/\/v1$/, "");
  await request.post(`${fakeServer}/__fake/reset`);

  await page.goto("/login?next=/registry");
  await page.getByLabel("API key").fill(SIGN_IN_API_KEY);
  await page.getByRole("button", { name: "Sign in" }).click();
  const keyStatus = page.getByRole("list", { name: "Provider key status" });
  await expect(keyStatus.getByRole("listitem").filter({ hasText: /^openai/ })).toContainText("Key configured");
  await expect(keyStatus.getByRole("listitem").filter({ hasText: /^anthropic/ })).toContainText("No key: answers simulated");

  await page.getByRole("link", { name: "Playground" }).click();
  await page.getByRole("textbox", { name: "Prompt", exact: true }).fill("What is the capital of Japan?");
  await page.getByRole("checkbox", { name: "openai" }).check();
  // The static policy: the cheapest eligible OpenAI model, never an exploratory pick.
  await page.getByLabel("Policy").selectOption("static");
  await page.getByRole("button", { name: /^Execute/ }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Complete.", { timeout: 20_000 });

  await expect(page.getByTestId("answer")).toContainText("Hello from the fake openai server, answering as gpt-4o-mini.");
  const decision = page.getByTestId("decision");
  await expect(decision.getByText("Live provider")).toBeVisible();
  await expect(page.getByText(/Simulated/)).toHaveCount(0);

  // The fake server saw exactly one chat completion, carrying a key (never echoed back to us).
  const seen = (await (await request.get(`${fakeServer}/__fake/requests`)).json()) as {
    requests: { path: string; headers: { authorization?: string }; body: { model?: string } }[];
  };
  const completions = seen.requests.filter((recorded) => recorded.path.endsWith("/chat/completions"));
  expect(completions).toHaveLength(1);
  expect(completions[0]).toMatchObject({ headers: { authorization: "[present]" }, body: { model: "gpt-4o-mini" } });
});
