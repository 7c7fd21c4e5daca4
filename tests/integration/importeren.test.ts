// Importing through the use case: .docx notas read by their structure (heading styles, numbering,
// tables), "Aan" matched to a bewindspersoon, the external kenmerk kept on the created concept, and
// the upload defence (issue 9 point 6): archives that expand too far, lie about their size or take
// too long are refused with 413/400 before anything parses them on the main thread.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { zipSync, strToU8 } from "fflate";
import { importNota } from "@/lib/server/notas/import-nota";
import { createNota } from "@/lib/server/notas/create-nota";
import { uploadBijlage } from "@/lib/server/notas/upload-bijlage";
import { leesArchief } from "@/lib/server/bestanden/archief-controle";
import { docxDefensieEigenSjabloon, docxKggStandaardstijlen } from "@/tests/fixtures/import/docx-notas";
import { actor, as, ensureSeed, expectAppError, newNota, prisma, userId } from "@/tests/support/fixtures";

beforeAll(ensureSeed);
afterAll(() => prisma.$disconnect());

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

/** A .docx-shaped archive whose document.xml is valid XML that expands to `mb` megabytes. */
function docxBom(mb: number): Uint8Array {
  const kop = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`;
  const staart = `</w:body></w:document>`;
  const xml = new Uint8Array(mb * 1024 * 1024);
  xml.set(strToU8(kop));
  const alinea = strToU8("<w:p/>");
  for (let i = kop.length; i + alinea.length <= xml.length - staart.length; i += alinea.length) xml.set(alinea, i);
  xml.fill(0x20, xml.length - staart.length - ((xml.length - staart.length - kop.length) % alinea.length), xml.length - staart.length);
  xml.set(strToU8(staart), xml.length - staart.length);
  return zipSync({ "[Content_Types].xml": strToU8(CONTENT_TYPES), "word/document.xml": [xml, { level: 9 }] });
}

/** The same archive, with the expanded size of document.xml declared as `declared` bytes in both headers. */
function liegOverGrootte(zip: Uint8Array, naam: string, declared: number): Uint8Array {
  const b = Buffer.from(zip);
  const naamBytes = Buffer.from(naam);
  for (let p = 0; p < b.length - 4; p++) {
    const sig = b.readUInt32LE(p);
    if (sig === 0x04034b50 && b.subarray(p + 30, p + 30 + naamBytes.length).equals(naamBytes)) b.writeUInt32LE(declared, p + 22);
    if (sig === 0x02014b50 && b.subarray(p + 46, p + 46 + naamBytes.length).equals(naamBytes)) b.writeUInt32LE(declared, p + 24);
  }
  return new Uint8Array(b);
}

describe("a .docx read by its structure", () => {
  it("Word's built-in styles: Title, a header table, Heading 1/2, numbered beslispunten with lettered sub-points, a bijlagen table", async () => {
    const r = await importNota(await actor("opsteller"), { docx: await docxKggStandaardstijlen() });
    expect(r.bron).toBe("docx");
    expect(r.nota).toEqual({
      onderwerp: "Netcongestie: voorrang voor maatschappelijke aansluitingen",
      soort: "ter_beslissing",
      mrBehandeling: false,
      kamerbrief: true,
      aanleiding: "De ACM heeft op 4 november het prioriteringskader vastgesteld. Netbeheerders mogen scholen, ziekenhuizen en woningbouw voorrang geven bij een aansluiting.",
      kern: "Het kader helpt, maar lost de netcongestie niet op. Uitbreiding van het net blijft de enige structurele oplossing.",
      toelichting: [
        "### Wettelijk kader",
        "",
        "Het kader berust op artikel 36 van de Energiewet. De ACM is bevoegd om voorrangsregels te stellen.",
        "",
        "### Gevolgen voor netbeheerders",
        "",
        "- Netbeheerders passen hun wachtrijen vóór 1 januari aan.",
        "- Bedrijven zonder maatschappelijke functie wachten langer.",
      ].join("\n"),
      nietOpenbaar: "NVT",
      motivering: "In de openbaar gemaakte versie zijn de persoonsgegevens van ambtenaren weggelaten.",
      beslispunten: [
        { tekst: "Kennisnemen van het prioriteringskader van de ACM." },
        { tekst: "Instemmen met de Kamerbrief, waarin u: a. het kader verwelkomt; b. aankondigt dat u de wachtrijen per provincie laat monitoren." },
      ],
      bijlagen: [
        { naam: "Kamerbrief netcongestie en prioritering", informatie: "openbaar", gronden: [] },
        { naam: "Prioriteringskader ACM", informatie: "reeds_openbaar", gronden: [], vindplaats: "Staatscourant 2025, 33012" },
        { naam: "Analyse wachtrijen TenneT", informatie: "deels_openbaar", gronden: ["5.1.2f", "5.1.2i"] },
      ],
      externKenmerk: "DGKE-E / 25312345",
      externDatum: "2025-11-18",
    });
    expect(r.kop).toEqual({ aan: "Minister van Klimaat en Groene Groei", van: "Directie Elektriciteit", datum: "18 november 2025", datumIso: "2025-11-18", kenmerk: "DGKE-E / 25312345" });
    expect(r.herkomst).toEqual({
      soort: "Beslisnota",
      aan: "Aan",
      van: "Van",
      datum: "Datum",
      kenmerk: "Kenmerk",
      onderwerp: "Onderwerp",
      aanleiding: "Aanleiding",
      beslispunten: "Geadviseerd besluit",
      kern: "Kern",
      toelichting: "Toelichting",
      nietOpenbaar: "Informatie die niet openbaar gemaakt kan worden",
      motivering: "Motivering",
      bijlagen: "Bijlagen",
    });
    expect(r.nietHerkend).toEqual([]);
    expect(r.weggelaten).toEqual([]);
    // the minister of KGG is no user here: said so, and nobody is chosen for the user
    expect(r.waarschuwingen).toEqual([
      "De tekst noemt een brief aan de Kamer: Kamerbrief is aangezet.",
      '"Aan: Minister van Klimaat en Groene Groei" is niet herkend als bewindspersoon in Beslisroute; kies de bewindspersoon.',
    ]);
  });

  it("a ministry's own template: styles named Kop 1/Kop 2, Gevraagde beslissing with a lead-in and bullets, Samenvatting, numbered sub-headings, a table Nr./Titel/Informatie", async () => {
    const r = await importNota(await actor("opsteller"), { docx: await docxDefensieEigenSjabloon() });
    expect(r.nota).toEqual({
      onderwerp: "Verwerving van vervangende patrouilleschepen",
      soort: "ter_beslissing",
      mrBehandeling: false,
      kamerbrief: true,
      aanleiding: "Het Defensie Materieel Proces vraagt een B-brief zodra de voorstudie is afgerond.",
      kern: "De vier patrouilleschepen van de Hollandklasse worden vanaf 2032 vervangen. De kosten vallen in de categorie van € 1 tot € 2,5 miljard.",
      toelichting:
        "### 1. Operationele gevolgen\n\nTot 2032 blijven de huidige schepen in dienst. Het onderhoud wordt geleid door 5.1.2e van de Directie Materieel.\n\n### 2. Financiële gevolgen\n\nDe investering past binnen het Defensiematerieelbegrotingsfonds.",
      politiekeContext: "De Kamer heeft in de motie-Tuinman gevraagd om snelle vervanging.",
      nietOpenbaar: "Passages over de inzetbaarheid van de vloot (5.1.1b).",
      motivering: "Openbaarmaking van de inzetbaarheid schaadt de veiligheid van de Staat.",
      beslispunten: [{ tekst: "in te stemmen met de B-brief over de vervanging van de patrouilleschepen;" }, { tekst: "de B-brief aan de Tweede Kamer te zenden." }],
      bijlagen: [
        { naam: "B-brief vervanging patrouilleschepen", informatie: "openbaar", gronden: [] },
        { naam: "Voorstudie Hollandklasse", informatie: "niet_openbaar", gronden: ["5.1.1b"] },
      ],
      externKenmerk: "BS2025012345",
      externDatum: "2025-10-06",
    });
    expect(r.kop).toEqual({ aan: "de minister van Defensie", van: "Directie Plannen", datum: "6 oktober 2025", datumIso: "2025-10-06", kenmerk: "BS2025012345" });
    expect(r.herkomst).toEqual({
      aan: "Aan:",
      van: "Van:",
      datum: "Datum:",
      kenmerk: "Kenmerk:",
      onderwerp: "Betreft:",
      beslispunten: 'Gevraagde beslissing (inleiding: "U wordt gevraagd:")',
      kern: "Samenvatting",
      aanleiding: "Aanleiding en achtergrond",
      toelichting: "Toelichting",
      politiekeContext: "Politieke context",
      nietOpenbaar: "Informatie die niet openbaar wordt gemaakt",
      motivering: "Motivering",
      bijlagen: "Bijlage(n)",
    });
    expect(r.nietHerkend).toEqual([]);
    expect(r.weggelaten).toEqual([]);
  });
});

describe("header fields become the concept's own", () => {
  it("matches 'Aan: de minister van BZK' to the minister, and keeps the external kenmerk and date on the created concept", async () => {
    const tekst = [
      "Aan: de minister van BZK",
      "Datum: 2 december 2026",
      `Kenmerk: 2026-000${Math.floor(Math.random() * 1e6)}`,
      "Onderwerp: Evaluatie van de Wet open overheid",
      "",
      "Aanleiding",
      "De Wet open overheid wordt vijf jaar na inwerkingtreding geëvalueerd.",
      "",
      "Gevraagd besluit",
      "1. Instemmen met de opzet van de evaluatie.",
    ].join("\n");
    const r = await importNota(await actor("opsteller"), { tekst });
    const minister = await userId("minister");
    expect(r.nota.aanId).toBe(minister);
    expect(r.waarschuwingen).toContain('"Aan: de minister van BZK" is herkend als Marieke van den Berg (Minister van Binnenlandse Zaken en Koninkrijksrelaties).');
    expect(r.nota.externDatum).toBe("2026-12-02");
    const n = await createNota(await as("opsteller"), { ...r.nota });
    const row = await prisma.nota.findUniqueOrThrow({ where: { id: n.id } });
    expect(row.externKenmerk).toBe(r.kop.kenmerk);
    expect(row.externDatum?.toISOString().slice(0, 10)).toBe("2026-12-02");
    expect(row.kenmerk).not.toBe(r.kop.kenmerk);
    expect(row.aanId).toBe(minister);
  });

  it("refuses importing to a role that may not draft", async () => {
    await expectAppError(importNota(await actor("lezer"), { tekst: "Aanleiding\nEen nota die de lezer niet mag importeren." }), "FORBIDDEN");
  });
});

describe("uploads that expand too far, lie about their size or take too long (issue 9, point 6)", () => {
  const bom = docxBom(120); // about 120 KB that expands to 120 MB
  const opsteller = () => actor("opsteller");

  it("a .docx that declares 120 MB expanded is refused with 413 from its central directory, before any parsing", async () => {
    expect(bom.byteLength).toBeLessThan(400 * 1024);
    const e = await expectAppError(importNota(await opsteller(), { docx: bom }), "PAYLOAD_TOO_LARGE", /pakt uit tot meer dan 100 MB/);
    expect(e.status).toBe(413);
    expect(e.errors).toEqual([{ path: "bestand", message: e.detail }]);
  });

  it("a .docx whose headers claim 1 MB for 60 MB of XML is stopped in the worker once it expands past its claim (413)", async () => {
    const leugen = liegOverGrootte(docxBom(60), "word/document.xml", 1024 * 1024);
    await expectAppError(importNota(await opsteller(), { docx: leugen }), "PAYLOAD_TOO_LARGE", /opgegeven of toegestane formaat/);
  });

  it("a .docx compressed more than 100 times is refused (413) even under the size limit", async () => {
    await expectAppError(importNota(await opsteller(), { docx: docxBom(20) }), "PAYLOAD_TOO_LARGE", /meer dan 100 keer samengeperst/);
  });

  it("reading stops at the time limit: the worker is ended and the answer is 400 in Dutch", async () => {
    await expectAppError(importNota(await opsteller(), { docx: await docxKggStandaardstijlen() }, { tijdslimietMs: 1 }), "VALIDATION_FAILED", /niet binnen 1 seconden worden gelezen/);
  });

  it("a damaged archive is 400, not 500", async () => {
    const b = Buffer.from(await docxKggStandaardstijlen());
    const naam = Buffer.from("word/document.xml");
    const p = b.findIndex((_, i) => b.readUInt32LE(Math.min(i, b.length - 4)) === 0x04034b50 && b.subarray(i + 30, i + 30 + naam.length).equals(naam));
    b.fill(0xff, p + 30 + naam.length + 10, p + 30 + naam.length + 60); // the deflated XML overwritten
    await expectAppError(importNota(await opsteller(), { docx: new Uint8Array(b) }), "VALIDATION_FAILED", /beschadigd/);
  });

  it("the main thread stays free while a document is read: timers keep firing during the worker's parse", async () => {
    let ticks = 0;
    const klok = setInterval(() => ticks++, 1);
    await leesArchief(await docxKggStandaardstijlen(), "docx-html");
    clearInterval(klok);
    expect(ticks).toBeGreaterThan(0);
  });

  it("a bijlage that is a zip bomb is not stored (413), and a lying one neither; a real .docx still is", async () => {
    const n = await newNota({ bijlagen: [{ naam: "Onderzoek", informatie: "openbaar" }] });
    await expectAppError(uploadBijlage(await as("opsteller"), n.id, "1", n.versie, { naam: "onderzoek.docx", bytes: bom }), "PAYLOAD_TOO_LARGE");
    await expectAppError(uploadBijlage(await as("opsteller"), n.id, "1", n.versie, { naam: "onderzoek.docx", bytes: liegOverGrootte(docxBom(30), "word/document.xml", 1024 * 1024) }), "PAYLOAD_TOO_LARGE");
    const xlsxBom = zipSync({ "[Content_Types].xml": strToU8(CONTENT_TYPES), "xl/workbook.xml": [new Uint8Array(110 * 1024 * 1024), { level: 9 }] });
    await expectAppError(uploadBijlage(await as("opsteller"), n.id, "1", n.versie, { naam: "cijfers.xlsx", bytes: xlsxBom }), "PAYLOAD_TOO_LARGE");
    const row = await prisma.bijlage.findFirstOrThrow({ where: { notaId: n.id, volgnummer: 1 } });
    expect(row.sha256).toBeNull();
    const na = await uploadBijlage(await as("opsteller"), n.id, "1", n.versie, { naam: `onderzoek-${randomUUID().slice(0, 4)}.docx`, bytes: await docxKggStandaardstijlen() });
    expect(na.bijlagen[0]!.bestand?.grootte).toBeGreaterThan(0);
  });
});
