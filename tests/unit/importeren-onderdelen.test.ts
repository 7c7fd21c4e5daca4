// The importer's parts, table by table: heading variants, header labels, dates, matching "Aan",
// mammoth's HTML to lines, and the ZIP central directory check of the upload defence.
import { describe, expect, it } from "vitest";
import { zipSync, strToU8 } from "fflate";
import { herkenKop, importeerNota, kiesBewindspersoon, leesDatum } from "@/lib/domain/importeren";
import { docxHtmlNaarTekst } from "@/lib/domain/importeren-docx";
import { controleerZip, leesZipInhoud } from "@/lib/domain/zip-archief";

describe("heading variants", () => {
  it.each([
    ["Gevraagd besluit", "beslispunten"],
    ["Advies", "beslispunten"],
    ["Beslispunten:", "beslispunten"],
    ["3. GEADVISEERD BESLUIT", "beslispunten"],
    ["Kernpunten", "kern"],
    ["Kernboodschap", "kern"],
    ["Samenvatting", "kern"],
    ["Politieke context", "politiekeContext"],
    ["Informatie die niet openbaar wordt gemaakt", "nietOpenbaar"],
    ["Bijlage(n)", "bijlagen"],
    ["BIJLAGEN", "bijlagen"],
    ["Toelichtng", "toelichting"],
  ])("%s heads %s", (kop, sectie) => {
    expect(herkenKop(kop)?.sectie).toBe(sectie);
  });

  it.each(["1. Achtergrond", "2. Financiële gevolgen", "Advies van de Raad van State is ontvangen.", "Kern,", "Risico's"])("%s is not a section heading", (regel) => {
    expect(herkenKop(regel)).toBeNull();
  });
});

describe("dates in the header", () => {
  it.each([
    ["12 maart 2026", "2026-03-12"],
    ["1 juli 2025", "2025-07-01"],
    ["20-01-2026", "2026-01-20"],
    ["2026-02-03", "2026-02-03"],
    ["Den Haag, 9 december 2025", "2025-12-09"],
  ])("%s is %s", (t, iso) => expect(leesDatum(t)).toBe(iso));

  it.each(["31 februari 2026", "ergens in maart", "32-01-2026"])("%s is no date", (t) => expect(leesDatum(t)).toBeUndefined());
});

describe("Aan matched to a bewindspersoon", () => {
  const kandidaten = [
    { id: "bzk", naam: "Marieke van den Berg", ambtstitel: "Minister van Binnenlandse Zaken en Koninkrijksrelaties" },
    { id: "fin", naam: "Jan de Groot", ambtstitel: "Staatssecretaris van Financiën" },
  ];
  it.each([
    ["Minister van Binnenlandse Zaken en Koninkrijksrelaties", "bzk"],
    ["de minister van BZK", "bzk"],
    ["Marieke van den Berg, Minister van Binnenlandse Zaken en Koninkrijksrelaties", "bzk"],
    ["M. van den Berg", "bzk"],
    ["Staatssecretaris van Financiën", "fin"],
    ["de staatssecretaris van Financien", "fin"],
  ])("%s → %s", (aan, id) => expect(kiesBewindspersoon(aan, kandidaten)?.id).toBe(id));

  it.each(["Minister van Defensie", "DG Water en Bodem", "de minister"])("%s → nobody", (aan) => expect(kiesBewindspersoon(aan, kandidaten)).toBeNull());
});

describe("nothing is dropped", () => {
  it("lines before the first section that are no header field, and lines after the beslispunten that are none, are 'niet herkend'", () => {
    const r = importeerNota("Ministerie van Justitie en Veiligheid\nTurfmarkt 147\nAan: Minister voor Rechtsbescherming\n\nAanleiding\nTekst.\n\nBeslispunten\n1. Instemmen met het voorstel.\n\nDe beslissing is nodig voor 1 april.\n");
    expect(r.nietHerkend).toEqual([
      { regel: 1, tekst: "Ministerie van Justitie en Veiligheid" },
      { regel: 2, tekst: "Turfmarkt 147" },
      { regel: 11, tekst: "De beslissing is nodig voor 1 april." },
    ]);
    expect(r.nota.beslispunten).toEqual([{ tekst: "Instemmen met het voorstel." }]);
  });

  it("one-line headings keep their text (Aanleiding and Kern are not lost when written inline)", () => {
    const r = importeerNota("Aanleiding: De Kamer vraagt om een brief.\nKern: Wij stellen een brief voor.\nAdvies: Instemmen met de brief aan de Kamer.");
    expect(r.nota.aanleiding).toBe("De Kamer vraagt om een brief.");
    expect(r.nota.kern).toBe("Wij stellen een brief voor.");
    expect(r.nota.beslispunten).toEqual([{ tekst: "Instemmen met de brief aan de Kamer." }]);
    expect(r.nota).toMatchObject({ soort: "ter_beslissing", kamerbrief: true });
  });
});

describe("mammoth's HTML of a .docx as lines", () => {
  it("headings, a title, ordered and nested lists, tables and entities", () => {
    const html =
      '<h1 class="titel">Beslisnota</h1><table><tr><td><p>Aan</p></td><td><p>Minister &amp; co</p></td></tr></table>' +
      "<h1>Geadviseerd besluit</h1><ol><li>Instemmen met A<ol><li>onderdeel een</li><li>onderdeel twee</li></ol></li><li>Kennisnemen van B</li></ol>" +
      "<h2>Wettelijk kader</h2><p>Eerste&nbsp;alinea &lt;niet&gt; opmaak.</p><ul><li>punt</li></ul><h3>Detail</h3><p>Regel<br />twee</p>";
    expect(docxHtmlNaarTekst(html)).toBe(
      [
        "# Beslisnota",
        "",
        "Aan\tMinister & co",
        "",
        "## Geadviseerd besluit",
        "",
        "1. Instemmen met A",
        "  a. onderdeel een",
        "  b. onderdeel twee",
        "2. Kennisnemen van B",
        "",
        "## Wettelijk kader",
        "",
        "Eerste alinea <niet> opmaak.",
        "",
        "- punt",
        "",
        "### Detail",
        "",
        "Regel",
        "twee",
      ].join("\n"),
    );
  });
});

describe("the ZIP central directory", () => {
  const klein = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<w:document/>".repeat(50)) });

  it("lists the entries with their declared sizes", () => {
    const items = leesZipInhoud(klein)!;
    expect(items.map((i) => [i.naam, i.uitgepakt])).toEqual([
      ["[Content_Types].xml", 8],
      ["word/document.xml", 650],
    ]);
    expect(controleerZip(klein)).toMatchObject({ ok: true, uitgepakt: 658 });
  });

  it("refuses too large, too compressed, too many entries and damaged archives", () => {
    const groot = zipSync({ "a.xml": [new Uint8Array(3 * 1024 * 1024), { level: 9 }] });
    expect(controleerZip(groot, { maxUitgepakt: 2 * 1024 * 1024, maxVerhouding: 10_000, maxBestanden: 10 })).toMatchObject({ ok: false, reden: "te_groot" });
    expect(controleerZip(groot, { maxUitgepakt: 100 * 1024 * 1024, maxVerhouding: 100, maxBestanden: 10 })).toMatchObject({ ok: false, reden: "verhouding" });
    const veel = zipSync(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}.txt`, strToU8("x")])));
    expect(controleerZip(veel, { maxUitgepakt: 1e9, maxVerhouding: 100, maxBestanden: 10 })).toMatchObject({ ok: false, reden: "te_veel_bestanden" });
    expect(controleerZip(klein.subarray(0, klein.length - 10))).toMatchObject({ ok: false, reden: "ongeldig" });
    expect(controleerZip(strToU8("PK\u0003\u0004 geen archief"))).toMatchObject({ ok: false, reden: "ongeldig" });
  });
});
