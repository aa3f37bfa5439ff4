import { expect, test } from "@playwright/test";
import { learnedStatusResponseSchema } from "@/lib/schemas/learned";

// The Performance page shows the learned policy's artefact: its cost-quality frontier next to the
// single models it was trained on, how registry models map onto them, and how to retrain it.
test("the performance page shows the shipped learned router's frontier next to the single models", async ({ page, request }) => {
  const status = learnedStatusResponseSchema.parse(await (await request.get("/v1/learned")).json());
  expect(status.available).toBe(true);
  expect(status.frontier.length).toBeGreaterThan(1);
  expect(status.single_models.length).toBe(status.artifact!.models.length);

  await page.goto("/performance");
  const panel = page.getByRole("region", { name: "Learned router: cost–quality frontier" });
  await expect(panel.getByText(status.artifact!.name)).toBeVisible();
  await expect(panel.getByRole("img", { name: /Cost-quality frontier of the learned router/ })).toHaveAccessibleName(
    `Cost-quality frontier of the learned router (${status.frontier.filter((point) => point.cost > 0).length} points) and ${status.single_models.length} single models`,
  );
  await panel.getByText("How registry models map onto its models").click();
  const mapping = panel.getByRole("table", { name: "Registry models and the learned model they take predictions from" });
  await expect(mapping.getByRole("row")).toHaveCount(status.mapping.length + 1);
  await expect(panel.getByRole("link", { name: "Export the ratings (JSON Lines)" })).toHaveAttribute("href", "/v1/learned/ratings");
});
