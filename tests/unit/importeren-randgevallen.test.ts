// Edge cases of the importer, each with the outcome a reader of the nota expects: indented and
// white-space-only lines, spacing inside labels and page lines, the limits of what counts as a
// row, a field or a heading, and the order of the lines left to place.
import { describe, expect, it } from "vitest";
import { herbouwTekst, herkenKop, importeerNota, kiesBewindspersoon } from "@/lib/domain/importeren";

const HERHAALD = "herhaalde paginakop of -voet";
const metBesluit = (...regels: string[]) => importeerNota(["Onderwerp: Test", "Aanleiding", "Tekst.", "Kern", "Kort.", "Toelichting", "Lang.", "Geadviseerd besluit", ...regels].join("\n"));
const metBijlagen = (...regels: string[]) => importeerNota(["Onderwerp: Test", "Aanleiding", "Tekst.", "Kern", "Kort.", "Toelichting", "Lang.", "Bijlagen", ...regels].join("\n"));

describe("headings: spacing, numbers and indentation", () => {
  it.each(["   1. Toelichtng", "##  1. Toelichtng", "2.  Toelichtng"])("'%s' is numbered, so never a fuzzy heading", (regel) => {
    expect(herkenKop(regel)).toBeNull();
  });

  it("digits after the heading word do not stop a heading ('Toelichting 2')", () => {
    expect(herkenKop("Toelichting 2")).toEqual({ sectie: "toelichting", exact: true });
  });

  it.each(["Aanleidnig", "Toelichtnig", "Motievring"])("'%s' has two letters swapped: two edits, too many for a short heading", (regel) => {
    expect(herkenKop(regel)).toBeNull();
  });

  it("an indented heading is recorded and warned about without its indentation", () => {
    const r = importeerNota("   Aanleidng\nTekst.\n   Kern\nKort.\n  Kern\nMeer.");
    expect(r.herkomst).toEqual({ aanleiding: "Aanleidng", kern: "Kern" });
    expect(r.waarschuwingen[0]).toBe('De kop "Aanleidng" is gelezen als "Aanleiding".');
    expect(r.weggelaten).toEqual([{ regel: 5, tekst: "Kern", reden: "herhaalde kop" }]);
  });

  it("a two-digit number before an inline heading", () => {
    const r = importeerNota("12. Kern: Kort.\n13) Aanleiding: Waarom.");
    expect(r.nota.kern).toBe("Kort.");
    expect(r.nota.aanleiding).toBe("Waarom.");
    expect(r.herkomst).toEqual({ kern: "12. Kern:", aanleiding: "13) Aanleiding:" });
  });

  it("a section name in the middle of a sentence, before a colon, is no inline heading", () => {
    const r = importeerNota("Aanleiding\nZie artikel 3 Toelichting: het tweede lid.");
    expect(r.nota.aanleiding).toBe("Zie artikel 3 Toelichting: het tweede lid.");
    expect(r.nota.toelichting).toBe("");
    expect(r.herkomst).toEqual({ aanleiding: "Aanleiding" });
  });

  it("'Politieke context: nvt' is the text of that section, not 'no bijlagen'", () => {
    const r = importeerNota("Aanleiding\nTekst.\nPolitieke context: nvt");
    expect(r.nota.politiekeContext).toBe("nvt");
    expect(r.herkomst.bijlagen).toBeUndefined();
  });
});

describe("header lines: indentation, spacing and repetition", () => {
  it("indented labels and values, and white-space-only lines between a label and its value", () => {
    const r = importeerNota("  Aan\n   \n   Minister van BZK\n   NOTA TER INFORMATIE\n  Beslisnota\n  Ministerie van Financiën\nAanleiding\nTekst.");
    expect(r.kop).toEqual({ aan: "Minister van BZK" });
    expect(r.herkomst).toEqual({ aan: "Aan", soort: "NOTA TER INFORMATIE", aanleiding: "Aanleiding" });
    expect(r.nietHerkend).toEqual([{ regel: 6, tekst: "Ministerie van Financiën" }]);
  });

  it("an indented continuation in lower case continues the field; a capital does not", () => {
    const r = importeerNota("Aan: de minister van Binnenlandse Zaken\n   en Koninkrijksrelaties\nBetreft: De Kieswet\nMinisterie van BZK\nAanleiding\nTekst.");
    expect(r.kop.aan).toBe("de minister van Binnenlandse Zaken en Koninkrijksrelaties");
    expect(r.nota.onderwerp).toBe("De Kieswet");
    expect(r.nietHerkend).toEqual([{ regel: 4, tekst: "Ministerie van BZK" }]);
  });

  it("no space after the colon of a field; the first word of a flag decides", () => {
    const r = importeerNota("Aan:Minister van BZK\nMR: nee (ja bij spoed)\nAanleiding\nDe MR bespreekt het.");
    expect(r.kop.aan).toBe("Minister van BZK");
    expect(r.nota.mrBehandeling).toBe(false);
  });

  it("an indented document kind and an indented repeated heading are recorded without indentation", () => {
    expect(importeerNota("  Beslisnota\nAanleiding\nTekst.").herkomst.soort).toBe("Beslisnota");
    expect(importeerNota("Aanleiding\nTekst.\nKern\nKort.\n  Aanleiding\nMeer.").weggelaten).toEqual([{ regel: 5, tekst: "Aanleiding", reden: "herhaalde kop" }]);
  });

  it.each(["Bijlagen: 2", "Bijlage (n): 3", "Bijlagen : 2", "Bijlagen:2", "Bijlagen: 12"])("'%s' in the header is a count of bijlagen, kept as a line to place", (regel) => {
    const r = importeerNota(`${regel}\nAanleiding\nTekst.`);
    expect(r.nietHerkend).toEqual([{ regel: 1, tekst: regel }]);
    expect(r.nota.bijlagen).toEqual([]);
    expect(r.herkomst.bijlagen).toBeUndefined();
  });

  it("'  Bijlagen: 2' indented is kept without its indentation", () => {
    expect(importeerNota("  Bijlagen: 2\nAanleiding\nTekst.").nietHerkend).toEqual([{ regel: 1, tekst: "Bijlagen: 2" }]);
  });

  it("a label with spaces around its hyphen ('MR - behandeling') is still the label", () => {
    const r = importeerNota("MR - behandeling: nee\nAanleiding\nDe ministerraad bespreekt dit.");
    expect(r.nota.mrBehandeling).toBe(false);
    expect(r.nietHerkend).toEqual([]);
  });

  it("'Label: waarde' with a label that is no header field is a line to place", () => {
    expect(importeerNota("Directie: Wetgeving\nAanleiding\nTekst.").nietHerkend).toEqual([{ regel: 1, tekst: "Directie: Wetgeving" }]);
  });

  it("the short form 'Kenmerk 2026-1' is only a kenmerk at the start of the line, with the exact label", () => {
    const r = importeerNota("Kenmerk BZK-2026-0001\nZie kenmerk 2026-1\nEinddatum 12 maart 2026\nAanleiding\nTekst.");
    expect(r.kop).toEqual({ kenmerk: "BZK-2026-0001" });
    expect(r.herkomst.kenmerk).toBe("Kenmerk");
    expect(r.nietHerkend).toEqual([
      { regel: 2, tekst: "Zie kenmerk 2026-1" },
      { regel: 3, tekst: "Einddatum 12 maart 2026" },
    ]);
  });

  it("a second Aan field replaces the first", () => {
    const r = importeerNota("Aan: Minister A\nAan: Minister B\nAanleiding\nTekst.");
    expect(r.kop.aan).toBe("Minister B");
  });

  it("a datum that cannot be read has no ISO date at all", () => {
    const r = importeerNota("Datum: morgen\nAanleiding\nTekst.");
    expect(r.kop.datum).toBe("morgen");
    expect("datumIso" in r.kop).toBe(false);
  });

  it("a second deadline without a date keeps the date of the first", () => {
    const r = importeerNota("Uiterste beslisdatum: 27 juni 2025\nDeadline: zo snel mogelijk\nAanleiding\nTekst.");
    expect(r.nota.uitersteBeslisdatum).toBe("2025-06-27");
    expect(r.nietHerkend).toEqual([{ regel: 2, tekst: "Deadline: zo snel mogelijk" }]);
  });

  it("the reason in parentheses is taken without the spaces inside them", () => {
    expect(importeerNota("Uiterste beslisdatum: 27 juni 2025 ( MR 30 juni )\nAanleiding\nTekst.").nota.deadlineReden).toBe("MR 30 juni");
  });

  it("only the word 'geen' says there is no deadline", () => {
    const r = importeerNota("Beslisdatum: Geen deadline\nUiterlijk: nog geen\nAanleiding\nTekst.");
    expect(r.nietHerkend).toEqual([
      { regel: 1, tekst: "Beslisdatum: Geen deadline" },
      { regel: 2, tekst: "Uiterlijk: nog geen" },
    ]);
  });

  it("a header field repeated on a second page of a nota without headings stays a field", () => {
    const r = importeerNota("Datum: 1 juli 2025\nOnderwerp: De Kieswet\n\fDatum: 1 juli 2025\nOnderwerp: De Kieswet");
    expect(r.weggelaten).toEqual([]);
    expect(r.nietHerkend).toEqual([]);
    expect(r.kop).toEqual({ datum: "1 juli 2025", datumIso: "2025-07-01" });
  });

  it("a label with a colon and its value, repeated after the page break, stay a field the first time", () => {
    const r = importeerNota("Aan:\nMinister van BZK\nAanleiding\nTekst.\n\fAan:\nMinister van BZK\nKern\nKort.\nMeer.\nSlot.");
    expect(r.kop).toEqual({ aan: "Minister van BZK" });
    expect(r.weggelaten).toEqual([
      { regel: 5, tekst: "Aan:", reden: HERHAALD },
      { regel: 6, tekst: "Minister van BZK", reden: HERHAALD },
    ]);
  });

  it("a value after a white-space-only line under its label stays a field though repeated after the page break", () => {
    const r = importeerNota("Kenmerk\n   \nBZK-2026-1\nAanleiding\nTekst.\n\fBZK-2026-1\nKern\nKort.\nMeer.\nSlot.");
    expect(r.kop).toEqual({ kenmerk: "BZK-2026-1" });
    expect(r.weggelaten).toEqual([{ regel: 6, tekst: "BZK-2026-1", reden: HERHAALD }]);
  });

  it("the lines to place are in the order of the text, the replaced title too", () => {
    const r = importeerNota("# Voorstel\nMinisterie van BZK\nOnderwerp: De Kieswet\nAanleiding\nTekst.");
    expect(r.nietHerkend).toEqual([
      { regel: 1, tekst: "Voorstel" },
      { regel: 2, tekst: "Ministerie van BZK" },
    ]);
  });

  it("'###' inside a sentence of the Toelichting is no sub-heading to propose as onderwerp", () => {
    const r = importeerNota("Aanleiding\nTekst.\nToelichting\nGebruik ### Kop voor een kop.");
    expect(r.nota.onderwerp).toBe("");
    expect(r.waarschuwingen).toContain("Er staat geen onderwerp in de tekst; vul het onderwerp in.");
  });

  it("a proposed onderwerp from a very long sub-heading is cut at 300 characters", () => {
    const kop = `Het ${"zeer ".repeat(80)}lange voorstel`;
    const r = importeerNota(`Aanleiding\nTekst.\nToelichting\n### ${kop}\nDe tekst.`);
    expect(r.nota.onderwerp).toBe(kop.slice(0, 300));
    expect(r.nota.onderwerp).toHaveLength(300);
  });
});

describe("page furniture: spacing and the limits of a page", () => {
  it("an indented page line is left out without its indentation; double spaces do not count as words", () => {
    const regel = "Ministerie  van  Binnenlandse Zaken en Koninkrijksrelaties Directie Openbaar Bestuur en Pagina 2 van 3";
    const r = importeerNota(`Aanleiding\nTekst.\n   Pagina 1 van 2\n${regel}`);
    expect(r.weggelaten).toEqual([
      { regel: 3, tekst: "Pagina 1 van 2", reden: "paginanummer" },
      { regel: 4, tekst: regel, reden: "paginanummer" },
    ]);
  });

  it("a letterhead repeated with other spacing, indentation or capitals is the same line", () => {
    const r = importeerNota("Aanleiding\nTekst een.\nVertrouwelijk concept\n\fKern\nTekst twee.\n  VERTROUWELIJK   concept\n");
    expect(r.weggelaten).toEqual([
      { regel: 3, tekst: "Vertrouwelijk concept", reden: HERHAALD },
      { regel: 6, tekst: "VERTROUWELIJK   concept", reden: HERHAALD },
    ]);
  });

  it("the page starts at its first line with text: a white-space-only line after a page line does not move it", () => {
    const na = Array.from({ length: 7 }, (_, i) => `Regel ${i + 1}.`);
    const r = importeerNota(["Directie Wetgeving", "Aanleiding", "Tekst.", "Pagina 1 van 2", "   ", ...na, "Directie Wetgeving", "Kern", "Kort.", "Meer.", "Slot."].join("\n"));
    expect(r.weggelaten).toEqual([
      { regel: 1, tekst: "Directie Wetgeving", reden: HERHAALD },
      { regel: 4, tekst: "Pagina 1 van 2", reden: "paginanummer" },
      { regel: 13, tekst: "Directie Wetgeving", reden: HERHAALD },
    ]);
  });

  it("white-space-only lines are not counted among the eight lines after a page break, nor the three before one", () => {
    const na = ["Regel 1.", "  ", "Regel 2.", "Regel 3.", "  ", "Regel 4.", "Regel 5.", "Regel 6.", "Regel 7."];
    const acht = importeerNota(["Directie Wetgeving", "Aanleiding", "Tekst.", `\f${na.join("\n")}`, "Directie Wetgeving", "Kern", "Kort.", "Meer.", "Slot."].join("\n"));
    expect(acht.weggelaten.map((w) => w.regel)).toEqual([1, 13]);
    const drie = importeerNota(["Aanleiding", "Een.", "Twee.", "Drie.", "Vier.", "Voetregel", "  ", "Vijf.", "  ", "Zes.", "\fKern", "Zeven.", "Acht.", "Negen.", "Tien.", "Elf.", "Twaalf.", "Dertien.", "Veertien.", "Voetregel", "Slot.", "Einde."].join("\n"));
    expect(drie.weggelaten.map((w) => w.regel)).toEqual([6, 20]);
  });

  it("a text that starts with a form feed starts a page on its first line", () => {
    const r = importeerNota(["\fAanleiding", "Voetregel", "Tekst.", "A.", "B.", "C.", "D.", "E.", "F.", "G.", "Voetregel", "Einde."].join("\n"));
    expect(r.weggelaten).toEqual([
      { regel: 2, tekst: "Voetregel", reden: HERHAALD },
      { regel: 11, tekst: "Voetregel", reden: HERHAALD },
    ]);
  });

  it("a bare number as the very last line of the bijlagen is a page number, also before white-space-only lines", () => {
    expect(metBijlagen("1. Kamerbrief (openbaar)", "4").weggelaten).toEqual([{ regel: 10, tekst: "4", reden: "paginanummer" }]);
    expect(metBijlagen("1. Kamerbrief (openbaar)", "4", "   ").weggelaten).toEqual([{ regel: 10, tekst: "4", reden: "paginanummer" }]);
  });
});

describe("herbouwTekst: spacing and neighbours", () => {
  it("a white-space-only line separates paragraphs", () => {
    expect(herbouwTekst(["Een.", "   ", "Twee."])).toBe("Een.\n\nTwee.");
  });

  it("blank lines at the end do not make the last block a heading", () => {
    expect(herbouwTekst(["De tekst.", "", "Slot", "", ""])).toBe("De tekst.\n\nSlot");
  });

  it("words are counted across double spaces; a comma inside a heading is allowed", () => {
    expect(herbouwTekst(["Een  twee drie vier vijf zes zeven acht negen tien elf twaalf", "", "De tekst."])).toBe("### Een  twee drie vier vijf zes zeven acht negen tien elf twaalf\n\nDe tekst.");
    expect(herbouwTekst(["Kosten, baten en risico's", "", "De tekst."])).toBe("### Kosten, baten en risico's\n\nDe tekst.");
  });

  it("a paragraph with a dash or a number inside it is not taken for a list item before a list", () => {
    expect(herbouwTekst(["Tekst - met een streep.", "- punt"])).toBe("Tekst - met een streep.\n\n- punt");
    expect(herbouwTekst(["Zie punt 3. hierboven.", "1) item"])).toBe("Zie punt 3. hierboven.\n\n1. item");
  });

  it("items numbered 10 and 11 in separate blocks are one list", () => {
    expect(herbouwTekst(["10) tien", "", "11) elf"])).toBe("10. tien\n11. elf");
  });

  it("'###' inside a sentence is text", () => {
    expect(herbouwTekst(["Gebruik ### Kop voor een kop.", "Tweede regel."])).toBe("Gebruik ### Kop voor een kop. Tweede regel.");
  });

  it("'e' before a lower-case word is text even when a capital follows later", () => {
    expect(herbouwTekst(["e en de Kamer."])).toBe("e en de Kamer.");
  });

  it("a mark alone on its line skips white-space-only lines to its text", () => {
    expect(herbouwTekst(["1.", "   ", "eerste punt."])).toBe("1. eerste punt.");
    expect(herbouwTekst(["1.", "   ", "Een.", "2.", "Twee."])).toBe("1. Een.\n2. Twee.");
  });

  it("a numbered heading next to numbered text in lower case is an item of that list", () => {
    expect(herbouwTekst(["1. Achtergrond", "2. kosten en baten"])).toBe("1. Achtergrond\n2. kosten en baten");
    expect(herbouwTekst(["1. kosten en baten", "2. Achtergrond"])).toBe("1. kosten en baten\n2. Achtergrond");
  });

  it("trailing spaces after a numbered sentence do not turn its neighbour into a heading", () => {
    expect(herbouwTekst(["1. Instemmen met het voorstel.   ", "2. Kennisnemen"])).toBe("1. Instemmen met het voorstel.\n2. Kennisnemen");
    expect(herbouwTekst(["1. Kennisnemen", "2. Instemmen met het voorstel.   "])).toBe("1. Kennisnemen\n2. Instemmen met het voorstel.");
    expect(herbouwTekst(["1. Instemmen met het voorstel.   ", "", "2. Kennisnemen"])).toBe("1. Instemmen met het voorstel.\n2. Kennisnemen");
    expect(herbouwTekst(["1. Kennisnemen", "", "2. Instemmen met het voorstel.   "])).toBe("1. Kennisnemen\n2. Instemmen met het voorstel.");
  });
});

describe("beslispunten: edge cases", () => {
  it("a line starting with 'e' and a lower-case word continues the beslispunt", () => {
    expect(metBesluit("1. Instemmen met de brief", "e en de Kamer informeren.").nota.beslispunten).toEqual([{ tekst: "Instemmen met de brief e en de Kamer informeren." }]);
  });

  it("an indented lead-in without a colon is still a lead-in", () => {
    const r = metBesluit("   U wordt geadviseerd in te stemmen met", "1. de brief.");
    expect(r.herkomst.beslispunten).toBe('Geadviseerd besluit (inleiding: "U wordt geadviseerd in te stemmen met")');
    expect(r.nota.beslispunten).toEqual([{ tekst: "de brief." }]);
  });

  it("a sub-point continues on the next line", () => {
    expect(metBesluit("1. Instemmen met:", "a. de brief", "aan de Kamer;", "2. Kennisnemen.").nota.beslispunten).toEqual([{ tekst: "Instemmen met: a. de brief aan de Kamer;" }, { tekst: "Kennisnemen." }]);
  });

  it("numbered sub-points under lettered beslispunten keep their number", () => {
    expect(metBesluit("a) Instemmen met:", "1. de brief;", "b) Kennisnemen.").nota.beslispunten).toEqual([{ tekst: "Instemmen met: 1. de brief;" }, { tekst: "Kennisnemen." }]);
  });

  it("an unnumbered beslispunt with a colon inside it", () => {
    expect(metBesluit("Instemmen met het volgende: de brief aan de Kamer.").nota.beslispunten).toEqual([{ tekst: "Instemmen met het volgende: de brief aan de Kamer." }]);
  });

  it("a second line ending in a colon after the lead-in, with no marks after it, is a line to place", () => {
    const r = metBesluit("Het kabinet stelt voor:", "Wij vragen u:");
    expect(r.nota.beslispunten).toEqual([]);
    expect(r.nietHerkend).toEqual([{ regel: 10, tekst: "Wij vragen u:" }]);
  });
});

describe("bijlagen: edge cases", () => {
  it("'n.v.t' without its last full stop under the heading means no bijlagen, as inline (fixed: it was a line to place)", () => {
    for (const r of [metBijlagen("n.v.t"), importeerNota("Aanleiding\nTekst.\nBijlagen: n.v.t")]) {
      expect(r.nota.bijlagen).toEqual([]);
      expect(r.nietHerkend).toEqual([]);
    }
    expect(importeerNota("Aanleiding\nTekst.\nBijlagen: n.v.t").herkomst.bijlagen).toBe("Bijlagen: n.v.t");
  });

  it("'Bijlagen: …, verder geen' names a bijlage: it is not 'no bijlagen'", () => {
    const r = importeerNota("Aanleiding\nTekst.\nBijlagen: Kamerbrief, verder geen");
    expect(r.herkomst.bijlagen).toBe("Bijlagen:");
    expect(r.nietHerkend).toEqual([{ regel: 3, tekst: "Kamerbrief, verder geen" }]);
  });

  it("'Bijlagen: geen' followed by rows still reads the rows; 'geen' with more words is a line to place", () => {
    expect(importeerNota("Aanleiding\nTekst.\nBijlagen: geen\n1. Brief (openbaar)").nota.bijlagen).toEqual([{ naam: "Brief", informatie: "openbaar", gronden: [] }]);
    const r = importeerNota("Aanleiding\nTekst.\nBijlagen: geen, zie de website");
    expect(r.nietHerkend).toEqual([{ regel: 3, tekst: "geen, zie de website" }]);
  });

  it("rows numbered 10 and up, 'Bijlage 12', a double space and no space after the colon", () => {
    const r = metBijlagen("10\tNota\topenbaar", "Bijlage 12: Memo (openbaar)", "Bijlage  13: Brief (openbaar)", "Bijlage 14:Verslag (openbaar)", "15| Advies | openbaar");
    expect(r.nota.bijlagen.map((b) => b.naam)).toEqual(["Nota", "Memo", "Brief", "Verslag", "Advies"]);
  });

  it("a grounds line in capitals or digits right under the row belongs to it, also a second one", () => {
    expect(metBijlagen("1\tNota\tdeels openbaar", "5.1.2e en", "5.1.2i").nota.bijlagen).toEqual([{ naam: "Nota", informatie: "deels_openbaar", gronden: ["5.1.2e", "5.1.2i"] }]);
  });

  it("after a blank line, a line that is no row of a complete bijlage is a line to place, also with a column word or a number in it", () => {
    const r = metBijlagen("1. Nota (openbaar)", "", "Status: nog niet bekend.", "", "Zie de toelichting voor de informatie", "", "Zie bijlage 2 voor de cijfers.", "", "Versie 2 van de nota volgt.", "", "Zie ook de openbaar gemaakte stukken.", "", "De bijlage volgt, nu nog geen.", "   ", "Geen bijlagen, wel een verwijzing.");
    expect(r.nota.bijlagen).toEqual([{ naam: "Nota", informatie: "openbaar", gronden: [] }]);
    expect(r.nietHerkend.map((n) => n.tekst)).toEqual([
      "Status: nog niet bekend.",
      "Zie de toelichting voor de informatie",
      "Zie bijlage 2 voor de cijfers.",
      "Versie 2 van de nota volgt.",
      "Zie ook de openbaar gemaakte stukken.",
      "De bijlage volgt, nu nog geen.",
      "Geen bijlagen, wel een verwijzing.",
    ]);
  });

  it("'Nr' alone is a column head", () => {
    expect(metBijlagen("Nr", "1\tBrief\topenbaar").nietHerkend).toEqual([]);
  });

  it("a tab between the title and its informatie on the line after a bare number", () => {
    expect(metBijlagen("1", "Kamerbrief\topenbaar", "2", "Nota\tniet openbaar\t5.1.2e").nota.bijlagen).toEqual([
      { naam: "Kamerbrief", informatie: "openbaar", gronden: [] },
      { naam: "Nota", informatie: "niet_openbaar", gronden: ["5.1.2e"] },
    ]);
  });

  it("a tab in the continuation of a row separates words", () => {
    expect(metBijlagen("1\tNota over de", "begroting\tdeels openbaar\t5.1.2b").nota.bijlagen).toEqual([{ naam: "Nota over de begroting", informatie: "deels_openbaar", gronden: ["5.1.2b"] }]);
  });

  it("pipes without spaces separate the columns", () => {
    expect(metBijlagen("1. Brief|deels openbaar|5.1.2e").nota.bijlagen).toEqual([{ naam: "Brief", informatie: "deels_openbaar", gronden: ["5.1.2e"] }]);
  });

  it("white space in a name is one space; a row with only its informatie is named by it", () => {
    expect(metBijlagen("1.  Brief  van  de  minister (openbaar)").nota.bijlagen[0]!.naam).toBe("Brief van de minister");
    expect(metBijlagen("1. Openbaar").nota.bijlagen).toEqual([{ naam: "Openbaar", informatie: "openbaar", gronden: [] }]);
  });

  it("a reeds openbaar bijlage has no grounds", () => {
    expect(metBijlagen("1. Rapport (reeds openbaar, 5.1.2e)").nota.bijlagen).toEqual([{ naam: "Rapport", informatie: "reeds_openbaar", gronden: [], vindplaats: "5.1.2e" }]);
  });

  it.each([
    ["Rapport (reeds openbaar, zie Staatscourant (2025) nr. 12)", "Staatscourant (2025) nr. 12"],
    ["Rapport reeds openbaar via Kamerstukken II 2024/25, 29 362", "Kamerstukken II 2024/25, 29 362"],
    ["Rapport (reeds openbaar) - zie www.rob.nl", "www.rob.nl"],
    ["Rapport reeds openbaar:www.rob.nl", "www.rob.nl"],
    ["Rapport reeds openbaar: Kamerstuk in de Handelingen", "Kamerstuk in de Handelingen"],
  ])("'%s' is found at '%s'", (rij, vindplaats) => {
    expect(metBijlagen(`1. ${rij}`).nota.bijlagen).toEqual([{ naam: "Rapport", informatie: "reeds_openbaar", gronden: [], vindplaats }]);
  });
});

describe("kiesBewindspersoon: the title within a longer Aan", () => {
  it("the full title followed by more words", () => {
    const k = [{ id: "bzk", naam: "Marieke van den Berg", ambtstitel: "Minister van Binnenlandse Zaken en Koninkrijksrelaties" }];
    expect(kiesBewindspersoon("Minister van Binnenlandse Zaken en Koninkrijksrelaties (DGOO)", k)?.id).toBe("bzk");
  });
});
