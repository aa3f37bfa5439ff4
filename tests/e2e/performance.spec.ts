import { expect, test, type Page } from "@playwright/test";
import { routingSettingsSchema } from "@/lib/schemas/performance";
import { chosenModel, executePrompt } from "./support/playground";

async function statValue(page: Page, label: string): Promise<number> {
  const value = page.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");
  await expect(value).toHaveText(/\d/);
  return Number((await value.textContent())?.replaceAll(",", ""));
}

test.describe("performance", () => {
  test("rating an answer in the playground changes the performance report", async ({ page }) => {
    await page.goto("/performance");
    const ratingsBefore = await statValue(page, "Ratings");
    const decisionsBefore = await statValue(page, "Decisions");

    await page.getByRole("link", { name: "Playground" }).click();
    await executePrompt(page, "Write a haiku about routing packets through the night.");
    const model = await chosenModel(page);
    await page.getByRole("button", { name: "Good", exact: true }).click();
    await page.getByRole("radio", { name: "5 stars" }).check({ force: true });
    await page.getByRole("button", { name: "Save rating" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Rating saved" })).toBeVisible();

    await page.getByRole("link", { name: "Performance" }).click();
    await expect.poll(() => statValue(page, "Ratings")).toBe(ratingsBefore + 1);
    expect(await statValue(page, "Decisions")).toBeGreaterThan(decisionsBefore);
    const report = page.getByRole("table", { name: "Performance report" });
    await expect(report.getByRole("rowheader", { name: model, exact: true }).first()).toBeVisible();

    const heatmap = page.getByRole("table", { name: "Heatmap of quality" });
    await expect(heatmap.getByRole("columnheader", { name: model, exact: true })).toBeVisible();
    await page.getByRole("group", { name: "Heatmap metric" }).getByText("Requests").click();
    await expect(page.getByRole("radio", { name: "Requests" })).toBeChecked();
    await expect(page.getByRole("table", { name: "Heatmap of requests" })).toBeVisible();
  });

  test("policy settings are validated next to the field and saved", async ({ page, request }) => {
    const original = routingSettingsSchema.parse(await (await request.get("/v1/settings/routing")).json());
    try {
      await page.goto("/performance");
      const form = page.getByRole("form", { name: "Routing policy settings" });
      const exploration = form.getByLabel("Exploration rate (ε)");
      await exploration.fill("1.5");
      await form.getByRole("button", { name: "Save settings" }).click();
      await expect(exploration).toHaveAccessibleDescription("Must be between 0 and 1");

      await exploration.fill("0.25");
      await form.getByLabel("Thompson sampling").check();
      await form.getByRole("button", { name: "Save settings" }).click();
      await expect(form.getByRole("status")).toContainText("Settings saved");
      await page.reload();
      await expect(page.getByRole("form", { name: "Routing policy settings" }).getByLabel("Exploration rate (ε)")).toHaveValue("0.25");
      await expect(page.getByLabel("Thompson sampling")).toBeChecked();
    } finally {
      const { exploration_rate, adaptive_algorithm } = original;
      expect((await request.put("/v1/settings/routing", { data: { exploration_rate, adaptive_algorithm } })).status()).toBe(200);
    }
  });
});
