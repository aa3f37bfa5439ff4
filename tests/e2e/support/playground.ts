import { expect, type Page } from "@playwright/test";

/** Types a prompt into the playground, sends it with Execute, and waits for the streamed answer to complete. */
export async function executePrompt(page: Page, prompt: string, options: { policy?: string } = {}): Promise<void> {
  await page.getByRole("textbox", { name: "Prompt", exact: true }).fill(prompt);
  if (options.policy) await page.getByLabel("Policy", { exact: true }).selectOption(options.policy);
  await page.getByRole("button", { name: /^Execute/ }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Complete.", { timeout: 20_000 });
}

/** The model the decision panel names as chosen. */
export async function chosenModel(page: Page): Promise<string> {
  return (await page.getByTestId("chosen-model").textContent())?.trim() ?? "";
}
