import { expect, test } from "@playwright/test";
import { routeThroughApi } from "./support/api";

test.describe("request log", () => {
  test("filter the log, open a request, see everything about it, rate it, and export CSV", async ({ page, request }) => {
    const marker = `zebra-${Date.now()}`;
    const prompt = `Describe a ${marker} crossing <em id="not-html">a road</em> in one sentence.`;
    const routed = await routeThroughApi(request, prompt);
    await routeThroughApi(request, "An unrelated prompt about tea.");

    await page.goto("/requests");
    const table = page.getByRole("table", { name: "Requests" });
    await expect(table.getByRole("row")).not.toHaveCount(1);
    await page.getByLabel("Prompt contains").fill(marker);
    await page.getByLabel("Status").selectOption("success");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(new RegExp(`q=${marker}`));
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(table).toContainText(`<em id="not-html">a road</em>`);
    await expect(page.locator("#not-html")).toHaveCount(0);

    const csv = page.getByRole("link", { name: "Export CSV" });
    const csvHref = await csv.getAttribute("href");
    expect(csvHref).toContain("format=csv");
    expect(csvHref).toContain(`q=${marker}`);
    const csvResponse = await request.get(csvHref ?? "");
    expect(csvResponse.headers()["content-type"]).toContain("text/csv");
    const csvText = await csvResponse.text();
    expect(csvText).toContain(routed.request_id);
    expect(csvText).not.toContain("unrelated prompt about tea");

    await table.getByRole("link", { name: new RegExp(marker) }).click();
    await expect(page).toHaveURL(new RegExp(`/requests/${routed.request_id}$`));
    await expect(page.getByRole("heading", { level: 1, name: "Request" })).toBeVisible();
    await expect(page.getByText(prompt, { exact: true })).toBeVisible();
    await expect(page.getByText("Simulated answer", { exact: false }).first()).toBeVisible();
    await expect(page.getByTestId("chosen-model")).toHaveText(routed.chosen_model);
    await expect(page.getByRole("table", { name: "Decision explanation" }).getByText("Chosen", { exact: true })).toBeVisible();
    await expect(page.getByRole("table", { name: "Attempts" }).getByText("success")).toBeVisible();

    await page.getByRole("button", { name: "Bad", exact: true }).click();
    await page.getByRole("radio", { name: "2 stars" }).check({ force: true });
    await page.getByLabel("Comment").fill("Too vague.");
    await page.getByRole("button", { name: "Save rating" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Rating saved" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("radio", { name: "2 stars" })).toBeChecked();
    await expect(page.getByLabel("Comment")).toHaveValue("Too vague.");

    await page.getByRole("link", { name: "← Back to all requests" }).click();
    await page.getByLabel("Rated").selectOption("true");
    await page.getByLabel("Prompt contains").fill(marker);
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(table).toContainText("2 of 5 stars");
  });

  test("pages through the log newest first, 50 at a time", async ({ page, request }) => {
    const marker = `pager-${Date.now()}`;
    for (let index = 0; index <= 50; index++) {
      const response = await request.post("/v1/route", { data: { prompt: `${marker} prompt number ${index}`, execute: false } });
      expect(response.status()).toBe(200);
    }
    await page.goto(`/requests?q=${marker}`);
    const table = page.getByRole("table", { name: "Requests" });
    await expect(table.getByRole("row")).toHaveCount(51);
    await expect(table.getByRole("row").nth(1)).toContainText(`${marker} prompt number 50`);
    await page.getByRole("button", { name: "Older →" }).click();
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(table).toContainText(`${marker} prompt number 0`);
    await expect(page.getByRole("button", { name: "Older →" })).toBeDisabled();
    await page.getByRole("button", { name: "← Newer" }).click();
    await expect(table.getByRole("row")).toHaveCount(51);
  });

  test("an unknown request id is reported in the page", async ({ page }) => {
    await page.goto("/requests/no-such-request");
    await expect(page.getByRole("alert").filter({ hasText: "No such request" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Request" })).toBeVisible();
  });
});
