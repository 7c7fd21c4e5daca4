// Page furniture in extracted text: page numbers, "Pagina 1 van 2", a letterhead or running footer
// repeated at each page break, a section heading repeated after a break, and the text cleaning
// (line ends, non-breaking spaces, doubled quotes). What is furniture is left out with its reason;
// a repeated sentence in the running text is not furniture.
import { describe, expect, it } from "vitest";
import { importeerNota } from "@/lib/domain/importeren";

const HERHAALD = "herhaalde paginakop of -voet";

describe("page numbers", () => {
  it.each(["Pagina 1 van 2", "pagina 2/3", "Blad 2 van 4", "Page 1 of 2", "Datum 1 juli 2025 Pagina 3 van 9"])("'%s' is a page number", (regel) => {
    const r = importeerNota(`Aanleiding\nEen zin.\n${regel}\nNog een zin.`);
    expect(r.weggelaten).toEqual([{ regel: 3, tekst: regel, reden: "paginanummer" }]);
    expect(r.nota.aanleiding).toBe("Een zin. Nog een zin.");
  });

  it("a sentence that mentions a page is text", () => {
    const zin = "Zie pagina 3 van 5 van het rapport voor de cijfers over de jaren twintig en dertig.";
    const r = importeerNota(`Aanleiding\n${zin}`);
    expect(r.weggelaten).toEqual([]);
    expect(r.nota.aanleiding).toBe(zin);
  });

  it("fourteen words with a page mention is still a page line, fifteen are text", () => {
    const regel = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties Directie Openbaar Bestuur en Pagina 2 van 3";
    expect(importeerNota(`Aanleiding\nTekst.\n${regel}`).weggelaten).toEqual([{ regel: 3, tekst: regel, reden: "paginanummer" }]);
    const langer = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties Directie Openbaar Bestuur en Democratie Pagina 2 van 3";
    const r = importeerNota(`Aanleiding\nTekst.\n${langer}`);
    expect(r.weggelaten).toEqual([]);
    expect(r.nota.aanleiding).toBe(`Tekst. ${langer}`);
  });

  it.each(["12", "- 3 -", "–4–", "  7  "])("a bare number '%s' in a section is a page number", (regel) => {
    const r = importeerNota(`Aanleiding\nEen zin.\n${regel}\nNog een zin.`);
    expect(r.weggelaten).toEqual([{ regel: 3, tekst: regel.trim(), reden: "paginanummer" }]);
  });

  it("a four-digit number is text", () => {
    expect(importeerNota("Aanleiding\nIn\n2026\nbegint het.").nota.aanleiding).toBe("In 2026 begint het.");
  });
});

describe("repeated page headers and footers", () => {
  it("a letterhead repeated after the page break is left out, both times; the page lines too", () => {
    const r = importeerNota(["Ministerie van Binnenlandse Zaken", "Aan: Minister van BZK", "Onderwerp: Test", "Aanleiding", "Eerste alinea.", "Pagina 1 van 2", "Ministerie van Binnenlandse Zaken", "Kern", "Kort.", "- 2 -"].join("\n"));
    expect(r.weggelaten).toEqual([
      { regel: 1, tekst: "Ministerie van Binnenlandse Zaken", reden: HERHAALD },
      { regel: 6, tekst: "Pagina 1 van 2", reden: "paginanummer" },
      { regel: 7, tekst: "Ministerie van Binnenlandse Zaken", reden: HERHAALD },
      { regel: 10, tekst: "- 2 -", reden: "paginanummer" },
    ]);
    expect(r.nietHerkend).toEqual([]);
    expect(r.nota.aanleiding).toBe("Eerste alinea.");
    expect(r.nota.kern).toBe("Kort.");
  });

  it("a running footer at the foot of every page (form feeds) is left out", () => {
    const r = importeerNota("Aanleiding\nTekst een.\nVertrouwelijk concept\n\fKern\nTekst twee.\nVertrouwelijk concept\n");
    expect(r.weggelaten).toEqual([
      { regel: 3, tekst: "Vertrouwelijk concept", reden: HERHAALD },
      { regel: 6, tekst: "Vertrouwelijk concept", reden: HERHAALD },
    ]);
    expect(r.nota.aanleiding).toBe("Tekst een.");
    expect(r.nota.kern).toBe("Tekst twee.");
  });

  it("a sentence repeated in the running text, away from any page break, stays both times", () => {
    const r = importeerNota("Aanleiding\nZie de bijlage.\nEen.\nTwee.\nDrie.\nZie de bijlage.\nVier.\nVijf.\nZes.");
    expect(r.weggelaten).toEqual([]);
    expect(r.nota.aanleiding).toBe("Zie de bijlage. Een. Twee. Drie. Zie de bijlage. Vier. Vijf. Zes.");
  });

  it("a header field repeated after the page break stays a field the first time", () => {
    const r = importeerNota("Datum: 1 juli 2025\nAanleiding\nTekst.\n\fDatum: 1 juli 2025\nKern\nKort.\nMeer.\nSlot.");
    expect(r.kop).toEqual({ datum: "1 juli 2025", datumIso: "2025-07-01" });
    expect(r.weggelaten).toEqual([{ regel: 4, tekst: "Datum: 1 juli 2025", reden: HERHAALD }]);
    expect(r.nota.aanleiding).toBe("Tekst.");
  });

  it("a label and its value on lines of their own stay a field, though repeated after the page break", () => {
    const r = importeerNota("Kenmerk\nBZK-2026-1\nAanleiding\nTekst.\n\fKenmerk\nBZK-2026-1\nKern\nKort.\nMeer.\nSlot.");
    expect(r.kop).toEqual({ kenmerk: "BZK-2026-1" });
    expect(r.herkomst.kenmerk).toBe("Kenmerk");
    expect(r.weggelaten).toEqual([
      { regel: 5, tekst: "Kenmerk", reden: HERHAALD },
      { regel: 6, tekst: "BZK-2026-1", reden: HERHAALD },
    ]);
  });

  it("near a page break means within the first eight lines after it", () => {
    const na = (n: number) => Array.from({ length: n }, (_, i) => `Regel ${i + 1}.`);
    const achtste = importeerNota(["Directie Wetgeving", "Aanleiding", "Tekst.", `\f${na(7).join("\n")}`, "Directie Wetgeving", "Kern", "Kort.", "Meer.", "Slot."].join("\n"));
    expect(achtste.weggelaten).toEqual([
      { regel: 1, tekst: "Directie Wetgeving", reden: HERHAALD },
      { regel: 11, tekst: "Directie Wetgeving", reden: HERHAALD },
    ]);
    const negende = importeerNota(["Directie Wetgeving", "Aanleiding", "Tekst.", `\f${na(8).join("\n")}`, "Directie Wetgeving", "Kern", "Kort.", "Meer.", "Slot."].join("\n"));
    expect(negende.weggelaten).toEqual([]);
    expect(negende.nietHerkend).toEqual([{ regel: 1, tekst: "Directie Wetgeving" }]);
    expect(negende.nota.aanleiding).toBe("Tekst. Regel 1. Regel 2. Regel 3. Regel 4. Regel 5. Regel 6. Regel 7. Regel 8. Directie Wetgeving");
  });

  it("near a page break means within the last three lines before it", () => {
    const derde = importeerNota(["Aanleiding", "Een.", "Twee.", "Drie.", "Vier.", "Voetregel", "Vijf.", "Zes.", "\fKern", "Zeven.", "Acht.", "Negen.", "Tien.", "Elf.", "Twaalf.", "Dertien.", "Veertien.", "Voetregel", "Slot.", "Einde."].join("\n"));
    expect(derde.weggelaten).toEqual([
      { regel: 6, tekst: "Voetregel", reden: HERHAALD },
      { regel: 18, tekst: "Voetregel", reden: HERHAALD },
    ]);
    const vierde = importeerNota(["Aanleiding", "Een.", "Twee.", "Drie.", "Vier.", "Voetregel", "Vijf.", "Zes.", "Zeven.", "\fKern", "Acht.", "Negen.", "Tien.", "Elf.", "Twaalf.", "Dertien.", "Veertien.", "Vijftien.", "Voetregel", "Slot.", "Einde."].join("\n"));
    expect(vierde.weggelaten).toEqual([]);
    expect(vierde.nota.kern).toBe("Acht. Negen. Tien. Elf. Twaalf. Dertien. Veertien. Vijftien. Voetregel Slot. Einde.");
  });

  it("a heading repeated after the page break, or later, is left out as a repeated heading", () => {
    const r = importeerNota("Aanleiding\nTekst.\nToelichting\nDeel een.\n\fToelichting\nDeel twee.\nMotivering\nReden.\nToelichting\nDeel drie.");
    expect(r.weggelaten).toEqual([
      { regel: 5, tekst: "Toelichting", reden: "herhaalde kop" },
      { regel: 9, tekst: "Toelichting", reden: "herhaalde kop" },
    ]);
    expect(r.nota.toelichting).toBe("Deel een. Deel twee.");
    expect(r.nota.motivering).toBe("Reden. Deel drie.");
  });

  it("a section heading written inline again after it was read is text of the current section", () => {
    const r = importeerNota("Aanleiding: Eerste.\nKern: Kort.\nAanleiding: nog eens.");
    expect(r.nota.aanleiding).toBe("Eerste.");
    expect(r.nota.kern).toBe("Kort. Aanleiding: nog eens.");
  });
});

describe("cleaning the text", () => {
  it("Windows and old Mac line ends, non-breaking spaces, mangled quotes and trailing space", () => {
    const r = importeerNota("Aanleiding\r\nHet “\"Gezag\u00a0en ook\u00a0\u00a0\r\n\"\"dubbel\"\" citaat.   \rKern\rKort.");
    expect(r.nota.aanleiding).toBe("Het “Gezag en ook \"dubbel\" citaat.");
    expect(r.nota.kern).toBe("Kort.");
    expect(r.weggelaten).toEqual([]);
  });

  it("several lines not placed are counted in the warning", () => {
    const r = importeerNota("Ministerie van Financiën\nKorte Voorhout 7\nAanleiding\nTekst.");
    expect(r.nietHerkend).toEqual([
      { regel: 1, tekst: "Ministerie van Financiën" },
      { regel: 2, tekst: "Korte Voorhout 7" },
    ]);
    expect(r.waarschuwingen.at(-1)).toBe('2 regels zijn niet herkend; u vindt ze onder "Niet herkend" en kunt ze naar een sectie verplaatsen.');
  });

  it("a fuzzy heading is read with a warning naming both", () => {
    const r = importeerNota("Aanleidng\nTekst.");
    expect(r.nota.aanleiding).toBe("Tekst.");
    expect(r.herkomst.aanleiding).toBe("Aanleidng");
    expect(r.waarschuwingen[0]).toBe('De kop "Aanleidng" is gelezen als "Aanleiding".');
  });
});
