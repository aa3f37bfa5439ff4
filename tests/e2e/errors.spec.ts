import { expect, test } from "@playwright/test";

// When the API fails, each page says so in place (with the API's own message) and offers a retry;
// it never goes blank.
test("an API failure is shown in the page, and Try again recovers", async ({ page }) => {
  let failing = true;
  await page.route("**/v1/performance", async (route) => {
    if (!failing) return route.fallback();
    await route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ error: { type: "service_unavailable", message: "The database is not reachable." } }) });
  });
  await page.goto("/performance");
  const alert = page.getByRole("alert").filter({ hasText: "Could not load the performance report" });
  await expect(alert).toContainText("The database is not reachable.");
  await expect(alert).toContainText("service_unavailable · HTTP 503");
  await expect(page.getByRole("form", { name: "Routing policy settings" })).toBeVisible();

  failing = false;
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.locator("dt", { hasText: /^Decisions$/ })).toBeVisible();
});

test("a streamed answer that breaks off says so and keeps what arrived", async ({ page }) => {
  await page.route("**/v1/route", async (route) => {
    const decision = await (await route.fetch()).text();
    // Keep the real decision event, then cut the stream after one piece of text.
    const decisionEvent = decision.split("\n\n")[0] ?? "";
    await route.fulfill({ status: 200, contentType: "text/event-stream", body: `${decisionEvent}\n\nevent: delta\ndata: {"text":"Partial ans"}\n\n` });
  });
  await page.goto("/");
  await page.getByRole("textbox", { name: "Prompt", exact: true }).fill("What is the capital of Peru?");
  await page.getByRole("button", { name: /^Execute/ }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Failed.");
  await expect(page.getByTestId("answer")).toHaveText("Partial ans");
  await expect(page.getByRole("alert").filter({ hasText: "ended before the server said it was complete" })).toBeVisible();
  await expect(page.getByTestId("decision")).toBeVisible();
});
