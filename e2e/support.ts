import { expect, test as base, type APIRequestContext, type Page, type PlaywrightWorkerArgs } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/**
 * Every e2e test runs with a CSP guard: each page records the Content-Security-Policy violations
 * the browser reports (securitypolicyviolation events, recorded by an init script that the CSP
 * does not govern), and the test fails when there was one. So the CSP is proven not to break a page
 * on every journey, and a page that needs an inline script without the nonce is caught.
 */
export const test = base.extend<{ cspGuard: void }>({
  cspGuard: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.exposeBinding("__beslisrouteCsp", (_source, v: string) => void violations.push(v));
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => {
          (window as unknown as { __beslisrouteCsp: (v: string) => void }).__beslisrouteCsp(`${e.violatedDirective} ${e.blockedURI} op ${location.pathname}`);
        });
      });
      await use();
      expect(violations, "CSP-overtredingen").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

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

/** An API client with the session cookie of a demo account, signed in through next-auth's credentials endpoint. */
export async function sessionFor(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string, login: string): Promise<APIRequestContext> {
  const ctx = await playwright.request.newContext({ baseURL });
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  const res = await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, email: demoEmail(login), password: DEMO_PASSWORD, json: "true" } });
  expect(res.status()).toBe(200);
  return ctx;
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
