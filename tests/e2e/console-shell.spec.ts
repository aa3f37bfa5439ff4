import { expect, test } from "@playwright/test";
import { DEFAULT_MODELS } from "@/lib/router/registry/default-models";

test("the health check reports the database as reachable", async ({ request }) => {
  const response = await request.get("/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok" });
});

test("every console page is reachable from the navigation", async ({ page }) => {
  await page.goto("/");
  const navigation = page.getByRole("navigation", { name: "Console" });
  for (const label of ["Registry", "Performance", "Spend", "Requests", "Playground"]) {
    await navigation.getByRole("link", { name: label }).click();
    await expect(page.getByRole("heading", { level: 1, name: label })).toBeVisible();
    await expect(navigation.getByRole("link", { name: label })).toHaveAttribute("aria-current", "page");
  }
});

test("the registry lists the seeded default models from the database", async ({ page }) => {
  await page.goto("/registry");
  const table = page.getByRole("table", { name: "Registered models" });
  for (const model of DEFAULT_MODELS) {
    const startsWithId = new RegExp(`^${model.id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} `);
    await expect(table.getByRole("row", { name: startsWithId })).toBeVisible();
  }
  await expect(table.getByRole("row")).toHaveCount(DEFAULT_MODELS.length + 1);
});
