// Single sign-on in the browser (issue 11), against the local OpenID Provider that
// playwright.config.ts starts beside the app (scripts/sso-provider-e2e.ts, oidc-provider).
import type { Browser, Page } from "@playwright/test";
import pg from "pg";
import { scriptEnv } from "@/lib/env";
import type { PlaywrightWorkerArgs } from "@playwright/test";
import { e2eSsoPort } from "@/scripts/sso-e2e-settings";
import { DEMO_PASSWORD, demoEmail, expect, expectNoAxeViolations, loginAs, sessionFor, test } from "./support";

const ORGANISATIE = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties";
const PROVIDER = `http://localhost:${e2eSsoPort(scriptEnv().E2E_PORT)}`;

/** The e2e provider's test-only control channel (scripts/sso-provider.ts, secret per run). */
async function provider(actie: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${PROVIDER}/__test/${scriptEnv().SSO_E2E_CONTROL_SECRET}/${actie}`, { method: "POST" });
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

/** The newest SSO refusal in the Beveiligingslog, as the beheerder reads it through the API. */
async function laatsteSsoWeigering(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string): Promise<Record<string, unknown>> {
  const beheer = await sessionFor(playwright, baseURL, "beheer");
  const log = (await (await beheer.get("/api/v1/beveiligingslog?limiet=50")).json()) as { actie: string; details: Record<string, unknown> }[];
  await beheer.dispose();
  return log.find((e) => e.actie === "inloggen.mislukt" && e.details.via === "sso")!.details;
}

/** Runs a SQL statement on the e2e database (the URL the server itself uses). */
async function sql(text: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const db = new pg.Client({ connectionString: scriptEnv().DATABASE_URL });
  await db.connect();
  try {
    return await db.query(text, params);
  } finally {
    await db.end();
  }
}

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

test.describe("het ID token wordt gecontroleerd, in de browser", () => {
  /** Signs in at the provider's page; the app refuses and shows the sign-in page with its reason. */
  async function geweigerd(page: Page, login: string): Promise<void> {
    await page.goto("/inloggen");
    await page.getByRole("link", { name: `Inloggen met ${ORGANISATIE}` }).click();
    await page.getByLabel("Gebruikersnaam").fill(login);
    await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page).toHaveURL(/\/inloggen\?sso=/);
  }

  const gevallen = [
    {
      afwijking: "gemanipuleerd",
      wat: "an ID token altered on its way from the provider (signature no longer matches)",
      reden: "handtekening_onjuist",
      melding: "Inloggen via uw organisatie is niet gelukt: de handtekening van de inlogdienst klopte niet. Het bewijs van inloggen is geweigerd; probeer het opnieuw of meld het bij de servicedesk.",
    },
    {
      afwijking: "andere_nonce",
      wat: "an ID token the provider signed for another nonce",
      reden: "nonce_onjuist",
      melding: "Inloggen via uw organisatie is niet gelukt: het antwoord van de inlogdienst hoorde niet bij deze inlogpoging. Probeer het opnieuw.",
    },
    {
      afwijking: "verlopen",
      wat: "an ID token the provider issued with its clock two hours behind (expired)",
      reden: "verlopen",
      melding: "Inloggen via uw organisatie is niet gelukt: het bewijs van inloggen was verlopen. Probeer het opnieuw.",
    },
  ] as const;
  for (const g of gevallen) {
    test(`refuses ${g.wat}: the Dutch reason on the page, ${g.reden} in the Beveiligingslog, no session`, async ({ page, playwright, baseURL }) => {
      await provider(`afwijking/${g.afwijking}`);
      await geweigerd(page, "lezer");
      await expect(page).toHaveURL(new RegExp(`/inloggen\\?sso=${g.reden}$`));
      await expect(page.getByText(g.melding)).toBeVisible();
      expect(await laatsteSsoWeigering(playwright, baseURL!)).toMatchObject({ via: "sso", reden: g.reden });
      await page.goto("/");
      await expect(page).toHaveURL(/\/inloggen/);
      // The deviation was for one sign-in only: the next one succeeds (the provider's session is still there).
      await page.goto("/inloggen");
      await page.getByRole("link", { name: `Inloggen met ${ORGANISATIE}` }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Mijn taken" })).toBeVisible();
    });
  }

  test("key rotation at the provider: the next sign-in is signed with the new key, fetched from the JWKS", async ({ page }) => {
    const { kid, vorige } = (await provider("sleutels-roteren")) as { kid: string; vorige: string };
    expect(kid).not.toBe(vorige);
    const jwks = (await (await fetch(`${PROVIDER}/jwks`)).json()) as { keys: { kid: string }[] };
    expect(jwks.keys.map((k) => k.kid).slice(0, 2)).toEqual([kid, vorige]);
    await ssoLogin(page, "opsteller");
    await expect(page.getByRole("banner")).toContainText("Sanne de Vries");
    const { rows } = await sql(`SELECT s."ssoIdToken" FROM "Sessie" s JOIN "Gebruiker" g ON g.id = s."gebruikerId" WHERE g.email = $1 AND s.soort = 'sso' ORDER BY s."aangemaaktOp" DESC LIMIT 1`, [demoEmail("opsteller")]);
    const header = JSON.parse(Buffer.from(String(rows[0].ssoIdToken).split(".")[0]!, "base64url").toString()) as { kid: string };
    expect(header.kid).toBe(kid);
  });
});

/** A nota waiting on the minister, through the API. */
async function notaBijMinister(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string, onderwerp: string): Promise<{ id: string; versie: number; status: string }> {
  const c = Object.fromEntries(await Promise.all(["opsteller", "afdelingshoofd", "directeur", "dg"].map(async (l) => [l, await sessionFor(playwright, baseURL, l)] as const)));
  const beheer = await sessionFor(playwright, baseURL, "beheer");
  const users = (await (await beheer.get("/api/v1/gebruikers")).json()) as { id: string; email: string }[];
  const id = (login: string) => users.find((u) => u.email === demoEmail(login))!.id;
  let nota = await (await c.opsteller!.post("/api/v1/notas", { data: { onderwerp: `${onderwerp} ${Date.now()}`, soort: "ter_beslissing", aanId: id("minister"), aanleiding: "Aanleiding.", kern: "Kern.", toelichting: "Toelichting.", nietOpenbaar: "NVT", motivering: "Motivering.", beslispunten: [{ tekst: "Instemmen met het voorstel." }], bijlagen: [] } })).json();
  const etag = () => ({ "if-match": `"${nota.versie}"` });
  nota = await (await c.opsteller!.post(`/api/v1/notas/${nota.id}/indienen`, { headers: etag(), data: { paraafroute: [{ volgorde: 1, gebruikerId: id("afdelingshoofd"), rol: "Afdelingshoofd" }, { volgorde: 2, gebruikerId: id("directeur"), rol: "Directeur" }, { volgorde: 3, gebruikerId: id("dg"), rol: "DG" }] } })).json();
  for (const l of ["afdelingshoofd", "directeur", "dg"]) nota = await (await c[l]!.post(`/api/v1/notas/${nota.id}/paraaf`, { headers: etag(), data: { oordeel: "akkoord" } })).json();
  expect(nota.status).toBe("bij_bewindspersoon");
  for (const x of [...Object.values(c), beheer]) await x.dispose();
  return nota;
}

test.describe("recente inlog voor een besluit", () => {
  test("an SSO minister 20 minutes after signing in: the explanation and the link, the provider asks again (max_age) in a new tab, the typed text stays and the besluit is recorded", async ({ page, playwright, baseURL }) => {
    test.setTimeout(60_000);
    const nota = await notaBijMinister(playwright, baseURL!, "Recente inlog via de organisatie");
    await ssoLogin(page, "minister");
    // Twenty minutes pass, here and at the provider: the sign-in time of the minister's sessions is
    // moved back, and the provider's clock moved ahead (its session is then 20 minutes old too).
    await sql(`UPDATE "Sessie" SET "authTijdstip" = now() - interval '20 minutes' WHERE "ingetrokkenOp" IS NULL AND "gebruikerId" = (SELECT id FROM "Gebruiker" WHERE email = $1)`, [demoEmail("minister")]);
    await provider("klok-vooruit/1200");
    try {
      await page.goto(`/notas/${nota.id}`);
      await page.locator("#veld-beslispunten-1-oordeel-akkoord").check();
      await page.getByLabel("Annotatie van de bewindspersoon").fill("Akkoord, na opnieuw inloggen.");
      await page.getByRole("button", { name: "Besluit vastleggen" }).click();
      await expect(page.getByText("Voor deze handeling moet u in de afgelopen 15 minuten zijn ingelogd. Log opnieuw in bij uw organisatie en druk daarna nogmaals op de knop; wat u hebt ingevuld blijft staan.").first()).toBeVisible();
      const link = page.getByRole("link", { name: "Opnieuw inloggen bij uw organisatie (opent een nieuw tabblad)" });
      await expect(link).toHaveAttribute("href", "/sso/start?herbevestigen=1");
      await expect(link).toHaveAttribute("target", "_blank");
      await expect(page.getByLabel("Annotatie van de bewindspersoon")).toHaveValue("Akkoord, na opnieuw inloggen.");
      await expectNoAxeViolations(page);

      const [tab] = await Promise.all([page.context().waitForEvent("page"), link.click()]);
      // The provider's session is older than max_age: it asks for the password again.
      await expect(tab.getByRole("heading", { name: "Demo-identiteitsprovider" })).toBeVisible();
      await tab.getByLabel("Gebruikersnaam").fill("minister");
      await tab.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
      await tab.getByRole("button", { name: "Inloggen" }).click();
      await expect(tab.getByRole("heading", { level: 1, name: "U bent opnieuw ingelogd" })).toBeVisible();
      await tab.close();
    } finally {
      await provider("klok-vooruit/0");
    }

    // Back in the first tab: everything typed is still there; pressing the button again records it.
    await expect(page.getByLabel("Annotatie van de bewindspersoon")).toHaveValue("Akkoord, na opnieuw inloggen.");
    await expect(page.locator("#veld-beslispunten-1-oordeel-akkoord")).toBeChecked();
    await page.getByRole("button", { name: "Besluit vastleggen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Het besluit is vastgelegd." })).toBeVisible();
    await expect(page.locator(".br-meta")).toContainText("Besloten");
    const { rows } = await sql(`SELECT e.na FROM "AuditEvent" e WHERE e.actie = 'sessie.herbevestigd' ORDER BY e.seq DESC LIMIT 1`);
    expect(rows[0].na).toMatchObject({ soort: "sso" });
  });

  test("the minister's besluit 20 minutes after signing in asks for the password, in the same form, with nothing typed lost", async ({ page, playwright, baseURL }) => {
    const nota = await notaBijMinister(playwright, baseURL!, "Recente inlog");

    await loginAs(page, "minister");
    // Twenty minutes pass (the sign-in time of the minister's sessions is moved back).
    await sql(`UPDATE "Sessie" SET "authTijdstip" = now() - interval '20 minutes' WHERE "ingetrokkenOp" IS NULL AND "gebruikerId" = (SELECT id FROM "Gebruiker" WHERE email = $1)`, [demoEmail("minister")]);

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
