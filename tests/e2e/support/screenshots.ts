import path from "node:path";
import type { Page } from "@playwright/test";

const DIRECTORY = path.join("test-results", "screenshots");
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** Saves a full-page screenshot of the current page as test-results/screenshots/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(DIRECTORY, `${name}.png`), fullPage: true, animations: "disabled" });
}

/** The page at desktop width and at phone width (390 px), each saved as <name>-desktop / <name>-phone. */
export async function saveDesktopAndPhone(page: Page, name: string): Promise<void> {
  const original = page.viewportSize() ?? DESKTOP;
  await page.setViewportSize(DESKTOP);
  await saveScreenshot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
  await saveScreenshot(page, `${name}-phone`);
  await page.setViewportSize(original);
}
