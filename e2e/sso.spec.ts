// Single sign-on in the browser (issue 11), against the local OpenID Provider that
// playwright.config.ts starts beside the app (scripts/sso-provider-e2e.ts, oidc-provider).
import type { Browser, Page } from "@playwright/test";
import pg from "pg";
import { scriptEnv } from "@/lib/env";
import { DEMO_PASSWORD, demoEmail, expect, expectNoAxeViolations, loginAs, sessionFor, test } from "./support";

const ORGANISATIE = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties";

/** "Inloggen met <organisatie>", then the provider's own login page, back in Beslisroute. */
async function ssoLogin(page: Page, login: string): Promise<void> {
  await page.goto("/inloggen");
  await page.getByRole("link", { name: `Inloggen met ${ORGANISATIE}` }).click();
  await expect(page.getByRole("heading", { name: "Demo-identiteitsprovider" })).toBeVisible();
  await page.getByLabel("Gebruikersnaam").fill(login);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn taken" })).toBeVisible();
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam" })).newPage();
}

test.describe("inloggen via de organisatie (SSO)", () => {
  test("the sign-in page offers the organisation first, the password form below; the provider signs the official in", async ({ page }) => {
    await page.goto("/inloggen");
    const main = page.getByRole("main");
    await expect(main.getByRole("link").first()).toHaveText(`Inloggen met ${ORGANISATIE}`);
    await expect(main.getByRole("heading", { level: 2 })).toHaveText("Of met uw wachtwoord van Beslisroute");
    await expect(page.getByLabel("E-mailadres")).toBeVisible();
    await expectNoAxeViolations(page);
    await ssoLogin(page, "opsteller");
    await expect(page.getByRole("banner")).toContainText("Sanne de Vries");
  });

  test("Uitloggen ends the session here and at the provider; the back-channel logout ends the other browser's session too", async ({ page, browser }) => {
    await ssoLogin(page, "lezer");
    const ander = await newPage(browser);
    await ssoLogin(ander, "lezer");
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page.getByRole("heading", { name: "Ook bij de identiteitsprovider uitloggen?" })).toBeVisible();
    await page.getByRole("button", { name: "Ja, uitloggen" }).click();
    await expect(page).toHaveURL(/\/inloggen\?reden=afgemeld$/);
    await expect(page.getByText("U bent uitgelogd.")).toBeVisible();
    // The other browser, signed in at the provider on its own: its Beslisroute session ended by the back-channel.
    await ander.reload();
    await expect(ander).toHaveURL(/\/inloggen\?reden=ingetrokken/);
    // Signing in again needs the password at the provider (its session ended too).
    await page.getByRole("link", { name: `Inloggen met ${ORGANISATIE}` }).click();
    await expect(page.getByLabel("Gebruikersnaam")).toBeVisible();
    await ander.context().close();
  });

  test("the beheerder maps a provider group to a role on Beheer; a new official in that group gets it at the first sign-in", async ({ page, browser }) => {
    await loginAs(page, "beheer");
    await page.goto("/beheer");
    await page.getByText("Nieuwe koppeling", { exact: true }).click();
    const form = page.getByRole("form", { name: "Nieuwe koppeling van een groep" });
    await form.getByLabel("Groep bij de identiteitsprovider").fill("E2E-Opstellers");
    await form.getByLabel("Opsteller").check();
    await form.getByLabel("Organisatieonderdeel (optioneel)").selectOption({ label: "Directie Democratie en Bestuur" });
    await form.getByRole("button", { name: "Koppeling toevoegen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De koppeling van groep E2E-Opstellers is opgeslagen." })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("table", { name: "Gekoppelde groepen" })).toContainText("E2E-Opstellers");
    await expectNoAxeViolations(page);

    const nieuw = await newPage(browser);
    await ssoLogin(nieuw, "e2e-nieuw");
    await expect(nieuw.getByRole("banner")).toContainText("Jesse Nieuwenhuis");
    await expect(nieuw.getByRole("banner")).toContainText("Opsteller");
    await nieuw.context().close();
  });
});

test.describe("recente inlog voor een besluit", () => {
  test("the minister's besluit 20 minutes after signing in asks for the password, in the same form, with nothing typed lost", async ({ page, playwright, baseURL }) => {
    // A nota waiting on the minister, through the API.
    const c = Object.fromEntries(await Promise.all(["opsteller", "afdelingshoofd", "directeur", "dg"].map(async (l) => [l, await sessionFor(playwright, baseURL!, l)] as const)));
    const beheer = await sessionFor(playwright, baseURL!, "beheer");
    const users = (await (await beheer.get("/api/v1/gebruikers")).json()) as { id: string; email: string }[];
    const id = (login: string) => users.find((u) => u.email === demoEmail(login))!.id;
    let nota = await (await c.opsteller!.post("/api/v1/notas", { data: { onderwerp: `Recente inlog ${Date.now()}`, soort: "ter_beslissing", aanId: id("minister"), aanleiding: "Aanleiding.", kern: "Kern.", toelichting: "Toelichting.", nietOpenbaar: "NVT", motivering: "Motivering.", beslispunten: [{ tekst: "Instemmen met het voorstel." }], bijlagen: [] } })).json();
    const etag = () => ({ "if-match": `"${nota.versie}"` });
    nota = await (await c.opsteller!.post(`/api/v1/notas/${nota.id}/indienen`, { headers: etag(), data: { paraafroute: [{ volgorde: 1, gebruikerId: id("afdelingshoofd"), rol: "Afdelingshoofd" }, { volgorde: 2, gebruikerId: id("directeur"), rol: "Directeur" }, { volgorde: 3, gebruikerId: id("dg"), rol: "DG" }] } })).json();
    for (const l of ["afdelingshoofd", "directeur", "dg"]) nota = await (await c[l]!.post(`/api/v1/notas/${nota.id}/paraaf`, { headers: etag(), data: { oordeel: "akkoord" } })).json();
    expect(nota.status).toBe("bij_bewindspersoon");

    await loginAs(page, "minister");
    // Twenty minutes pass (the sign-in time of the minister's sessions is moved back).
    const db = new pg.Client({ connectionString: scriptEnv().DATABASE_URL });
    await db.connect();
    await db.query(`UPDATE "Sessie" SET "authTijdstip" = now() - interval '20 minutes' WHERE "ingetrokkenOp" IS NULL AND "gebruikerId" = (SELECT id FROM "Gebruiker" WHERE email = $1)`, [demoEmail("minister")]);
    await db.end();

    await page.goto(`/notas/${nota.id}`);
    await page.locator("#veld-beslispunten-1-oordeel-akkoord").check();
    await page.getByLabel("Annotatie van de bewindspersoon").fill("Akkoord, met dank.");
    await page.getByRole("button", { name: "Besluit vastleggen" }).click();
    await expect(page.getByText("Voor deze handeling moet u in de afgelopen 15 minuten zijn ingelogd.").first()).toBeVisible();
    await expect(page.getByLabel("Annotatie van de bewindspersoon")).toHaveValue("Akkoord, met dank.");
    await expect(page.locator("#veld-beslispunten-1-oordeel-akkoord")).toBeChecked();
    await expectNoAxeViolations(page);
    await page.getByLabel("Uw wachtwoord").fill("niet-het-wachtwoord");
    await page.getByRole("button", { name: "Besluit vastleggen" }).click();
    await expect(page.getByText("Uw wachtwoord klopt niet.").first()).toBeVisible();
    await expect(page.getByLabel("Annotatie van de bewindspersoon")).toHaveValue("Akkoord, met dank.");
    await page.getByLabel("Uw wachtwoord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Besluit vastleggen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Het besluit is vastgelegd." })).toBeVisible();
    await expect(page.locator(".br-meta")).toContainText("Besloten");
  });
});
