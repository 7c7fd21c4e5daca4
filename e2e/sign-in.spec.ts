import { demoEmail, expect, expectNoAxeViolations, expectPageBasics, loginAs, test } from "./support";

const ACCOUNTS: [login: string, naam: string, rol: string][] = [
  ["opsteller", "Sanne de Vries", "Opsteller"],
  ["afdelingshoofd", "Pieter Jansen", "Parafeerder"],
  ["directeur", "Fatima el Amrani", "Parafeerder"],
  ["dg", "Hendrik Bakker", "Parafeerder"],
  ["juridisch", "Mila Kok", "Parafeerder"],
  ["minister", "Marieke van den Berg", "Bewindspersoon"],
  ["bestuursondersteuning", "Joost Visser", "Bestuursondersteuning"],
  ["mr", "Ingrid Mulder", "MR-coördinator"],
  ["pz", "Ahmed Yilmaz", "Parlementaire zaken"],
  ["woo", "Lotte Smit", "Woo-coördinator"],
  ["beheer", "Kees de Boer", "Beheerder"],
  ["lezer", "Eva Hendriks", "Lezer"],
];

test.describe("inloggen", () => {
  test("the sign-in page is in Dutch and accessible", async ({ page }) => {
    await page.goto("/inloggen");
    await expectPageBasics(page, "Inloggen — Beslisroute");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inloggen");
    await expectNoAxeViolations(page);
  });

  for (const [login, naam, rol] of ACCOUNTS) {
    test(`${login} signs in and sees the shell for their role`, async ({ page }) => {
      await loginAs(page, login);
      await expectPageBasics(page, "Mijn taken — Beslisroute");
      await expect(page.getByRole("banner")).toContainText(naam);
      await expect(page.getByRole("banner")).toContainText(rol);
      await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Mijn taken" })).toHaveAttribute("aria-current", "page");
      await expectNoAxeViolations(page);
    });
  }

  test("a wrong password gets one generic message and no session", async ({ page }) => {
    await page.goto("/inloggen");
    await page.getByLabel("E-mailadres").fill(demoEmail("lezer"));
    await page.getByLabel("Wachtwoord").fill("niet-het-wachtwoord");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("status")).toContainText("Het e-mailadres of het wachtwoord klopt niet.");
    await expect(page).toHaveURL(/\/inloggen/);
    // The e-mail address stays, the password is cleared after a failed attempt.
    await expect(page.getByLabel("E-mailadres")).toHaveValue(demoEmail("lezer"));
    await expect(page.getByLabel("Wachtwoord")).toHaveValue("");
    // An unknown account gets exactly the same words.
    await page.getByLabel("E-mailadres").fill("niemand@beslisroute.test");
    await page.getByLabel("Wachtwoord").fill("ook-niet-goed");
    await Promise.all([page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/inloggen")), page.getByRole("button", { name: "Inloggen" }).click()]);
    await expect(page.getByRole("status")).toContainText("Het e-mailadres of het wachtwoord klopt niet.");
    await expect(page.getByLabel("E-mailadres")).toHaveValue("niemand@beslisroute.test");
    await expectNoAxeViolations(page);
    const res = await page.request.get("/api/v1/ik");
    expect(res.status()).toBe(401);
  });

  test("empty fields are named in an error summary that takes focus and links to them", async ({ page }) => {
    await page.goto("/inloggen");
    await page.getByRole("button", { name: "Inloggen" }).click();
    const summary = page.locator(".br-error-summary");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: "Vul uw e-mailadres in." })).toHaveAttribute("href", "#email");
    await expect(page.getByLabel("E-mailadres")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#email-fout")).toHaveText("Vul uw e-mailadres in.");
    await expect(page.locator("#password-fout")).toHaveText("Vul uw wachtwoord in.");
    await expectNoAxeViolations(page);
    await summary.getByRole("link", { name: "Vul uw e-mailadres in." }).click();
    await expect(page.getByLabel("E-mailadres")).toBeFocused();
  });

  test("a signed-out visitor is sent to the sign-in page and comes back after signing in", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/inloggen\?callbackUrl=/);
    await page.getByLabel("E-mailadres").fill(demoEmail("opsteller"));
    await page.getByLabel("Wachtwoord").fill("beslisroute-demo");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mijn taken" })).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
  });

  test("signing out ends the session", async ({ page }) => {
    await loginAs(page, "opsteller");
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page).toHaveURL(/\/inloggen/);
    expect((await page.request.get("/api/v1/ik")).status()).toBe(401);
  });

  test("everything is reachable by keyboard, starting with the skip link", async ({ page }) => {
    await loginAs(page, "opsteller");
    // after the navigation the keyboard starts again at the top of the page …
    await expect(page.locator("#paginabegin")).toBeFocused();
    // … so the first Tab reaches the skip link
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Direct naar de inhoud" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#inhoud$/);
  });
});

test.describe("API", () => {
  test("answers 401 problem+json without a session", async ({ request }) => {
    const res = await request.get("/api/v1/ik");
    expect(res.status()).toBe(401);
    expect(res.headers()["content-type"]).toMatch(/^application\/problem\+json/);
    expect(await res.json()).toMatchObject({ status: 401, code: "UNAUTHENTICATED", title: "U bent niet ingelogd" });
  });

  test("GET /api/v1/ik describes the signed-in official", async ({ page }) => {
    await loginAs(page, "minister");
    const res = await page.request.get("/api/v1/ik");
    expect(res.status()).toBe(200);
    expect(await res.json()).toMatchObject({
      naam: "Marieke van den Berg",
      email: "minister@beslisroute.test",
      rollen: ["bewindspersoon"],
      organisatieonderdeel: { afkorting: "BZK" },
    });
  });

  test("health says ok when the database answers", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });
});

test.describe("before JavaScript loads", () => {
  test("signing in and drafting a nota work with JavaScript off", async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await ctx.newPage();
    await page.goto("/inloggen");
    await page.getByLabel("E-mailadres").fill(demoEmail("opsteller"));
    await page.getByLabel("Wachtwoord").fill("fout-wachtwoord");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("status")).toContainText("Het e-mailadres of het wachtwoord klopt niet.");
    await page.getByLabel("Wachtwoord").fill("beslisroute-demo");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mijn taken" })).toBeVisible();

    await page.goto("/notas/nieuw");
    const onderwerp = `Zonder JavaScript ${Date.now()}`;
    await page.getByRole("textbox", { name: "Onderwerp", exact: true }).fill(onderwerp);
    await page.getByLabel("Aan (bewindspersoon)").selectOption({ label: "Marieke van den Berg" });
    await page.getByRole("textbox", { name: "Beslispunt 1", exact: true }).fill("Kennisnemen van deze nota");
    await page.getByRole("button", { name: "Nota aanmaken" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(onderwerp);
    await expect(page.getByText("De nota is aangemaakt.")).toBeVisible();
    await ctx.close();
  });
});
