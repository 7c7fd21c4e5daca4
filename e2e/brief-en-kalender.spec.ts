// Issue 14 in the browser: the mr_coordinator records the outcome of every agendapunt on the
// meeting page in one pass and takes the besluitenlijst from there; the calendar shows the Fridays
// without a meeting and the recess form; "Mijn gegevens" with the vervanger and notifications;
// the organisation's letter paper on Beheer; the letter's own kenmerk in the editor; no word
// broken inside at 320 px and up; a favicon. axe on every page visited.
import type { APIRequestContext, APIResponse, Page, PlaywrightWorkerArgs } from "@playwright/test";
import { DEMO_PASSWORD, demoEmail, expect, expectNoAxeViolations, expectPageBasics, loginAs, test } from "./support";
import { pdfText } from "../tests/support/read-back";

type Json = Record<string, unknown> & { id: string; versie: number; kenmerk: string; onderwerp: string };

async function sessie(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string, login: string): Promise<APIRequestContext> {
  const ctx = await playwright.request.newContext({ baseURL });
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  expect((await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, email: demoEmail(login), password: DEMO_PASSWORD, json: "true" } })).status()).toBe(200);
  return ctx;
}

async function ok(res: APIResponse, status = 200): Promise<Json> {
  const body = await res.text();
  expect(res.status(), body).toBe(status);
  return JSON.parse(body);
}

/** A date `dagen` days ahead, moved on to a Wednesday (never a regular Friday). */
function woensdagOver(dagen: number): string {
  const d = new Date(Date.now() + dagen * 86_400_000);
  while (d.getUTCDay() !== 3) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Two notas through paraaf and besluit, registered on an extra meeting; returns the meeting and the notas. */
async function tweeNotasOpVergadering(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string) {
  const clients = await Promise.all(["opsteller", "afdelingshoofd", "minister", "mr", "beheer"].map((l) => sessie(playwright, baseURL, l)));
  const [opsteller, afdelingshoofd, minister, mr, beheer] = clients as [APIRequestContext, APIRequestContext, APIRequestContext, APIRequestContext, APIRequestContext];
  const gebruikers = (await ok(await beheer.get("/api/v1/gebruikers"))) as unknown as { email: string; id: string }[];
  const ids = Object.fromEntries(gebruikers.map((u) => [u.email.split("@")[0]!, u.id]));
  const datum = woensdagOver(45 + Math.floor(Math.random() * 200));
  const bestaand = (await ok(await mr.get(`/api/v1/mr-vergaderingen?van=${datum}&tot=${datum}`))) as unknown as { id: string }[];
  const vergadering = bestaand[0] ?? (await ok(await mr.post("/api/v1/mr-vergaderingen", { data: { datum, soort: "extra" } }), 201));
  const vandaag = new Date().toLocaleDateString("en-CA", { timeZone: "Europe/Amsterdam" });
  const notas: Json[] = [];
  for (const onderwerp of ["Uitvoeringsagenda digitale overheid", "Voortgang Wet open overheid"]) {
    let n = await ok(
      await opsteller.post("/api/v1/notas", {
        data: { onderwerp: `${onderwerp} ${Math.random().toString(36).slice(2, 7)}`, soort: "ter_beslissing", aanId: ids.minister, mrBehandeling: true, kamerbrief: false, aanleiding: "a", kern: "k", toelichting: "t", nietOpenbaar: "NVT", motivering: "m", beslispunten: [{ tekst: "Instemmen" }] },
      }),
      201,
    );
    const url = `/api/v1/notas/${n.id}`;
    const etag = () => ({ "if-match": `"${n.versie}"` });
    n = await ok(await opsteller.post(`${url}/indienen`, { headers: etag(), data: { paraafroute: [{ volgorde: 1, gebruikerId: ids.afdelingshoofd, rol: "Afdelingshoofd" }] } }));
    n = await ok(await afdelingshoofd.post(`${url}/paraaf`, { headers: etag(), data: { oordeel: "akkoord" } }));
    n = await ok(await minister.post(`${url}/besluit`, { headers: etag(), data: { beslispunten: [{ volgnummer: 1, oordeel: "akkoord" }], uitkomst: "besloten" } }));
    n = await ok(await mr.post(`${url}/mr-aanmelding`, { headers: etag(), data: { vergaderingId: vergadering.id, rondgezondenOp: vandaag } }));
    notas.push(n);
  }
  for (const c of clients) await c.dispose();
  return { vergaderingId: vergadering.id, notas };
}

test("the mr_coordinator records every agendapunt's outcome on the meeting page in one pass, and takes the besluitenlijst from there", async ({ page, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const { vergaderingId, notas } = await tweeNotasOpVergadering(playwright, baseURL!);
  const [a, b] = notas as [Json, Json];
  await loginAs(page, "mr");
  await page.goto(`/ministerraad/${vergaderingId}`);
  await expectPageBasics(page, /^Ministerraad .* — Beslisroute$/);
  const formulier = page.getByRole("form", { name: "Uitkomsten van de vergadering" });
  await expect(formulier.getByRole("group")).toHaveCount(2);
  await expectNoAxeViolations(page);

  // A refusal first: aanvaard met wijzigingen needs a toelichting; the other item is recorded.
  await formulier.getByLabel(`Uitkomst voor ${a.kenmerk}`).selectOption("akkoord");
  await formulier.getByLabel(`Uitkomst voor ${b.kenmerk}`).selectOption("aanvaard_met_wijzigingen");
  await formulier.getByRole("button", { name: "Uitkomsten vastleggen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 uitkomst is vastgelegd; 1 niet." })).toBeVisible();
  await expect(formulier.getByText("Noteer kort welke wijzigingen de ministerraad aanbracht.").first()).toBeVisible();
  // The refused item keeps its choice.
  await expect(formulier.getByLabel(`Uitkomst voor ${b.kenmerk}`)).toHaveValue("aanvaard_met_wijzigingen");
  await expectNoAxeViolations(page);

  // The page again: the recorded item has left the form; the other one in the same pass.
  await page.goto(`/ministerraad/${vergaderingId}`);
  await expect(formulier.getByRole("group")).toHaveCount(1);
  await formulier.getByLabel(`Uitkomst voor ${b.kenmerk}`).selectOption("aanvaard_met_wijzigingen");
  await formulier.getByLabel(`Toelichting bij ${b.kenmerk} (optioneel)`).fill("Met een zin over de uitvoering.");
  await formulier.getByRole("button", { name: "Uitkomsten vastleggen" }).click();
  // Every item decided: the form is gone, the page says so.
  await expect(page.getByRole("status").filter({ hasText: "De uitkomsten zijn vastgelegd; de besluitenlijst is bijgewerkt." })).toBeVisible();
  await expect(page.getByRole("form", { name: "Uitkomsten van de vergadering" })).toHaveCount(0);
  await expect(page.getByRole("row", { name: new RegExp(a.onderwerp) })).toContainText("Akkoord");
  await expect(page.getByRole("row", { name: new RegExp(b.onderwerp) })).toContainText("Aanvaard met wijzigingen — Met een zin over de uitvoering.");
  await expectNoAxeViolations(page);

  // The besluitenlijst from the meeting page, read back.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Besluitenlijst downloaden (PDF)" }).click()]);
  const pad = await download.path();
  const { readFileSync } = await import("node:fs");
  const tekst = pdfText(new Uint8Array(readFileSync(pad!)));
  expect(tekst).toContain(a.kenmerk);
  expect(tekst).toContain(b.kenmerk);
  expect(tekst).toContain("Met een zin over de uitvoering.");
});

test("the calendar shows the Fridays without a meeting and lets the mr_coordinator set the recess", async ({ page }) => {
  await loginAs(page, "mr");
  await page.goto("/ministerraad?van=2026-12-01");
  await expect(page.getByText("vrijdag 25 december 2026: geen ministerraad (Eerste Kerstdag)")).toBeVisible();
  await expect(page.getByText("vrijdag 1 januari 2027: geen ministerraad (Nieuwjaarsdag)")).toBeVisible();
  await expect(page.getByRole("link", { name: /vrijdag 25 december 2026/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  const jaar = new Date().getUTCFullYear() + 2;
  const form = page.getByRole("form", { name: "Zomerreces vastleggen" });
  await form.getByLabel("Jaar").fill(String(jaar));
  await form.getByLabel("Eerste dag van het reces").fill(`${jaar}-08-10`);
  await form.getByLabel("Laatste dag van het reces").fill(`${jaar}-07-10`);
  await form.getByRole("button", { name: "Zomerreces vastleggen" }).click();
  await expect(form.getByText("Het reces eindigt niet voor het begint.").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await form.getByLabel("Eerste dag van het reces").fill(`${jaar}-07-10`);
  await form.getByLabel("Laatste dag van het reces").fill(`${jaar}-08-20`);
  await form.getByRole("button", { name: "Zomerreces vastleggen" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Het zomerreces ${jaar} is vastgelegd` })).toBeVisible();
  await page.goto(`/ministerraad?van=${jaar}-07-01`);
  await expect(page.getByText(/geen ministerraad \(zomerreces\)/).first()).toBeVisible();
  // A lezer sees the calendar, not the form.
  await page.context().clearCookies();
  await loginAs(page, "lezer");
  await page.goto("/ministerraad");
  await expect(page.getByRole("form", { name: "Zomerreces vastleggen" })).toHaveCount(0);
});

test("Mijn gegevens: the official names their own vervanger with dates, ends it, and sets notifications", async ({ page }) => {
  await loginAs(page, "directeur");
  await page.goto("/mijn-gegevens");
  await expectPageBasics(page, "Mijn gegevens — Beslisroute");
  await expectNoAxeViolations(page);
  const form = page.getByRole("form", { name: "Mijn vervanger aanwijzen" });
  await form.getByRole("button", { name: "Vervanger vastleggen" }).click();
  await expect(form.getByRole("link", { name: "Kies de vervanger." })).toBeVisible();
  await expectNoAxeViolations(page);
  const van = new Date(Date.now() + 5 * 86_400_000).toLocaleDateString("en-CA", { timeZone: "Europe/Amsterdam" });
  const tot = new Date(Date.now() + 15 * 86_400_000).toLocaleDateString("en-CA", { timeZone: "Europe/Amsterdam" });
  await form.getByLabel("Vervanger").selectOption({ label: "Pieter Jansen" });
  await form.getByLabel("Van", { exact: true }).fill(van);
  await form.getByLabel("Tot en met").fill(tot);
  await form.getByRole("button", { name: "Vervanger vastleggen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uw vervanger is vastgelegd." })).toBeVisible();
  await page.goto("/mijn-gegevens");
  const regel = page.getByRole("listitem").filter({ hasText: "Pieter Jansen vervangt u van" });
  await expect(regel).toBeVisible();
  await expectNoAxeViolations(page);
  await regel.getByRole("button", { name: /beëindigen/ }).click();
  await expect(page.getByText("U hebt geen vervanger aangewezen.")).toBeVisible();

  const meldingen = page.getByRole("form", { name: "Meldingen per e-mail" });
  await meldingen.getByLabel("als er een taak op mij wacht (paraaf, besluit, Kamerbrief verzenden)").uncheck();
  await meldingen.getByRole("button", { name: "Voorkeuren opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uw voorkeuren voor meldingen zijn opgeslagen." })).toBeVisible();
  await page.goto("/mijn-gegevens");
  await expect(page.getByLabel("als er een taak op mij wacht (paraaf, besluit, Kamerbrief verzenden)")).not.toBeChecked();
  await page.getByLabel("als er een taak op mij wacht (paraaf, besluit, Kamerbrief verzenden)").check();
  await page.getByRole("button", { name: "Voorkeuren opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "opgeslagen" })).toBeVisible();
});

test("the beheerder edits the organisation's letter paper; the letter's own kenmerk in the editor and its preview", async ({ page }) => {
  await loginAs(page, "beheer");
  await page.goto("/beheer");
  const org = page.getByRole("form", { name: "Gegevens van Ministerie van Binnenlandse Zaken en Koninkrijksrelaties" });
  await expect(org.getByLabel("Afkorting")).toHaveValue("BZK");
  await org.getByLabel("Afkorting").fill("b z k");
  await org.getByRole("button", { name: "Organisatie opslaan" }).click();
  await expect(org.getByText(/De afkorting is 2 tot 10 hoofdletters/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await org.getByLabel("Afkorting").fill("BZK");
  await org.getByRole("button", { name: "Organisatie opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De gegevens van de organisatie zijn opgeslagen." })).toBeVisible();
  await expect(page.getByText("Geen beeldmerk: de brieven hebben een neutrale plaatshouder van de juiste maat.")).toBeVisible();

  await page.context().clearCookies();
  await loginAs(page, "pz");
  // A letter still editable: Ons kenmerk of the letter itself, shown live in the preview and saved.
  await page.goto("/notas?q=digitale%20inclusie");
  await page.getByRole("link", { name: /Kabinetsreactie op het rapport over digitale inclusie/ }).first().click();
  await page.waitForURL(/\/notas\/[0-9a-f-]{36}$/);
  await page.goto(`${page.url()}/kamerbrief`);
  await expect(page.getByLabel("Ondertekenaar").locator("option").first()).toHaveText("Aan wie de nota is gericht: Marieke van den Berg");
  await page.getByLabel("Ons kenmerk (optioneel)").fill("2026-0000123456");
  const editorVoorbeeld = page.getByRole("document", { name: "Voorbeeld van de Kamerbrief" });
  await expect(editorVoorbeeld).toContainText("Ons kenmerk2026-0000123456");
  await page.getByRole("button", { name: "Kamerbrief opslaan" }).click();
  await expect(page.getByRole("status").first()).toContainText(/opgeslagen/i);
  await expect(page.getByLabel("Ons kenmerk (optioneel)")).toHaveValue("2026-0000123456");
  await expect(editorVoorbeeld).toContainText("De minister van Binnenlandse Zaken en Koninkrijksrelaties,");
  await expectNoAxeViolations(page);

  await page.goto("/notas?q=Voortgangsbrief");
  await page.getByRole("link", { name: /Voortgangsbrief versterking gemeentelijke uitvoeringskracht/ }).first().click();
  await page.waitForURL(/\/notas\/[0-9a-f-]{36}$/);
  const notaUrl = page.url();
  await page.goto(`${notaUrl}/kamerbrief`);
  const voorbeeld = page.getByRole("document", { name: "Voorbeeld van de Kamerbrief" });
  // The seeded letter: a written-out opening sentence, no lower-cased onderwerp, no "Bijlage(n) 0".
  await expect(voorbeeld).toContainText("In deze brief informeer ik u over de voortgang van de versterking van de gemeentelijke uitvoeringskracht.");
  await expect(voorbeeld).not.toContainText("Bijlage(n)");
  await expect(voorbeeld).toContainText("Retouradres Postbus 20011 2500 EA Den Haag");
  await expect(voorbeeld).toContainText("Turfmarkt 147");
  await expectNoAxeViolations(page);
});

/** Words (letters only) whose text runs over more than one line box: broken inside. */
async function gebrokenWoorden(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const uit: string[] = [];
    const walker = document.createTreeWalker(document.querySelector("main") ?? document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const tekst = n.textContent ?? "";
      for (const m of tekst.matchAll(/\p{L}{2,}/gu)) {
        const r = document.createRange();
        r.setStart(n, m.index!);
        r.setEnd(n, m.index! + m[0].length);
        const regels = new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top)));
        if (regels.size > 1) uit.push(m[0]);
      }
    }
    return uit;
  });
}

test("no word breaks inside at any width from 320 px up (Mijn taken, Nota's, Ministerraad, a nota)", async ({ page }) => {
  test.setTimeout(120_000);
  await loginAs(page, "afdelingshoofd");
  await page.goto("/notas");
  const nota = (await page.locator("main a[href^='/notas/']").filter({ hasNotText: /Nieuwe nota|Importeren/ }).first().getAttribute("href"))!;
  for (const breedte of [320, 360, 375, 414, 480, 600, 768, 1024, 1280]) {
    await page.setViewportSize({ width: breedte, height: 800 });
    for (const pad of ["/", "/notas", "/ministerraad", nota]) {
      await page.goto(pad);
      await page.waitForLoadState("networkidle");
      expect(await gebrokenWoorden(page), `${pad} op ${breedte} px`).toEqual([]);
    }
  }
  // The minister's Mijn taken: the Taak column says "Besluit", whole, at every width.
  await page.context().clearCookies();
  await loginAs(page, "minister");
  for (const breedte of [320, 360, 375, 414, 768, 1024]) {
    await page.setViewportSize({ width: breedte, height: 800 });
    await page.goto("/");
    await expect(page.getByRole("cell", { name: /^Besluit/ }).first()).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Deadline" })).toBeVisible();
    expect(await gebrokenWoorden(page), `Mijn taken van de minister op ${breedte} px`).toEqual([]);
  }
});

test("a favicon on every page", async ({ page }) => {
  await loginAs(page, "lezer");
  const res = await page.request.get("/favicon.ico");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  const bytes = await res.body();
  expect([...bytes.subarray(0, 4)]).toEqual([0, 0, 1, 0]); // an ICO file
  await page.goto("/notas");
  await expect(page.locator('head link[rel="icon"]').first()).toHaveAttribute("href", /\/(favicon\.ico|icon\.svg)/);
});
