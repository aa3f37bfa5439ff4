import { expect, test } from "@playwright/test";
import { formatUsd } from "@/lib/client/format";
import { budgetResponseSchema } from "@/lib/schemas/budget";
import { metricsResponseSchema, timeseriesResponseSchema } from "@/lib/schemas/metrics";
import { routeThroughApi } from "./support/api";

test.describe("spend", () => {
  test("the spend chart, summary and distribution reflect the requests", async ({ page, request }) => {
    const answered = await routeThroughApi(request, "Name three rivers in South America.");
    await routeThroughApi(request, "Name three rivers in Europe.");
    const metrics = metricsResponseSchema.parse(await (await request.get("/v1/metrics?window=24h")).json());
    const hours = timeseriesResponseSchema.parse(await (await request.get("/v1/metrics/timeseries?window=24h&bucket=hour")).json());
    const thisHour = hours.points.at(-1);
    expect(thisHour?.requests).toBeGreaterThanOrEqual(2);
    expect(metrics.model_distribution[answered.model]).toBeGreaterThanOrEqual(2);

    await page.goto("/spend");
    const spend = page.locator("dt", { hasText: /^Spend$/ }).locator("xpath=following-sibling::dd[1]");
    await expect(spend).toHaveText(formatUsd(metrics.total_cost));

    const hourly = page.getByRole("region", { name: "Hourly spend vs budget" });
    await expect(hourly.locator(".recharts-bar-rectangle").first()).toBeVisible();
    // The last bar is this hour: its tooltip shows the hour's spend as the API reports it.
    const plot = await hourly.locator(".recharts-cartesian-grid").boundingBox();
    expect(plot).not.toBeNull();
    if (plot) await page.mouse.move(plot.x + plot.width - 3, plot.y + plot.height / 2);
    await expect(hourly.getByText(formatUsd(thisHour?.cost ?? 0), { exact: true })).toBeVisible();
    await expect(page.getByRole("region", { name: "Savings against the best model" }).locator(".recharts-area").first()).toBeVisible();

    const byModel = page.getByRole("list", { name: "Requests by model" });
    await expect(byModel.getByRole("listitem").filter({ hasText: answered.model })).toContainText(`${metrics.model_distribution[answered.model]} req`);
    await expect(page.getByRole("list", { name: "Requests by provider" })).toContainText(answered.provider);
    await page.getByRole("group", { name: "Distribution measure" }).getByText("Cost").click();
    await expect(page.getByRole("list", { name: "Cost by model" }).getByRole("listitem").filter({ hasText: answered.model })).toContainText(
      formatUsd(metrics.cost_by_model[answered.model] ?? 0),
    );

    await page.getByRole("group", { name: "Time window" }).getByText("Last 7 days").click();
    await expect(hourly.locator(".recharts-bar-rectangle").first()).toBeVisible();
  });

  test("the budget form validates, saves, and the current-hour gauge follows", async ({ page, request }) => {
    const original = budgetResponseSchema.parse(await (await request.get("/v1/budget")).json());
    try {
      await page.goto("/spend");
      const form = page.getByRole("form", { name: "Budget settings" });
      const amount = form.getByLabel("Hourly budget (USD)");
      await amount.fill("-1");
      await form.getByRole("button", { name: "Save budget" }).click();
      await expect(amount).toHaveAccessibleDescription("Must be a positive amount of USD");

      await amount.fill("25");
      await form.getByRole("button", { name: "Save budget" }).click();
      await expect(form.getByRole("status")).toHaveText("✓ Budget saved");
      await expect(page.getByRole("region", { name: "This hour" })).toContainText("of $25.00 this hour");
      await expect(page.getByRole("meter", { name: "Share of this hour's budget used" })).toBeVisible();

      const reservation = form.getByLabel("Reserve for each call");
      await expect(reservation).toHaveValue(original.reservation);
      await reservation.selectOption("expected");
      await expect(reservation).toHaveAccessibleDescription(/answers longer than expected can take the hour over budget/);
      await form.getByRole("button", { name: "Save budget" }).click();
      await expect(form.getByRole("status")).toHaveText("✓ Budget saved");
      expect(budgetResponseSchema.parse(await (await request.get("/v1/budget")).json())).toMatchObject({ hourly_budget: 25, reservation: "expected" });
    } finally {
      const { hourly_budget, on_exhausted, pacing, reservation } = original;
      expect((await request.put("/v1/budget", { data: { hourly_budget, on_exhausted, pacing, reservation } })).status()).toBe(200);
    }
  });
});
