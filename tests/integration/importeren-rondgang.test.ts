// Property: for any nota Beslisroute exports, importing that export gives back the same sections,
// beslispunten and bijlagen. Over generated notas (seeded, so a failure names its seed), through
// the app's own exporters: the nota PDF read back as text by pdftotext (page footers, the header
// table, list labels on their own lines; sections compared word for word, since PDF text keeps no
// blank lines) and the HTML of the nota document (sections compared exactly, with their structure).
import { describe, expect, it } from "vitest";
import { importeerNota } from "@/lib/domain/importeren";
import { docxHtmlNaarTekst } from "@/lib/domain/importeren-docx";
import { notaDocument, renderNotaHtml, type NotaBron } from "@/lib/domain/nota-document";
import { parseText } from "@/lib/domain/tekst";
import { renderNotaPdf } from "@/lib/server/exports/render-nota-pdf";
import { genereerNota } from "@/tests/support/nota-generator";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Plain pdftotext (reading order, not -layout): what a user gets when copying a PDF's text. */
function pdfNaarTekst(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "br-rondgang-"));
  try {
    writeFileSync(join(dir, "nota.pdf"), bytes);
    const r = spawnSync("pdftotext", ["-enc", "UTF-8", join(dir, "nota.pdf"), "-"], { encoding: "utf8" });
    if (r.error) throw new Error("pdftotext ontbreekt: apt-get install -y poppler-utils");
    return r.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A section's words in order, without the markup of the text format (headings, list marks). */
const woorden = (t: string | null | undefined) =>
  (t ?? "")
    .split("\n")
    .map((r) => r.replace(/^#{3,4} /, "").replace(/^(?:- |\d+\. )/, ""))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();

function vergelijk(bron: NotaBron, tekst: string, exact = false) {
  const { nota, nietHerkend } = importeerNota(tekst);
  expect(nota.onderwerp).toBe(bron.onderwerp);
  expect(nota.soort).toBe(bron.soort);
  expect(nota.mrBehandeling).toBe(bron.mrBehandeling);
  expect(nota.kamerbrief).toBe(bron.kamerbrief);
  expect(nota.uitersteBeslisdatum).toBe(bron.uitersteBeslisdatum ?? undefined);
  expect(nota.deadlineReden).toBe(bron.deadlineReden ?? undefined);
  for (const s of ["aanleiding", "kern", "toelichting", "nietOpenbaar", "motivering"] as const) expect(woorden(nota[s]), s).toBe(woorden(bron[s]));
  expect(woorden(nota.politiekeContext)).toBe(woorden(bron.politiekeContext));
  if (exact) {
    // the structure survives too: the same paragraphs, lists and sub-headings as the text format reads them
    const blokken = (t: string | null | undefined) => parseText(t ?? "").blokken;
    for (const s of ["aanleiding", "kern", "toelichting", "nietOpenbaar", "motivering", "politiekeContext"] as const) expect(blokken(nota[s]), s).toEqual(blokken(bron[s]));
  }
  expect(nota.beslispunten).toEqual(bron.beslispunten.map((b) => ({ tekst: b.tekst })));
  expect(nota.bijlagen).toEqual(bron.bijlagen.map((b) => ({ naam: b.naam, informatie: b.informatie, gronden: [...b.gronden], ...(b.vindplaats ? { vindplaats: b.vindplaats } : {}) })));
  expect(nietHerkend).toEqual([]);
}

const SEEDS = Array.from({ length: 30 }, (_, i) => 1000 + i * 7919);

describe("round trip: export → import gives the same nota", () => {
  it.each(SEEDS)("the nota PDF as text, seed %i", async (seed) => {
    const bron = genereerNota(seed);
    const pdf = await renderNotaPdf(notaDocument(bron), { openbaar: false, auteur: "Ministerie van BZK", titel: `Beslisnota ${bron.kenmerk}` });
    vergelijk(bron, pdfNaarTekst(pdf));
  });

  it.each(SEEDS)("the nota as HTML (read as a .docx is: by its structure), seed %i", (seed) => {
    const bron = genereerNota(seed);
    vergelijk(bron, docxHtmlNaarTekst(renderNotaHtml(notaDocument(bron))), true);
  });

  it("the generator makes notas of every kind (so the property is tried on all of them)", () => {
    const notas = SEEDS.map(genereerNota);
    expect(notas.some((n) => n.soort === "ter_informatie")).toBe(true);
    expect(notas.some((n) => n.politiekeContext)).toBe(true);
    expect(new Set(notas.flatMap((n) => n.bijlagen.map((b) => b.informatie)))).toEqual(new Set(["openbaar", "deels_openbaar", "niet_openbaar", "reeds_openbaar"]));
    expect(notas.some((n) => n.toelichting.includes("### "))).toBe(true);
    expect(notas.some((n) => /^1\. /m.test(n.toelichting))).toBe(true);
    expect(notas.some((n) => n.bijlagen.length === 0)).toBe(true);
  });
});
