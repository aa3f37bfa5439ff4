import { expect, test, type Page } from "@playwright/test";
import { routeThroughApi } from "./support/api";
import { executePrompt } from "./support/playground";
import { DESKTOP, saveDesktopAndPhone, saveScreenshot } from "./support/screenshots";

// Captures every page (desktop and phone width, plus dark mode for two of them) with some traffic
// in the database, so the screenshots in test-results/screenshots/ show the console in use.

const PROMPTS = [
  "Write a Python function that merges two sorted lists.",
  "Prove that the square root of 2 is irrational.",
  "Summarize the plot of Hamlet in three sentences.",
  "Translate 'where is the train station' into Spanish.",
  "Write a short poem about autumn rain.",
  "Extract every date from: the meeting moved from 3 May to 10 June.",
  "What is the boiling point of water at sea level?",
  "Design a rate limiter for a distributed API and explain the trade-offs.",
];

async function settle(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: /^Loading/ })).toHaveCount(0);
}

test("every page, in use, at desktop and phone width", async ({ page, request }) => {
  test.setTimeout(180_000);
  for (const [index, prompt] of PROMPTS.entries()) {
    const routed = await routeThroughApi(request, prompt);
    if (index % 2 === 0) {
      const rated = await request.post("/v1/feedback", { data: { request_id: routed.request_id, success: index % 4 === 0, quality_score: index % 4 === 0 ? 1 : 0.5 } });
      expect(rated.status()).toBe(200);
    }
  }

  await page.setViewportSize(DESKTOP);
  await page.goto("/");
  await executePrompt(page, "Explain how a bloom filter works and when to use one.");
  await saveDesktopAndPhone(page, "playground");
  await page.emulateMedia({ colorScheme: "dark" });
  await saveScreenshot(page, "playground-dark-desktop");
  await page.emulateMedia({ colorScheme: "light" });

  for (const [path, name] of [
    ["/registry", "registry"],
    ["/performance", "performance"],
    ["/spend", "spend"],
    ["/requests", "requests"],
  ] as const) {
    await page.goto(path);
    await settle(page);
    await saveDesktopAndPhone(page, name);
  }
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/spend");
  await settle(page);
  await saveScreenshot(page, "spend-dark-desktop");
  await page.emulateMedia({ colorScheme: "light" });

  await page.goto("/requests");
  await page.getByRole("table", { name: "Requests" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Request" })).toBeVisible();
  await settle(page);
  await saveDesktopAndPhone(page, "request-detail");
});
