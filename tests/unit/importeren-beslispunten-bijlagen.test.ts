// The Geadviseerd besluit and the Bijlagen of an imported nota, form by form: lead-ins, marks and
// sub-points, lines continued; bijlagen as rows, lists and "Bijlage n" lines with their informatie
// value, Woo grounds and vindplaats. Expectations are what the nota says, written out by hand.
import { describe, expect, it } from "vitest";
import { importeerNota } from "@/lib/domain/importeren";

const metBesluit = (...regels: string[]) => importeerNota(["Onderwerp: Test", "Aanleiding", "Tekst.", "Kern", "Kort.", "Toelichting", "Lang.", "Geadviseerd besluit", ...regels].join("\n"));
const metBijlagen = (...regels: string[]) => importeerNota(["Onderwerp: Test", "Aanleiding", "Tekst.", "Kern", "Kort.", "Toelichting", "Lang.", "Bijlagen", ...regels].join("\n"));
const punten = (...t: string[]) => t.map((tekst) => ({ tekst }));

describe("beslispunten", () => {
  it("numbered 1. 2. with lines continued, a word broken after its hyphen kept whole", () => {
    const r = metBesluit("1. Instemmen met de kabinets-", "reactie op het advies;", "2. Kennisnemen van de planning.");
    expect(r.nota.beslispunten).toEqual(punten("Instemmen met de kabinets-reactie op het advies;", "Kennisnemen van de planning."));
    expect(r.nietHerkend).toEqual([]);
    expect(r.herkomst.beslispunten).toBe("Geadviseerd besluit");
  });

  it("a lead-in ending in a colon is recorded with the heading, not as a beslispunt", () => {
    const r = metBesluit("Het kabinet wordt gevraagd:", "1. Instemmen met A.", "2. Instemmen met B.");
    expect(r.nota.beslispunten).toEqual(punten("Instemmen met A.", "Instemmen met B."));
    expect(r.herkomst.beslispunten).toBe('Geadviseerd besluit (inleiding: "Het kabinet wordt gevraagd:")');
  });

  it.each(["U wordt geadviseerd in te stemmen met", "Wij adviseren u", "Ik adviseer u", "Geadviseerd wordt", "Voorgesteld wordt", "Het advies is", "U kunt", "Wij vragen u", "Gevraagd wordt"])(
    "'%s' before the marks is a lead-in",
    (inleiding) => {
      const r = metBesluit(inleiding, "a) in te stemmen met A;", "b) B te zenden.");
      expect(r.nota.beslispunten).toEqual(punten("in te stemmen met A;", "B te zenden."));
      expect(r.herkomst.beslispunten).toBe(`Geadviseerd besluit (inleiding: "${inleiding}")`);
    },
  );

  it("only the first lead-in counts; a second is a line to place", () => {
    const r = metBesluit("U wordt geadviseerd:", "Wij vragen u:", "1. Instemmen met A.");
    expect(r.herkomst.beslispunten).toBe('Geadviseerd besluit (inleiding: "U wordt geadviseerd:")');
    expect(r.nietHerkend).toEqual([{ regel: 10, tekst: "Wij vragen u:" }]);
    expect(r.nota.beslispunten).toEqual(punten("Instemmen met A."));
  });

  it("sub-points of another kind stay inside their beslispunt, with their mark", () => {
    const r = metBesluit("1. Instemmen met:", "a. de brief;", "b) de nota;", "- de bijlage;", "2. Kennisnemen.");
    expect(r.nota.beslispunten).toEqual(punten("Instemmen met: a. de brief; b) de nota; – de bijlage;", "Kennisnemen."));
  });

  it("lettered beslispunten with roman-numbered and bulleted sub-points", () => {
    const r = metBesluit("a) Instemmen met A:", "ii) onderdeel twee;", "• onderdeel drie;", "b) Kennisnemen van B.");
    expect(r.nota.beslispunten).toEqual(punten("Instemmen met A: ii) onderdeel twee; – onderdeel drie;", "Kennisnemen van B."));
  });

  it("i. v. and x. are letters, not roman numerals: they number beslispunten as letters do", () => {
    const r = metBesluit("h. Instemmen met H.", "i. Instemmen met I.", "v. Instemmen met V.", "x. Instemmen met X.");
    expect(r.nota.beslispunten).toEqual(punten("Instemmen met H.", "Instemmen met I.", "Instemmen met V.", "Instemmen met X."));
  });

  it("roman-numbered beslispunten", () => {
    const r = metBesluit("ii. Instemmen met twee.", "iii. Instemmen met drie.", "iv. Instemmen met vier.");
    expect(r.nota.beslispunten).toEqual(punten("Instemmen met twee.", "Instemmen met drie.", "Instemmen met vier."));
  });

  it("bulleted beslispunten, the OCR 'e' too", () => {
    expect(metBesluit("• Instemmen met A.", "e Kennisnemen van B.").nota.beslispunten).toEqual(punten("Instemmen met A.", "Kennisnemen van B."));
  });

  it("a mark alone on its line takes the text of the next line", () => {
    expect(metBesluit("1.", "Instemmen met A.", "2.", "", "Kennisnemen van B.").nota.beslispunten).toEqual(punten("Instemmen met A.", "Kennisnemen van B."));
  });

  it("after a blank line a line without a mark is no continuation: it is a line to place", () => {
    const r = metBesluit("1. Instemmen met A.", "", "De beslissing is nodig voor 1 april.", "2. Instemmen met B.", "vervolg van B.");
    expect(r.nota.beslispunten).toEqual(punten("Instemmen met A.", "Instemmen met B. vervolg van B."));
    expect(r.nietHerkend).toEqual([{ regel: 11, tekst: "De beslissing is nodig voor 1 april." }]);
  });

  it("one unnumbered beslispunt, continued on the next line", () => {
    const r = metBesluit("Instemmen met de brief", "aan de Tweede Kamer.");
    expect(r.nota.beslispunten).toEqual(punten("Instemmen met de brief aan de Tweede Kamer."));
    expect(r.nota.soort).toBe("ter_beslissing");
  });

  it("an unnumbered line before numbered ones is a line to place, and so is one ending in a colon when nothing follows", () => {
    const r = metBesluit("Het volgende.", "1. Instemmen met A.");
    expect(r.nota.beslispunten).toEqual(punten("Instemmen met A."));
    expect(r.nietHerkend).toEqual([{ regel: 9, tekst: "Het volgende." }]);
  });

  it("'Geen beslispunten' is the lead-in of a nota ter informatie, and no beslispunten are found", () => {
    const r = metBesluit("Geen beslispunten (nota ter informatie).");
    expect(r.nota.beslispunten).toEqual([]);
    expect(r.nota.soort).toBe("ter_informatie");
    expect(r.herkomst.beslispunten).toBe('Geadviseerd besluit (inleiding: "Geen beslispunten (nota ter informatie).")');
    expect(r.waarschuwingen).toContain('Er zijn geen beslispunten gevonden onder "Geadviseerd besluit (inleiding: "Geen beslispunten (nota ter informatie).")".');
  });

  it("a heading without beslispunten is warned about; without the heading the section is reported missing", () => {
    expect(metBesluit().waarschuwingen).toEqual(['Er zijn geen beslispunten gevonden onder "Geadviseerd besluit".']);
    expect(importeerNota("Onderwerp: Test\nAanleiding\nTekst.\nKern\nKort.\nToelichting\nLang.").waarschuwingen).toEqual(['De sectie "Geadviseerd besluit" is niet gevonden.']);
  });

  it("white space inside a beslispunt is one space", () => {
    expect(metBesluit("1.   Instemmen   met\tA.").nota.beslispunten).toEqual(punten("Instemmen met A."));
  });
});

describe("bijlagen", () => {
  it("a table with a header row, grounds, and a reeds openbaar with its vindplaats", () => {
    const r = metBijlagen("Nr.\tNaam\tInformatie", "1\tKamerbrief\topenbaar", "2\tAdvies ROB\treeds openbaar, via www.rob.nl", "3\tNotitie\tdeels openbaar 5.1.2e en 5.1.2i", "4\tMemo\tniet openbaar (5.1.1b, 5.2)");
    expect(r.nota.bijlagen).toEqual([
      { naam: "Kamerbrief", informatie: "openbaar", gronden: [] },
      { naam: "Advies ROB", informatie: "reeds_openbaar", gronden: [], vindplaats: "www.rob.nl" },
      { naam: "Notitie", informatie: "deels_openbaar", gronden: ["5.1.2e", "5.1.2i"] },
      { naam: "Memo", informatie: "niet_openbaar", gronden: ["5.1.1b", "5.2"] },
    ]);
    expect(r.nietHerkend).toEqual([]);
    expect(r.waarschuwingen).toEqual(['De sectie "Geadviseerd besluit" is niet gevonden.', "De tekst noemt een brief aan de Kamer: Kamerbrief is aangezet."]);
  });

  it("the column heads on lines of their own are no bijlagen", () => {
    const r = metBijlagen("Volgnummer", "Naam", "Informatie", "1", "Kamerbrief", "openbaar");
    expect(r.nota.bijlagen).toEqual([{ naam: "Kamerbrief", informatie: "openbaar", gronden: [] }]);
    expect(r.nietHerkend).toEqual([]);
  });

  it("'Bijlage n' lines in their forms, a list and bullets", () => {
    const r = metBijlagen("Bijlage 1: Kamerbrief (openbaar)", "Bijlage 2 - Nota van wijziging (gedeeltelijk openbaar, 5.1.2e)", "3) Beslisnota (Niet openbaar: 5.1.5)", "- Rapport (reeds openbaar, zie rijksoverheid.nl)", "(5) Verslag | deels openbaar | 5.2");
    expect(r.nota.bijlagen).toEqual([
      { naam: "Kamerbrief", informatie: "openbaar", gronden: [] },
      { naam: "Nota van wijziging", informatie: "deels_openbaar", gronden: ["5.1.2e"] },
      { naam: "Beslisnota", informatie: "niet_openbaar", gronden: ["5.1.5"] },
      { naam: "Rapport", informatie: "reeds_openbaar", gronden: [], vindplaats: "rijksoverheid.nl" },
      { naam: "Verslag", informatie: "deels_openbaar", gronden: ["5.2"] },
    ]);
  });

  it("the last informatie phrase counts: 'niet openbaar' in a title is part of the name", () => {
    const r = metBijlagen("1. Advies over het niet openbaar maken van stukken (openbaar)", "2. Openbaar vervoer in de regio (deels openbaar, 5.1.2b)");
    expect(r.nota.bijlagen).toEqual([
      { naam: "Advies over het niet openbaar maken van stukken", informatie: "openbaar", gronden: [] },
      { naam: "Openbaar vervoer in de regio", informatie: "deels_openbaar", gronden: ["5.1.2b"] },
    ]);
  });

  it("grounds are only kept where the bijlage is (partly) withheld", () => {
    expect(metBijlagen("1. Brief (openbaar, 5.1.2e)").nota.bijlagen).toEqual([{ naam: "Brief", informatie: "openbaar", gronden: [] }]);
    expect(metBijlagen("1. Brief (reeds openbaar)").nota.bijlagen).toEqual([{ naam: "Brief", informatie: "reeds_openbaar", gronden: [] }]);
  });

  it("only the Woo grounds are grounds", () => {
    expect(metBijlagen("1. Memo (niet openbaar, 5.1.2j, 5.1.3, 5.1.1e, 5.3, 5.1.2a)").nota.bijlagen).toEqual([{ naam: "Memo", informatie: "niet_openbaar", gronden: ["5.1.1e", "5.1.2a"] }]);
  });

  it("without an informatie value the bijlage is taken as openbaar, with a warning per bijlage", () => {
    const r = metBijlagen("1. Kamerbrief –", "2. Nota");
    expect(r.nota.bijlagen).toEqual([
      { naam: "Kamerbrief", informatie: "openbaar", gronden: [] },
      { naam: "Nota", informatie: "openbaar", gronden: [] },
    ]);
    expect(r.waarschuwingen).toEqual([
      'De sectie "Geadviseerd besluit" is niet gevonden.',
      "Bij bijlage 1 staat niet of hij openbaar is; aangenomen: openbaar.",
      "Bij bijlage 2 staat niet of hij openbaar is; aangenomen: openbaar.",
      "De tekst noemt een brief aan de Kamer: Kamerbrief is aangezet.",
    ]);
  });

  it("a title over two lines, and its informatie after a blank line, belong to the row", () => {
    const r = metBijlagen("1. Kabinetsreactie op het advies", "van de Raad", "", "deels openbaar 5.1.2e", "2. Brief", "", "(openbaar)");
    expect(r.nota.bijlagen).toEqual([
      { naam: "Kabinetsreactie op het advies van de Raad", informatie: "deels_openbaar", gronden: ["5.1.2e"] },
      { naam: "Brief", informatie: "openbaar", gronden: [] },
    ]);
    expect(r.nietHerkend).toEqual([]);
  });

  it("a row whose informatie is still missing takes a capitalised line after a blank line; a complete one does not", () => {
    const r = metBijlagen("1. Brief", "", "Aan de Kamer (openbaar)", "2. Nota (openbaar)", "", "Zie ook de website.");
    expect(r.nota.bijlagen).toEqual([
      { naam: "Brief Aan de Kamer", informatie: "openbaar", gronden: [] },
      { naam: "Nota", informatie: "openbaar", gronden: [] },
    ]);
    expect(r.nietHerkend).toEqual([{ regel: 14, tekst: "Zie ook de website." }]);
  });

  it("a line before the first row is a line to place", () => {
    const r = metBijlagen("Zie hieronder.", "1. Brief (openbaar)");
    expect(r.nietHerkend).toEqual([{ regel: 9, tekst: "Zie hieronder." }]);
    expect(r.nota.bijlagen).toEqual([{ naam: "Brief", informatie: "openbaar", gronden: [] }]);
  });

  it.each(["Geen", "nvt", "n.v.t.", "Geen bijlagen."])("'%s' under the heading means no bijlagen", (regel) => {
    const r = metBijlagen(regel);
    expect(r.nota.bijlagen).toEqual([]);
    expect(r.nietHerkend).toEqual([]);
  });

  it.each(["Bijlagen: geen", "Bijlagen: nvt", "Bijlage: n.v.t.", "Bijlagen: Geen."])("'%s' inline means no bijlagen", (regel) => {
    const r = importeerNota(`Aanleiding\nTekst.\n${regel}`);
    expect(r.nota.bijlagen).toEqual([]);
    expect(r.herkomst.bijlagen).toBe(regel.replace(/\s+/, " "));
    expect(r.nietHerkend).toEqual([]);
  });

  it("a bare page number before a page break is no bijlage; a bare number that starts a row is", () => {
    const r = metBijlagen("1\tKamerbrief\topenbaar", "3", "\f2\tBeslisnota\tniet openbaar 5.1.2e");
    expect(r.nota.bijlagen).toEqual([
      { naam: "Kamerbrief", informatie: "openbaar", gronden: [] },
      { naam: "Beslisnota", informatie: "niet_openbaar", gronden: ["5.1.2e"] },
    ]);
    expect(r.weggelaten).toEqual([{ regel: 10, tekst: "3", reden: "paginanummer" }]);
    const rij = metBijlagen("1\tKamerbrief\topenbaar", "2", "Beslisnota\tniet openbaar 5.1.2e");
    expect(rij.nota.bijlagen).toEqual([
      { naam: "Kamerbrief", informatie: "openbaar", gronden: [] },
      { naam: "Beslisnota", informatie: "niet_openbaar", gronden: ["5.1.2e"] },
    ]);
    expect(rij.weggelaten).toEqual([]);
  });

  it("a bare number on the last line of the bijlagen is a page number", () => {
    const r = metBijlagen("1. Kamerbrief (openbaar)", "4", "");
    expect(r.nota.bijlagen).toEqual([{ naam: "Kamerbrief", informatie: "openbaar", gronden: [] }]);
    expect(r.weggelaten).toEqual([{ regel: 10, tekst: "4", reden: "paginanummer" }]);
  });
});

describe("bijlagen: column heads, row forms and the informatie value", () => {
  it.each(["Volgnummer\tNaam\tInformatie", "Nr. Titel Informatie", "Nummer | Omschrijving | Status", "Nr.\tDocument", "#\tNaam"])("'%s' is a header row", (kop) => {
    const r = metBijlagen(kop, "1\tBrief\topenbaar");
    expect(r.nota.bijlagen).toEqual([{ naam: "Brief", informatie: "openbaar", gronden: [] }]);
    expect(r.nietHerkend).toEqual([]);
  });

  it.each(["Nr.", "Nummer", "Titel", "Omschrijving", "Openbaarheid", "Status"])("'%s' alone is a column head", (kop) => {
    const r = metBijlagen(kop, "1\tBrief\topenbaar");
    expect(r.nota.bijlagen).toEqual([{ naam: "Brief", informatie: "openbaar", gronden: [] }]);
    expect(r.nietHerkend).toEqual([]);
  });

  it("'Bijlage n' with a full stop, an em dash or nothing between number and title", () => {
    const r = metBijlagen("Bijlage 3. Brief (openbaar)", "Bijlage 4 — Nota (openbaar)", "bijlage 5 Memo (openbaar)", "Bijlage 6: Verslag (openbaar)");
    expect(r.nota.bijlagen.map((b) => b.naam)).toEqual(["Brief", "Nota", "Memo", "Verslag"]);
  });

  it("a number with a pipe or tab before the title", () => {
    const r = metBijlagen("1 | Brief | openbaar", "2.\tNota\tniet openbaar\t5.1.2e");
    expect(r.nota.bijlagen).toEqual([
      { naam: "Brief", informatie: "openbaar", gronden: [] },
      { naam: "Nota", informatie: "niet_openbaar", gronden: ["5.1.2e"] },
    ]);
  });

  it.each([
    ["Rapport (reeds openbaar: op www.rob.nl)", "www.rob.nl"],
    ["Rapport – reeds openbaar – zie https://www.rijksoverheid.nl/rapport", "https://www.rijksoverheid.nl/rapport"],
    ["Rapport reeds openbaar in Staatscourant 2025, 12345", "Staatscourant 2025, 12345"],
    ["Rapport, reeds openbaar; via de website", "de website"],
  ])("'%s' has its vindplaats '%s'", (rij, vindplaats) => {
    expect(metBijlagen(`1. ${rij}`).nota.bijlagen).toEqual([{ naam: "Rapport", informatie: "reeds_openbaar", gronden: [], vindplaats }]);
  });

  it.each([
    ["Brief: deels openbaar (5.1.2e)", "Brief", "deels_openbaar", ["5.1.2e"]],
    ["Brief; niet openbaar, 5.1.2i", "Brief", "niet_openbaar", ["5.1.2i"]],
    ["Brief - Openbaar", "Brief", "openbaar", []],
    ["Brief (DEELS OPENBAAR 5.1.2e)", "Brief", "deels_openbaar", ["5.1.2e"]],
    ["Nota van de minister van BZK, niet openbaar 5.1.2i en 5.1.2e", "Nota van de minister van BZK", "niet_openbaar", ["5.1.2i", "5.1.2e"]],
  ])("'%s' → %s, %s", (rij, naam, informatie, gronden) => {
    expect(metBijlagen(`1. ${rij}`).nota.bijlagen).toEqual([{ naam, informatie, gronden }]);
  });

  it("a bare number at the top of a new page in the bijlagen is a page number", () => {
    const r = metBijlagen("1. Kamerbrief (openbaar)", "\f2", "2. Nota (openbaar)");
    expect(r.nota.bijlagen.map((b) => b.naam)).toEqual(["Kamerbrief", "Nota"]);
    expect(r.weggelaten).toEqual([{ regel: 10, tekst: "2", reden: "paginanummer" }]);
  });
});
