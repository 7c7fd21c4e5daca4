// The journeys officials make, in the browser, as the demo accounts; axe on every page on the way.
// Each journey starts from a nota of its own, made through the API in the state the journey starts
// from (e2e/notas.ts): no journey depends on another, and none changes the seeded demo notas.
import type { Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { Ambtenaren } from "./notas";
import { expect, expectNoAxeViolations, expectPageBasics, loginAs, test } from "./support";
import { docxParagrafen, pdfText, unzipText } from "../tests/support/read-back";

test.describe.configure({ timeout: 180_000 });

const uniek = () => Math.random().toString(36).slice(2, 7);

async function openNota(page: Page, zoek: string, naam: RegExp) {
  await page.goto(`/notas?q=${encodeURIComponent(zoek)}`);
  await page.getByRole("link", { name: naam }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

async function switchTo(page: Page, login: string) {
  await page.context().clearCookies();
  await loginAs(page, login);
}

test("(a) drafting a nota by hand, with errors first, beslispunten reordered by keyboard and a passage marked not public", async ({ page }) => {
  const onderwerp = `Herijking subsidiekader lokale democratie ${uniek()}`;
  await loginAs(page, "opsteller");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Nieuwe nota" }).click();
  await expectPageBasics(page, "Nieuwe nota — Beslisroute");
  await expectNoAxeViolations(page);

  // Sent empty: the error summary takes focus and names the fields in Dutch.
  await page.getByRole("button", { name: "Nota aanmaken" }).click();
  const summary = page.locator(".br-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Vul het onderwerp in.");
  await expect(page.getByRole("textbox", { name: "Onderwerp", exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await page.getByRole("textbox", { name: "Onderwerp", exact: true }).fill(onderwerp);
  await page.getByLabel("Aan (bewindspersoon)").selectOption({ label: "Marieke van den Berg" });
  await page.getByLabel("Uiterste beslisdatum").fill("2099-12-31");
  await page.getByLabel("Reden van de deadline").fill("MR");
  await page.getByLabel("MR-behandeling nodig").check();
  await page.getByLabel("Er hoort een Kamerbrief bij").check();
  await page.getByRole("textbox", { name: "Aanleiding", exact: true }).fill("De Kamer vraagt om een herijking van het subsidiekader.");
  await page.getByRole("textbox", { name: "Beslispunt 1", exact: true }).fill("Instemmen met verzending van de brief aan de TK");
  await page.getByRole("button", { name: "Beslispunt toevoegen" }).click();
  await expect(page.getByRole("textbox", { name: "Beslispunt 2", exact: true })).toBeFocused();
  await page.keyboard.type("Kennisnemen van de toelichting");
  // Move beslispunt 2 up by keyboard
  await page.getByRole("button", { name: "Omhoog (beslispunt 2)" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "Beslispunt 1", exact: true })).toHaveValue("Kennisnemen van de toelichting");
  await expect(page.getByRole("textbox", { name: "Beslispunt 2", exact: true })).toHaveValue("Instemmen met verzending van de brief aan de TK");
  await page.getByRole("textbox", { name: "Kern", exact: true }).fill("Het advies is het kader te herijken.");
  const toelichting = page.getByRole("textbox", { name: "Toelichting", exact: true });
  await toelichting.fill("De gemeenten zijn gehoord. Het advies van de landsadvocaat is vertrouwelijk.");
  // Select "Het advies van de landsadvocaat is vertrouwelijk." and mark it with 5.1.2i
  await toelichting.evaluate((el: HTMLTextAreaElement) => {
    const start = el.value.indexOf("Het advies");
    el.setSelectionRange(start, el.value.length);
  });
  await page.locator("#grond-toelichting").selectOption("5.1.2i");
  await page.locator("section", { has: page.locator("#kop-toelichting") }).getByRole("button", { name: "Selectie markeren als niet openbaar" }).click();
  await expect(toelichting).toHaveValue("De gemeenten zijn gehoord. {{5.1.2i: Het advies van de landsadvocaat is vertrouwelijk.}}");
  await page.getByRole("button", { name: "Voorbeeld tonen" }).click();
  await expect(page.locator("#voorbeeld")).toContainText("Kennisnemen van de toelichting");
  await page.getByRole("button", { name: "Nota aanmaken" }).click();

  await expect(page.getByRole("status").filter({ hasText: "De nota is aangemaakt." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(onderwerp);
  await expect(page.locator("mark.br-niet-openbaar")).toHaveText("Het advies van de landsadvocaat is vertrouwelijk.");
  await expectNoAxeViolations(page);
});

test("(a) drafting a nota by importing the seed text", async ({ page }) => {
  const u = uniek();
  await loginAs(page, "opsteller");
  await page.goto("/notas/importeren");
  await expectPageBasics(page, "Nota importeren — Beslisroute");
  await expectNoAxeViolations(page);
  await page.getByLabel("Tekst van de nota").fill(readFileSync("tests/fixtures/beslisnota-rob-advies.txt", "utf8"));
  await page.getByRole("button", { name: "Herkennen" }).click();
  await expect(page.getByRole("heading", { name: "Herkend: controleer en vul aan" })).toBeFocused();
  await expect(page.getByText('De kop "Geadyviseerd besluit" is gelezen als "Geadviseerd besluit".')).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Beslispunt 1", exact: true })).toHaveValue("Kennisnemen van onderstaande toelichting");
  await expect(page.getByRole("textbox", { name: "Beslispunt 2", exact: true })).toHaveValue("Instemmen met verzending van kabinetsreactie aan TK.");
  await expect(page.getByRole("textbox", { name: "Toelichting", exact: true })).toHaveValue(/- Het ROB-advies richt zich op “iedereen in het openbaar bestuur”\./);
  await expectNoAxeViolations(page);
  await page.getByRole("textbox", { name: "Onderwerp", exact: true }).fill(`Kabinetsreactie ROB-advies (import ${u})`);
  await page.getByRole("button", { name: "Concept aanmaken" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De nota is aangemaakt." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Kabinetsreactie ROB-advies (import ${u})`);
  await expect(page.locator(".br-beslispunten li")).toHaveCount(2);
});

test("(b) the paraafroute with a parallel medeparaaf, a retour and a second round, then the minister's decision", async ({ page, playwright, baseURL }) => {
  const ambtenaren = new Ambtenaren(playwright, baseURL!);
  const onderwerp = `Herijking subsidiekader paraafroute ${uniek()}`;
  const notaUrl = `/notas/${(await ambtenaren.nieuweNota({ onderwerp })).id}`;
  await ambtenaren.sluit();
  await loginAs(page, "opsteller");
  await page.goto(notaUrl);
  await page.getByRole("link", { name: "Indienen voor paraaf" }).click();
  await expectPageBasics(page, "Indienen voor paraaf — Beslisroute");
  // The default route of the directie is ready: afdelingshoofd, directeur, DG
  await expect(page.getByLabel("Rol in de route").nth(0)).toHaveValue("Afdelingshoofd");
  await expect(page.getByLabel("Rol in de route").nth(2)).toHaveValue("DG");
  await page.getByRole("button", { name: "Parallelle medeparaaf toevoegen" }).click();
  const nieuw = page.locator("fieldset.br-routestap").last();
  await nieuw.getByLabel("Volgnummer").fill("2");
  const mila = await nieuw.getByLabel("Parafeerder").locator("option", { hasText: "Mila Kok" }).getAttribute("value");
  await nieuw.getByLabel("Parafeerder").selectOption(mila!);
  await nieuw.getByLabel("Rol in de route").fill("Medeparaaf DWJZ");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Indienen", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "ingediend" })).toBeVisible();

  const paraaf = async (login: string, oordeel: string, opmerking?: string) => {
    await switchTo(page, login);
    await page.getByRole("link", { name: onderwerp }).first().click();
    await page.getByLabel(oordeel, { exact: true }).check();
    if (opmerking) await page.getByRole("textbox", { name: "Opmerking", exact: true }).fill(opmerking);
    await page.getByRole("button", { name: "Paraaf vastleggen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Uw paraaf is vastgelegd" })).toBeVisible();
  };

  // The afdelingshoofd finds it in Mijn taken
  await switchTo(page, "afdelingshoofd");
  await expect(page.getByRole("row", { name: new RegExp(onderwerp) })).toContainText("Paraaf");
  await paraaf("afdelingshoofd", "Akkoord");
  // the DG's turn has not come: no paraaf form for the DG yet
  await switchTo(page, "dg");
  await page.goto(notaUrl);
  await expect(page.getByRole("button", { name: "Paraaf vastleggen" })).toHaveCount(0);
  await paraaf("directeur", "Akkoord");
  // niet akkoord without a remark is refused beside the field
  await switchTo(page, "juridisch");
  await page.goto(notaUrl);
  await page.getByLabel("Niet akkoord", { exact: true }).check();
  await page.getByRole("button", { name: "Paraaf vastleggen" }).click();
  await expect(page.locator(".br-error-summary")).toContainText("Licht toe waarom u niet akkoord gaat.");
  await expectNoAxeViolations(page);
  await paraaf("juridisch", "Niet akkoord", "De juridische grondslag ontbreekt.");

  // The opsteller sees the remark next to the nota, edits and submits again
  await switchTo(page, "opsteller");
  await page.goto(notaUrl);
  await expect(page.getByRole("heading", { name: "Opmerkingen bij de retour" })).toBeVisible();
  await expect(page.locator(".br-retour")).toContainText("De juridische grondslag ontbreekt.");
  await page.getByRole("link", { name: "Nota bewerken" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("textbox", { name: "Kern", exact: true }).fill("Het advies is het kader te herijken, op grond van de Gemeentewet.");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De wijzigingen zijn opgeslagen." })).toBeVisible();
  await page.getByRole("link", { name: "Indienen voor paraaf" }).click();
  await expect(page.getByLabel("Rol in de route")).toHaveCount(4);
  const rollen = await page.getByLabel("Rol in de route").evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(rollen.sort()).toEqual(["Afdelingshoofd", "DG", "Directeur", "Medeparaaf DWJZ"]);
  await page.getByRole("button", { name: "Indienen", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "ingediend" })).toBeVisible();

  for (const login of ["afdelingshoofd", "directeur", "juridisch"]) await paraaf(login, "Akkoord");
  // what changed since my paraaf: the diff of the two rounds
  await switchTo(page, "dg");
  await page.goto(notaUrl);
  await page.getByRole("link", { name: /Verschil versie/ }).first().click();
  await expect(page.getByRole("heading", { name: "Kern" })).toBeVisible();
  // the words the opsteller added in the second round, marked as added (a word diff: "de" was there already)
  await expect(page.locator("ins")).toHaveCount(2);
  await expect(page.locator("ins").nth(0)).toContainText(", op grond van");
  await expect(page.locator("ins").nth(1)).toContainText("Gemeentewet");
  await expectNoAxeViolations(page);
  await paraaf("dg", "Akkoord met opmerkingen", "Graag de planning met de VNG afstemmen.");

  // The minister decides per beslispunt
  await switchTo(page, "minister");
  await page.getByRole("link", { name: onderwerp }).first().click();
  await expectNoAxeViolations(page);
  for (const i of [1, 2]) await page.locator(`#veld-beslispunten-${i}-oordeel-akkoord`).check();
  await page.getByLabel("Annotatie van de bewindspersoon").fill("Akkoord, graag snel naar de Kamer.");
  await page.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het besluit is vastgelegd." })).toBeVisible();
  await expect(page.locator(".br-meta")).toContainText("Besloten");
  await expect(page.locator(".br-beslispunten")).toContainText("Akkoord");
});

test("(c) on a coming MR meeting, with the countdown, and the outcome recorded; the ROB nota shows its MR of 30 June 2025", async ({ page, playwright, baseURL }) => {
  const ambtenaren = new Ambtenaren(playwright, baseURL!);
  const onderwerp = `Herijking subsidiekader ministerraad ${uniek()}`;
  const nota = await ambtenaren.naar(await ambtenaren.nieuweNota({ onderwerp }), "besloten");
  const notaUrl = `/notas/${nota.id}`;
  // a working day ahead with no meeting yet, so adding one must succeed
  const datum = await ambtenaren.vrijeVergaderdatum();
  await ambtenaren.sluit();
  const lang = (opties: Intl.DateTimeFormatOptions) => new Date(`${datum}T12:00:00Z`).toLocaleDateString("nl-NL", { ...opties, day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

  await loginAs(page, "mr");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Ministerraad" }).click();
  await expectPageBasics(page, "Ministerraad — Beslisroute");
  await expectNoAxeViolations(page);
  await page.getByLabel("Datum van de extra vergadering").fill(datum);
  await page.getByRole("button", { name: "Extra vergadering toevoegen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De vergadering is toegevoegd." })).toBeVisible();
  // the new meeting's own page, with its date written out
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ministerraad van ${lang({ weekday: "long" })}`);
  // the same date again is refused beside the field
  await page.goto("/ministerraad");
  await page.getByLabel("Datum van de extra vergadering").fill(datum);
  await page.getByRole("button", { name: "Extra vergadering toevoegen" }).click();
  await expect(page.locator(".br-error-summary")).toContainText("Op deze datum staat al een vergadering.");

  await page.goto(notaUrl);
  await expectNoAxeViolations(page);
  await page.getByLabel("Vergadering").selectOption({ label: `${lang({ weekday: "long" })} (extra)` });
  await page.getByRole("button", { name: "Aanmelden voor de ministerraad" }).click();
  await expect(page.getByRole("status").filter({ hasText: "aangemeld voor de ministerraad" })).toBeVisible();
  // the countdown before the meeting
  await expect(page.getByRole("complementary", { name: "Voortgang" })).toContainText(/nog \d+ werkdag/);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Ministerraad" }).first().click();
  await page.getByRole("link", { name: new RegExp(lang({ weekday: "long" })) }).first().click();
  await expect(page.getByRole("row", { name: new RegExp(onderwerp) })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(notaUrl);
  await page.getByLabel("Akkoord", { exact: true }).check();
  await page.getByRole("button", { name: "Uitkomst vastleggen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "uitkomst van de ministerraad is vastgelegd" })).toBeVisible();
  await expect(page.locator(".br-meta")).toContainText("Besloten in MR");

  // The seeded ROB nota (read only): its timeline shows the MR of 30 June 2025
  await openNota(page, "BZK-2025-000001", /ROB-advies ‘Naar een uitvoerende macht’/);
  await expect(page.locator(".br-tijdlijn")).toContainText("Ministerraad van 30 juni 2025: Akkoord");
  await expect(page.getByRole("complementary", { name: "Voortgang" })).toContainText("maandag 30 juni 2025");
  await expect(page.getByRole("link", { name: "Kamerstukken II 2024/25, 29 362, nr. 385" })).toHaveAttribute("href", "https://zoek.officielebekendmakingen.nl/kst-29362-385.html");
  await expectNoAxeViolations(page);
});

test("(d) writing, sending and downloading the Kamerbrief", async ({ page, playwright, baseURL }) => {
  const ambtenaren = new Ambtenaren(playwright, baseURL!);
  const onderwerp = `Herijking subsidiekader Kamerbrief ${uniek()}`;
  const nota = await ambtenaren.naar(await ambtenaren.nieuweNota({ onderwerp }), "mr_besloten");
  await ambtenaren.sluit();
  const notaUrl = `/notas/${nota.id}`;

  await loginAs(page, "opsteller");
  await page.goto(notaUrl);
  await page.getByRole("link", { name: "Kamerbrief schrijven" }).click();
  await expectPageBasics(page, "Kamerbrief — Beslisroute");
  await page.getByLabel("Tekst van de brief").fill("Hierbij informeer ik u over de herijking van het subsidiekader.\n\n- de gemeenten zijn gehoord\n- de VNG steunt de aanpak");
  await expect(page.getByRole("document", { name: "Voorbeeld van de Kamerbrief" })).toContainText("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal");
  await expect(page.getByRole("document", { name: "Voorbeeld van de Kamerbrief" })).toContainText("de VNG steunt de aanpak");
  await expect(page.getByRole("document", { name: "Voorbeeld van de Kamerbrief" })).toContainText("De minister van Binnenlandse Zaken en Koninkrijksrelaties,");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Kamerbrief opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De Kamerbrief is opgeslagen." })).toBeVisible();

  await switchTo(page, "pz");
  await page.getByRole("link", { name: onderwerp }).first().click();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Markeren als verzonden" }).click();
  await expect(page.getByRole("status").filter({ hasText: "als verzonden gemarkeerd" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("TK-documentnummer").fill("2026D12345");
  await page.getByLabel("Dossiernummer").fill("36 123");
  await page.getByLabel("Ondernummer").fill("7");
  await page.getByLabel("Vergaderjaar").fill("2026-2027");
  await page.getByRole("button", { name: "TK-nummers opslaan" }).click();
  await expect(page.getByRole("link", { name: "Kamerstukken II 2026/27, 36 123, nr. 7" })).toHaveAttribute("href", "https://zoek.officielebekendmakingen.nl/kst-36123-7.html");
  await expectNoAxeViolations(page);

  // Both downloads, opened and read back: the letter's text, its betreft and the nota's kenmerk.
  await page.goto(`${notaUrl}/kamerbrief`);
  const docxDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Kamerbrief downloaden als Word (.docx)" }).click();
  const docx = await docxDownload;
  expect(docx.suggestedFilename()).toBe(`${nota.kenmerk}-kamerbrief.docx`);
  const paragrafen = docxParagrafen(unzipText(readFileSync((await docx.path())!), "word/document.xml"));
  expect(paragrafen).toContain("Hierbij informeer ik u over de herijking van het subsidiekader.");
  expect(paragrafen).toContain("de VNG steunt de aanpak");
  expect(paragrafen.join("\n")).toContain(onderwerp);
  const pdfDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Kamerbrief downloaden als PDF" }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toBe(`${nota.kenmerk}-kamerbrief.pdf`);
  const tekst = pdfText(readFileSync((await pdf.path())!)).replace(/\s+/g, " ");
  expect(tekst).toContain("Hierbij informeer ik u over de herijking van het subsidiekader.");
  expect(tekst).toContain("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal");
  // The downloads are in the nota's access log, not among the decisions in the Tijdlijn (issue 14).
  await page.goto(notaUrl);
  await expect(page.getByRole("region", { name: "Gedownload" })).toContainText(docx.suggestedFilename());
  await expect(page.getByRole("region", { name: "Gedownload" })).toContainText(pdf.suggestedFilename());
  await expect(page.locator(".br-tijdlijn")).not.toContainText("export.");
});

test("(e) a role that may not act sees no control, and the server refuses anyway", async ({ page }) => {
  await loginAs(page, "lezer");
  // A nota waiting on the minister: the lezer sees it, without the decision form.
  await openNota(page, "ondermijning", /Beantwoording Kamervragen over ondermijning/);
  await expect(page.getByRole("button", { name: "Besluit vastleggen" })).toHaveCount(0);
  await expect(page.getByText("Er is nu niets voor u te doen aan deze nota.")).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").pop();
  const nota = await (await page.request.get(`/api/v1/notas/${id}`)).json();
  const res = await page.request.post(`/api/v1/notas/${id}/besluit`, { headers: { "if-match": `"${nota.versie}"` }, data: { beslispunten: [], uitkomst: "besloten" } });
  expect(res.status()).toBe(403);
  expect((await res.json()).code).toBe("FORBIDDEN");
  // the besluitenlijst of the MR is not for a lezer: no link, and the server says 403
  await page.goto("/ministerraad");
  await page.locator("main a[href^='/ministerraad/']").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ministerraad van");
  await expect(page.getByRole("link", { name: /Besluitenlijst/ })).toHaveCount(0);
  const vergaderingId = new URL(page.url()).pathname.split("/").pop();
  expect((await page.request.get(`/api/v1/mr-vergaderingen/${vergaderingId}/besluitenlijst.pdf`)).status()).toBe(403);
  // and the page for a new nota tells the lezer plainly
  await page.goto("/notas/nieuw");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Nieuwe nota" })).toHaveCount(0);
});

test("(f) the Woo coordinator reviews the public version side by side and publishes it", async ({ page, playwright, baseURL }) => {
  const ambtenaren = new Ambtenaren(playwright, baseURL!);
  const onderwerp = `Herijking subsidiekader openbaar ${uniek()}`;
  const nota = await ambtenaren.naar(await ambtenaren.nieuweNota({ onderwerp, mr: false }), "verzonden");
  await ambtenaren.sluit();

  await loginAs(page, "woo");
  await openNota(page, nota.kenmerk, new RegExp(onderwerp));
  await page.getByRole("link", { name: "Openbare versie beoordelen en publiceren" }).click();
  await expectPageBasics(page, "Openbare versie — Beslisroute");
  const openbaar = page.getByRole("region", { name: "Openbare versie" });
  // the opsteller's name is withheld on 5.1.2e; the minister, a public office holder, stays
  await expect(openbaar).toContainText("5.1.2e");
  await expect(openbaar).not.toContainText("Sanne de Vries");
  await expect(openbaar).toContainText("Marieke van den Berg");
  await expect(page.getByRole("region", { name: "Origineel, met wat wordt weggelakt" })).toContainText("Sanne de Vries");
  await expectNoAxeViolations(page);
  await page.getByLabel("Tekst die moet worden weggelakt").fill("De VNG steunt de aanpak.");
  await page.getByLabel("Woo-grond").selectOption("5.1.2i");
  await page.getByRole("button", { name: "Weglakking toevoegen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De weglakking is toegevoegd" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Openbare versie" })).not.toContainText("De VNG steunt de aanpak.");
  await expect(page.getByRole("region", { name: "Openbare versie" })).toContainText("De gemeenten zijn gehoord.");
  await page.getByRole("button", { name: "Openbare versie vaststellen en publiceren" }).click();
  await expect(page.getByRole("status").filter({ hasText: "vastgesteld en gepubliceerd" })).toBeVisible();
  await expect(page.getByText(/^Gepubliceerd op /)).toBeVisible();
  await expectNoAxeViolations(page);
  // the published PDF, read back: nothing withheld is in it
  const res = await page.request.get(`/api/v1/notas/${nota.id}/openbare-versie.pdf`);
  expect(res.status()).toBe(200);
  const tekst = pdfText(await res.body()).replace(/\s+/g, " ");
  expect(tekst).toContain("De gemeenten zijn gehoord.");
  expect(tekst).not.toContain("Sanne de Vries");
  expect(tekst).not.toContain("De VNG steunt de aanpak.");
});
