import { expect, test } from "@playwright/test";
import { executePrompt } from "./support/playground";
import { PHONE } from "./support/screenshots";

// At phone width every page fits the screen (tables scroll inside their own box), the navigation
// reaches every page, and the playground still sends and shows the decision.
test.use({ viewport: PHONE });

const PAGES = [
  { path: "/", heading: "Playground" },
  { path: "/registry", heading: "Registry" },
  { path: "/performance", heading: "Performance" },
  { path: "/spend", heading: "Spend" },
  { path: "/requests", heading: "Requests" },
];

test("every page fits a 390 px screen without sideways scrolling", async ({ page }) => {
  for (const { path, heading } of PAGES) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: /^Loading/ })).toHaveCount(0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is ${width}px wide`).toBeLessThanOrEqual(PHONE.width);
    const navigation = page.getByRole("navigation", { name: "Console" });
    for (const other of PAGES) await expect(navigation.getByRole("link", { name: other.heading })).toBeInViewport();
  }
});

test("the playground works at phone width", async ({ page }) => {
  await page.goto("/");
  await executePrompt(page, "What is 12 times 12?");
  await expect(page.getByTestId("decision")).toBeVisible();
  await expect(page.getByTestId("answer")).toContainText("Simulated answer");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
});
