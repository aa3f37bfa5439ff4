import { expect, test, type Page } from "@playwright/test";
import { deleteModelIfPresent } from "./support/api";
import { chosenModel, executePrompt } from "./support/playground";

const MODEL_ID = "e2e-cheap-genius";

async function fillModelForm(page: Page, values: Record<string, string>) {
  const form = page.getByRole("form", { name: "Add a model" });
  for (const [label, value] of Object.entries(values)) await form.getByLabel(label, { exact: true }).fill(value);
  return form;
}

test.describe("registry", () => {
  test.afterEach(async ({ request }) => deleteModelIfPresent(request, MODEL_ID));

  test("add a cheap, high-quality model, see validation next to the fields, and see the router choose it", async ({ page }) => {
    await page.goto("/registry");
    await expect(page.getByRole("table", { name: "Registered models" })).toBeVisible();
    await page.getByRole("button", { name: "Add model" }).click();

    const form = await fillModelForm(page, {
      "Model id": MODEL_ID,
      "Provider model name": "gpt-4o-mini",
      "Input $ / 1M tokens": "-1",
      "Output $ / 1M tokens": "0.02",
      "Quality (0–1)": "1.5",
      "Typical latency (ms)": "200",
    });
    await form.getByLabel("Provider", { exact: true }).selectOption("openai");
    await form.getByRole("button", { name: "Add model" }).click();
    await expect(form.getByLabel("Input $ / 1M tokens", { exact: true })).toHaveAccessibleDescription("Must not be negative");
    await expect(form.getByLabel("Quality (0–1)", { exact: true })).toHaveAccessibleDescription("Must be between 0 and 1");

    await fillModelForm(page, { "Input $ / 1M tokens": "0.01", "Quality (0–1)": "0.99" });
    await form.getByRole("button", { name: "Add model" }).click();
    const table = page.getByRole("table", { name: "Registered models" });
    await expect(table.getByRole("row", { name: new RegExp(`^${MODEL_ID} `) })).toBeVisible();
    await expect(page.getByRole("list", { name: "Change history" }).getByRole("listitem").first()).toContainText(`create${MODEL_ID}`);

    await page.getByRole("link", { name: "Playground" }).click();
    await executePrompt(page, "What is the tallest mountain in Africa?", { policy: "static" });
    expect(await chosenModel(page)).toBe(MODEL_ID);
    await expect(page.getByRole("table", { name: "Decision explanation" }).getByRole("row", { name: new RegExp(`^${MODEL_ID}`) })).toContainText("Chosen");
  });

  test("edit a model in place, disable and enable it, and delete it after confirming", async ({ page, request }) => {
    const created = await request.post("/v1/models", {
      data: {
        id: MODEL_ID,
        provider: "openai",
        provider_model: "gpt-4o-mini",
        input_price_per_1m: 0.01,
        output_price_per_1m: 0.02,
        context_window: 128_000,
        max_output_tokens: 4_096,
        latency_ms: 200,
        quality_score: 0.99,
        capabilities: ["code"],
      },
    });
    expect(created.status()).toBe(201);
    await page.goto("/registry");
    const table = page.getByRole("table", { name: "Registered models" });
    const row = table.getByRole("row", { name: new RegExp(`^${MODEL_ID} `) });

    await page.getByRole("button", { name: `Edit ${MODEL_ID}` }).click();
    const editForm = page.getByRole("form", { name: `Edit ${MODEL_ID}` });
    await editForm.getByLabel("Quality (0–1)", { exact: true }).fill("0.5");
    await editForm.getByRole("button", { name: "Save changes" }).click();
    await expect(editForm).toHaveCount(0);
    await expect(row).toContainText("0.50");
    await expect(page.getByRole("list", { name: "Change history" }).getByRole("listitem").first()).toContainText("quality_score 0.99 → 0.5");

    const enabled = page.getByRole("switch", { name: `${MODEL_ID} enabled` });
    await enabled.click();
    await expect(enabled).toHaveAttribute("aria-checked", "false");
    await enabled.click();
    await expect(enabled).toHaveAttribute("aria-checked", "true");

    await page.getByRole("button", { name: `Delete ${MODEL_ID}` }).click();
    const dialog = page.getByRole("dialog", { name: `Delete ${MODEL_ID}?` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Keep it" }).click();
    await expect(row).toBeVisible();
    await page.getByRole("button", { name: `Delete ${MODEL_ID}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: `Delete ${MODEL_ID}` }).click();
    await expect(row).toHaveCount(0);
    await expect(page.getByRole("list", { name: "Change history" }).getByRole("listitem").first()).toContainText(`delete${MODEL_ID}`);
  });

  test("provider key status is shown without any key", async ({ page }) => {
    await page.goto("/registry");
    const providers = page.getByRole("list", { name: "Provider key status" });
    await expect(providers.getByRole("listitem")).toHaveCount(3);
    await expect(providers).toContainText("No key: answers simulated");
    await expect(providers).toContainText("OPENAI_API_KEY");
    await expect(page.getByRole("list", { name: "Change history" })).toContainText("seed");
  });
});
