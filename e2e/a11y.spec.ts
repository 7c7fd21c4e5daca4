// axe (WCAG 2.0/2.1/2.2 A and AA) on every page, visited as each role that can reach it, and no
// horizontal scrolling at 320 px.
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, expectPageBasics, loginAs, test } from "./support";

async function robUrl(page: Page): Promise<string> {
  await page.goto("/notas?q=BZK-2025-000001");
  await page.getByRole("link", { name: /ROB-advies/ }).first().click();
  await page.waitForURL(/\/notas\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

// Every demo role (the twelve accounts of the seed), each with the pages its menu offers.
const ROLLEN = ["opsteller", "afdelingshoofd", "directeur", "dg", "juridisch", "minister", "bestuursondersteuning", "mr", "pz", "woo", "beheer", "lezer"];

for (const login of ROLLEN) {
  test(`every page ${login} can reach passes axe`, async ({ page }) => {
    test.setTimeout(180_000);
    await loginAs(page, login);
    const rob = await robUrl(page);
    const paginas = ["/", "/notas", "/notas?status=in_paraaf&sort=kenmerk", "/ministerraad", rob, `${rob}/kamerbrief`, `${rob}/openbare-versie`, "/mijn-gegevens", "/bestaat-niet"];
    if (login === "opsteller") paginas.push("/notas/nieuw", "/notas/importeren", "/inloggen/herbevestigd");
    if (login === "beheer") paginas.push("/beheer", "/beheer/webhooks");
    for (const pad of paginas) {
      await page.goto(pad);
      await expect(page.locator("h1")).toHaveCount(1);
      await expectNoAxeViolations(page);
    }
    // a meeting page
    await page.goto("/ministerraad");
    await page.goto((await page.locator("main a[href^='/ministerraad/']").first().getAttribute("href"))!);
    await expectPageBasics(page, /^Ministerraad .* — Beslisroute$/);
    await expectNoAxeViolations(page);
    // a version diff of the ROB nota
    await page.goto(rob);
    await page.goto((await page.getByRole("link", { name: /Verschil versie/ }).first().getAttribute("href"))!);
    await expectNoAxeViolations(page);
  });
}

test("the sign-in pages pass axe: the sign-in form, after sign-out, after an SSO refusal, and with a wrong password", async ({ page }) => {
  for (const pad of ["/inloggen", "/inloggen?reden=afgemeld", "/inloggen?sso=state_onjuist"]) {
    await page.goto(pad);
    await expect(page.locator("h1"), pad).toHaveCount(1);
    await expectNoAxeViolations(page);
  }
  // A wrong password: the error summary and the field error are shown, and still pass axe.
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill("opsteller@beslisroute.test");
  await page.getByLabel("Wachtwoord").fill("niet-het-wachtwoord");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("status")).toContainText("Het e-mailadres of het wachtwoord klopt niet.");
  await expectNoAxeViolations(page);
});

test("no horizontal scrolling at 320 px wide", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await loginAs(page, "opsteller");
  const rob = await robUrl(page);
  for (const pad of ["/", "/notas", rob, `${rob}/kamerbrief`, "/ministerraad", "/notas/nieuw"]) {
    await page.goto(pad);
    const breed = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(breed, pad).toBeLessThanOrEqual(320);
  }
});

test("unique titles across the main pages", async ({ page }) => {
  await loginAs(page, "opsteller");
  const rob = await robUrl(page);
  const titels = new Set<string>();
  for (const pad of ["/", "/notas", "/ministerraad", "/notas/nieuw", "/notas/importeren", rob, `${rob}/kamerbrief`]) {
    await page.goto(pad);
    titels.add(await page.title());
  }
  expect(titels.size).toBe(7);
});

test("the API reference page (/api/v1/docs, public) renders the document and passes axe, opened and closed", async ({ page }) => {
  const fouten: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") fouten.push(m.text());
  });
  await page.goto("/api/v1/docs");
  await expect(page.locator("h1")).toHaveText(/Beslisroute API \d+\.\d+\.\d+/);
  // Swagger UI has loaded the published document: its operations, with their Dutch summaries.
  await expect(page.getByText("Nieuwe nota (concept)")).toBeVisible();
  await expect(page.locator(".opblock")).not.toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.locator(".opblock-summary").filter({ hasText: "Nieuwe nota (concept)" }).first().click();
  await expect(page.locator(".opblock.is-open")).toHaveCount(1);
  await expectNoAxeViolations(page);
  expect(fouten).toEqual([]);
});
