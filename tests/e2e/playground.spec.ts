import { expect, test } from "@playwright/test";
import { DEFAULT_MODELS } from "@/lib/router/registry/default-models";

test.describe("playground", () => {
  test("a prompt's answer streams in and the decision appears with every model explained", async ({ page }) => {
    await page.goto("/");
    const answer = page.getByTestId("answer");
    // Record every length the answer text takes while it streams, to prove it arrives in pieces.
    await answer.evaluate((element) => {
      const lengths: number[] = [];
      (window as unknown as { answerLengths: number[] }).answerLengths = lengths;
      new MutationObserver(() => lengths.push(element.textContent?.length ?? 0)).observe(element, { childList: true, subtree: true, characterData: true });
    });
    await page.getByRole("textbox", { name: "Prompt", exact: true }).fill("Explain in detail how a hash map handles collisions, with an example.");
    await page.getByRole("button", { name: /^Execute/ }).click();

    await expect(page.getByTestId("run-status")).toContainText("Streaming");
    await expect(page.getByTestId("run-status")).toHaveText("Complete.", { timeout: 20_000 });
    const lengths = await page.evaluate(() => (window as unknown as { answerLengths: number[] }).answerLengths);
    expect(new Set(lengths.filter((length) => length > 0)).size, "the answer grew in several steps").toBeGreaterThan(2);
    await expect(answer).toContainText("Simulated answer");

    const decision = page.getByTestId("decision");
    await expect(decision.getByText(/Simulated — no [A-Z_]+_API_KEY/)).toBeVisible();
    await expect(decision.getByText("Reason:")).toBeVisible();
    for (const label of ["Complexity", "Task type", "Confidence", "Classifier", "Policy", "Estimated cost", "Actual cost", "Latency", "First token", "Attempts"]) {
      await expect(decision.getByText(label, { exact: true })).toBeVisible();
    }
    const explanation = page.getByRole("table", { name: "Decision explanation" });
    await expect(explanation.getByRole("row")).toHaveCount(DEFAULT_MODELS.length + 1);
    await expect(explanation.getByText("Chosen", { exact: true })).toHaveCount(1);
    await expect(page.getByRole("table", { name: "Attempts" }).getByText("success")).toBeVisible();
    await expect(page.getByRole("list", { name: "Recent prompts" })).toContainText("hash map handles collisions");
  });

  test("keyboard only: reach the prompt, send with Ctrl+Enter, rate with keys", async ({ page }) => {
    await page.goto("/");
    const prompt = page.getByRole("textbox", { name: "Prompt", exact: true });
    for (let presses = 0; presses < 25 && !(await prompt.evaluate((element) => element === document.activeElement)); presses++) {
      await page.keyboard.press("Tab");
    }
    await expect(prompt).toBeFocused();
    await page.keyboard.type("What is the capital of Portugal?");
    await page.keyboard.press("Control+Enter");
    await expect(page.getByTestId("run-status")).toHaveText("Complete.", { timeout: 20_000 });

    const good = page.getByRole("button", { name: "Good", exact: true });
    await good.focus();
    await expect(good).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(good).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowRight"); // the first arrow selects a star in the radio group
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("radio", { name: /stars$/ }).and(page.locator(":checked"))).toHaveCount(1);
    await page.getByRole("button", { name: "Save rating" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "Rating saved" })).toBeVisible();
  });

  test("route only records a decision without calling a model", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("textbox", { name: "Prompt", exact: true }).fill("Translate 'good morning' into French.");
    await page.getByRole("button", { name: "Route only" }).click();
    await expect(page.getByTestId("run-status")).toHaveText("Routed only: no model was called.");
    await expect(page.getByText("Decision recorded")).toBeVisible();
    await expect(page.getByRole("table", { name: "Decision explanation" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Save rating" })).toHaveCount(0);
  });

  test("an invalid constraint is reported next to its field and nothing is sent", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("textbox", { name: "Prompt", exact: true }).fill("Hello");
    const minimumQuality = page.getByLabel("Minimum quality");
    await minimumQuality.fill("1.5");
    await page.getByRole("button", { name: /^Execute/ }).click();
    await expect(minimumQuality).toHaveAttribute("aria-invalid", "true");
    await expect(minimumQuality).toHaveAccessibleDescription(/1/);
    await expect(page.getByTestId("run-status")).toHaveText("");
  });

  test("prompts and answers are shown as text, never as HTML", async ({ page }) => {
    await page.goto("/");
    const prompt = 'Summarise: <img src=x onerror="window.injected=1"><b id="injected-bold">bold</b>';
    await page.getByRole("textbox", { name: "Prompt", exact: true }).fill(prompt);
    await page.getByRole("button", { name: /^Execute/ }).click();
    await expect(page.getByTestId("run-status")).toHaveText("Complete.", { timeout: 20_000 });
    await expect(page.getByRole("list", { name: "Recent prompts" })).toContainText("<b id=\"injected-bold\">bold</b>");
    await expect(page.locator("#injected-bold")).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
  });
});
