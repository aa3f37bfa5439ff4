import { expect, test } from "@playwright/test";
import { CONSOLE_PORT, SIGN_IN_API_KEY, SIGN_IN_URL } from "./support/servers";
import { saveDesktopAndPhone } from "./support/screenshots";

// Against the server started with ROUTER_API_KEY: the console asks for the key once, keeps only a
// signed httpOnly session cookie, and the API accepts that cookie from the console's own pages.
test.use({ baseURL: SIGN_IN_URL });

async function signIn(page: import("@playwright/test").Page, key: string) {
  await page.getByLabel("API key").fill(key);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("visitors without a session are sent to sign in, and the API refuses them", async ({ page, request }) => {
  await page.goto("/spend");
  await expect(page).toHaveURL(/\/login\?next=%2Fspend$/);
  await expect(page.getByRole("heading", { name: "Sign in to Router console" })).toBeVisible();
  await saveDesktopAndPhone(page, "sign-in");
  expect((await request.get("/v1/models")).status()).toBe(401);
});

test("a wrong key is refused; the right one opens the console with an httpOnly session that never holds the key", async ({ page, context }) => {
  await page.goto("/login?next=/registry");
  await signIn(page, "not-the-right-key-at-all");
  await expect(page.getByLabel("API key")).toHaveAccessibleDescription("That is not this server's API key.");
  expect(await context.cookies()).toHaveLength(0);

  await signIn(page, SIGN_IN_API_KEY);
  await expect(page).toHaveURL(/\/registry$/);
  await expect(page.getByRole("table", { name: "Registered models" })).toBeVisible();
  const [cookie, ...others] = await context.cookies();
  expect(others).toHaveLength(0);
  expect(cookie).toMatchObject({ name: "router_console_session", httpOnly: true, sameSite: "Strict", secure: false });
  expect(cookie?.value).not.toContain(SIGN_IN_API_KEY);
  expect(await page.evaluate(() => document.cookie)).toBe("");
  const pageText = await page.content();
  expect(pageText).not.toContain(SIGN_IN_API_KEY);

  // The console's own pages can change things (Origin is this site)…
  await page.getByRole("link", { name: "Playground" }).click();
  await page.getByRole("textbox", { name: "Prompt", exact: true }).fill("What is the capital of Japan?");
  await page.getByRole("button", { name: /^Execute/ }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Complete.", { timeout: 20_000 });

  // …but the same cookie sent by another site, or with no Origin at all, changes nothing.
  const crossSite = await context.request.post("/v1/route", { data: { prompt: "hi" }, headers: { origin: "https://evil.example" } });
  expect(crossSite.status()).toBe(401);
  const withoutOrigin = await context.request.post("/v1/route", { data: { prompt: "hi" } });
  expect(withoutOrigin.status()).toBe(401);
  expect((await context.request.get("/v1/models")).status()).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/requests");
  await expect(page).toHaveURL(/\/login\?next=%2Frequests$/);
  expect((await context.request.get("/v1/models")).status()).toBe(401);
});

test("the bearer key still works for API clients", async ({ request }) => {
  const response = await request.get("/v1/models", { headers: { authorization: `Bearer ${SIGN_IN_API_KEY}` } });
  expect(response.status()).toBe(200);
});

test("without ROUTER_API_KEY there is no sign-in", async ({ page }) => {
  await page.goto(`http://127.0.0.1:${CONSOLE_PORT}/login?next=/spend`);
  await expect(page).toHaveURL(new RegExp(`:${CONSOLE_PORT}/spend$`));
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
});
