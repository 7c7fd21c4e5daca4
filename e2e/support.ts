import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const DEMO_PASSWORD = "beslisroute-demo";
export const demoEmail = (login: string) => `${login}@beslisroute.test`;

/** Signs in through the real form, as a person would. */
export async function loginAs(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(demoEmail(login));
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn taken" })).toBeVisible();
}

/** axe with the WCAG A/AA rule sets the product must meet; fails with the violations listed. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Let a client-side navigation finish (its <title> is set as the page streams in).
  await page.waitForLoadState("networkidle");
  await expect(page).toHaveTitle(/Beslisroute$/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, "axe-overtredingen").toEqual([]);
}

/** Each page has exactly one h1 and a title of its own. */
export async function expectPageBasics(page: Page, title: RegExp | string): Promise<void> {
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page).toHaveTitle(title);
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
}
