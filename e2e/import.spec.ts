// Importing a nota as an opsteller: pasted text with a line the importer cannot place, the review
// screen with its "Niet herkend" part (moved to a section without losing what was typed), a Word
// document read by its structure, and a .docx that expands too far refused in Dutch. axe throughout.
import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import { expectNoAxeViolations, expectPageBasics, loginAs } from "./support";
import { docxKggStandaardstijlen } from "../tests/fixtures/import/docx-notas";

test.describe.configure({ mode: "serial", timeout: 120_000 });

const uniek = Math.random().toString(36).slice(2, 7);

test("pasted text: the review screen shows where each section came from and what was not recognised; a line is moved to a section", async ({ page }) => {
  await loginAs(page, "opsteller");
  await page.goto("/notas/importeren");
  await expectPageBasics(page, "Nota importeren — Beslisroute");
  await expectNoAxeViolations(page);

  await page.getByLabel("Tekst van de nota").fill(readFileSync("tests/fixtures/import/02-geplakt-ocw-dubbelepunt.txt", "utf8"));
  await page.getByRole("button", { name: "Herkennen" }).click();
  await expect(page.getByRole("heading", { name: "Herkend: controleer en vul aan" })).toBeFocused();

  // per section, the heading it was recognised from (in <q>, so the quote marks are CSS)
  const herkomst = page.locator(".br-import-herkomst");
  await expect(herkomst.locator("div", { hasText: /^Geadviseerd besluit/ })).toContainText('herkend uit Advies (inleiding: "U wordt geadviseerd:")');
  await expect(herkomst.locator("div", { hasText: /^Kern/ })).toContainText("herkend uit Kernpunten");
  await expect(herkomst.locator("div", { hasText: /^Onderwerp/ })).toContainText("herkend uit Betreft:");

  // the line that fits nowhere is shown, not dropped
  const nietHerkend = page.getByRole("region", { name: "Niet herkend (1)" });
  await expect(nietHerkend).toContainText("Kopie aan: DG Funderend Onderwijs");
  await expect(page.getByRole("textbox", { name: "Onderwerp", exact: true })).toHaveValue("Reactie op het advies van de Onderwijsraad over burgerschap");
  await expect(page.getByRole("textbox", { name: "Beslispunt 2", exact: true })).toHaveValue(/^de reactie met bijgaande Kamerbrief .* – de Kamer te informeren over de planning van de wetswijziging\.$/);
  await expect(page.getByLabel("Kenmerk van het oorspronkelijke document")).toHaveValue("OCW/VO-2026/512044");
  await expect(page.getByLabel("Datum van het oorspronkelijke document")).toHaveValue("2026-02-03");
  await expectNoAxeViolations(page);

  // something typed first stays when a line is moved
  const onderwerp = `Reactie op het advies van de Onderwijsraad over burgerschap (${uniek})`;
  await page.getByRole("textbox", { name: "Onderwerp", exact: true }).fill(onderwerp);
  await page.getByLabel("Verplaatsen naar").selectOption({ label: "Toelichting" });
  await page.getByRole("button", { name: "Verplaatsen (regel 6)" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Regel 6 is verplaatst naar Toelichting. Nog 0 niet herkend." })).toBeAttached();
  await expect(page.getByRole("heading", { name: "Niet herkend (0)" })).toBeFocused();
  await expect(page.getByText("Alle regels van het document staan in een veld.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Toelichting", exact: true })).toHaveValue(/De Onderwijsraad erkent dat risico\.\n\nKopie aan: DG Funderend Onderwijs$/);
  await expect(page.getByRole("textbox", { name: "Onderwerp", exact: true })).toHaveValue(onderwerp);
  await expectNoAxeViolations(page);

  // the minister of OCW is not a user here: the opsteller chooses, then creates the concept
  await page.getByLabel("Aan (bewindspersoon)").selectOption({ label: "Marieke van den Berg" });
  await page.getByRole("button", { name: "Concept aanmaken" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De nota is aangemaakt." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(onderwerp);
  await expect(page.locator(".br-beslispunten li")).toHaveCount(2);
});

test("a Word document is read by its structure; a .docx that expands to 120 MB is refused in Dutch", async ({ page }) => {
  await loginAs(page, "opsteller");
  await page.goto("/notas/importeren");
  await page.getByLabel("Of kies een Word-document (.docx)").setInputFiles({ name: "netcongestie.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from(await docxKggStandaardstijlen()) });
  await page.getByRole("button", { name: "Herkennen" }).click();
  await expect(page.getByRole("heading", { name: "Herkend: controleer en vul aan" })).toBeFocused();
  await expect(page.getByText("Het Word-document is gelezen op zijn opmaak: kopstijlen, nummering en tabellen.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Niet herkend (0)" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Beslispunt 2", exact: true })).toHaveValue("Instemmen met de Kamerbrief, waarin u: a. het kader verwelkomt; b. aankondigt dat u de wachtrijen per provincie laat monitoren.");
  await expect(page.getByRole("textbox", { name: "Naam" }).nth(2)).toHaveValue("Analyse wachtrijen TenneT");
  await expect(page.getByRole("textbox", { name: "Toelichting", exact: true })).toHaveValue(/^### Wettelijk kader\n\n/);
  await expectNoAxeViolations(page);

  await page.goto("/notas/importeren");
  const xml = new Uint8Array(120 * 1024 * 1024).fill(0x20);
  const bom = zipSync({ "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), "word/document.xml": [xml, { level: 9 }] });
  await page.getByLabel("Of kies een Word-document (.docx)").setInputFiles({ name: "bom.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from(bom) });
  await page.getByRole("button", { name: "Herkennen" }).click();
  const samenvatting = page.locator(".br-error-summary");
  await expect(samenvatting).toContainText("Het bestand pakt uit tot meer dan 100 MB; dat is niet toegestaan.");
  await expect(page.getByLabel("Of kies een Word-document (.docx)")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
});
