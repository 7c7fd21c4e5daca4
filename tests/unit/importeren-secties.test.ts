// Sections of an imported nota: inline headings ("Kern: tekst"), which sections get sub-headings,
// the NVT default, what ends the header area, and the MR date and Kamer mentions in the text.
import { describe, expect, it } from "vitest";
import { importeerNota } from "@/lib/domain/importeren";

describe("inline headings", () => {
  it("a numbered inline heading, spaces around the colon, and a second line for the same section", () => {
    const r = importeerNota("2. Kern : Het eerste deel.\nKern: het tweede deel.\nAanleiding:   Waarom nu.");
    expect(r.nota.kern).toBe("Het eerste deel. het tweede deel.");
    expect(r.nota.aanleiding).toBe("Waarom nu.");
    expect(r.herkomst).toEqual({ kern: "2. Kern:", aanleiding: "Aanleiding:" });
    expect(r.weggelaten).toEqual([]);
  });

  it("no space after the colon, or a heading with a typo, is no inline heading", () => {
    const r = importeerNota("Aanleiding\nTekst.\nKern:Kort.\nToelichtng: lang.");
    expect(r.nota.aanleiding).toBe("Tekst. Kern:Kort. Toelichtng: lang.");
    expect(r.nota.kern).toBe("");
    expect(r.herkomst).toEqual({ aanleiding: "Aanleiding" });
  });

  it("a header label before a colon is a field, not a heading; a section name before a colon is a heading", () => {
    const r = importeerNota("Onderwerp: Kern van de zaak\nSamenvatting: Kort gezegd.");
    expect(r.nota.onderwerp).toBe("Kern van de zaak");
    expect(r.nota.kern).toBe("Kort gezegd.");
    expect(r.herkomst).toEqual({ onderwerp: "Onderwerp:", kern: "Samenvatting:" });
  });

  it("a label waiting for its value gives way to an inline heading, and is kept as a line to place", () => {
    const r = importeerNota("Aan\nAanleiding: De Kamer vraagt het.");
    expect(r.kop).toEqual({});
    expect(r.nota.aanleiding).toBe("De Kamer vraagt het.");
    expect(r.nietHerkend).toEqual([{ regel: 1, tekst: "Aan" }]);
  });

  it("a heading in lower case after the onderwerp is a heading, not the onderwerp continued", () => {
    const r = importeerNota("Onderwerp: Test\naanleiding\nTekst.");
    expect(r.nota.onderwerp).toBe("Test");
    expect(r.nota.aanleiding).toBe("Tekst.");
    const inline = importeerNota("Onderwerp: Test\naanleiding: tekst.");
    expect(inline.nota.onderwerp).toBe("Test");
    expect(inline.nota.aanleiding).toBe("tekst.");
  });

  it("only the onderwerp, Aan and Van continue on the next line; a kenmerk does not", () => {
    const r = importeerNota("Kenmerk: 2026-1\nvervolg van iets\nAanleiding\nTekst.");
    expect(r.kop.kenmerk).toBe("2026-1");
    expect(r.nietHerkend).toEqual([{ regel: 2, tekst: "vervolg van iets" }]);
  });

  it("a ### line in the header area is a line to place", () => {
    expect(importeerNota("### Losse kop\nAanleiding\nTekst.").nietHerkend).toEqual([{ regel: 1, tekst: "### Losse kop" }]);
  });
});

describe("section text", () => {
  it("only the Toelichting and the Politieke context get sub-headings; NVT when nothing is withheld", () => {
    const r = importeerNota(
      ["Aanleiding", "Achtergrond", "", "Tekst.", "Kern", "Achtergrond", "", "Tekst.", "Toelichting", "Achtergrond", "", "Tekst.", "Politieke context", "Achtergrond", "", "Tekst.", "Motivering", "Achtergrond", "", "Tekst."].join("\n"),
    );
    expect(r.nota).toMatchObject({
      aanleiding: "Achtergrond\n\nTekst.",
      kern: "Achtergrond\n\nTekst.",
      toelichting: "### Achtergrond\n\nTekst.",
      politiekeContext: "### Achtergrond\n\nTekst.",
      motivering: "Achtergrond\n\nTekst.",
      nietOpenbaar: "NVT",
    });
  });

  it("the information withheld is kept as written; an empty Politieke context is left out", () => {
    const r = importeerNota("Aanleiding\nTekst.\nPolitieke context\n\nInformatie die niet openbaar gemaakt kan worden\nDe namen van ambtenaren (5.1.2e).");
    expect(r.nota.nietOpenbaar).toBe("De namen van ambtenaren (5.1.2e).");
    expect(r.nota.politiekeContext).toBeUndefined();
    expect("politiekeContext" in r.nota).toBe(false);
  });

  it("optional fields are absent, not empty, when the nota has none", () => {
    const r = importeerNota("Aanleiding\nTekst.");
    expect(Object.keys(r.nota).sort()).toEqual(["aanleiding", "beslispunten", "bijlagen", "kamerbrief", "kern", "motivering", "mrBehandeling", "nietOpenbaar", "onderwerp", "soort", "toelichting"]);
  });
});

describe("MR and Kamer in the text", () => {
  it("the MR date counts within forty characters of the MR, either side", () => {
    expect(importeerNota("Aanleiding\nDe MR bespreekt het voorstel op 30 juni.").nota.deadlineReden).toBe("MR 30 juni");
    expect(importeerNota("Aanleiding\nOp 30 juni bespreekt de ministerraad het.").nota.deadlineReden).toBe("MR 30 juni");
    const ver = importeerNota("Aanleiding\nDe MR bespreekt het voorstel van de minister na lang beraad op 30 juni.");
    expect(ver.nota.mrBehandeling).toBe(true);
    expect(ver.nota.deadlineReden).toBeUndefined();
  });

  it("the MR only counts in the aanleiding for the date, but in the kern and beslispunten for the flag", () => {
    expect(importeerNota("Aanleiding\nTekst.\nKern\nDe MR beslist op 30 juni.").nota).toMatchObject({ mrBehandeling: true });
    expect(importeerNota("Aanleiding\nTekst.\nKern\nDe MR beslist op 30 juni.").nota.deadlineReden).toBeUndefined();
    expect(importeerNota("Aanleiding\nTekst.\nBeslispunten\n1. Agenderen in de ministerraad.").nota.mrBehandeling).toBe(true);
    expect(importeerNota("Aanleiding\nTekst.\nToelichting\nDe MR beslist op 30 juni.").nota.mrBehandeling).toBe(false);
  });

  it.each(["Het TK-debat is volgende week.", "De Tweede Kamer vroeg erom.", "Een Kamerbrief volgt.", "Een Kamerledenbrief volgt.", "Wij sturen een brief aan de Kamer."])("'%s' means a Kamerbrief", (zin) => {
    expect(importeerNota(`Aanleiding\n${zin}`).nota.kamerbrief).toBe(true);
  });

  it.each(["De kamerheer vroeg erom.", "Een brief aan de gemeente volgt.", "Het TKO-project loopt."])("'%s' does not", (zin) => {
    expect(importeerNota(`Aanleiding\n${zin}`).nota.kamerbrief).toBe(false);
  });

  it("a Kamer mentioned only in the Toelichting does not make a Kamerbrief", () => {
    expect(importeerNota("Aanleiding\nTekst.\nToelichting\nDe Tweede Kamer vroeg erom.").nota.kamerbrief).toBe(false);
  });
});

describe("deadline reasons", () => {
  it("a reason after a dash", () => {
    const r = importeerNota("Deadline: 20 juni 2025 – MR 27 juni\nAanleiding\nTekst.");
    expect(r.nota).toMatchObject({ uitersteBeslisdatum: "2025-06-20", deadlineReden: "MR 27 juni" });
  });

  it("a reason that is not about the MR is no reason", () => {
    const r = importeerNota("Deadline: 20 juni 2025, na overleg\nAanleiding\nTekst.");
    expect(r.nota.uitersteBeslisdatum).toBe("2025-06-20");
    expect(r.nota.deadlineReden).toBeUndefined();
  });

  it("an MR without a date is the reason, and the line is kept to place", () => {
    const r = importeerNota("Deadline: vóór de MR\nAanleiding\nTekst.");
    expect(r.nota.deadlineReden).toBe("MR");
    expect(r.nota.uitersteBeslisdatum).toBeUndefined();
    expect(r.nietHerkend).toEqual([{ regel: 1, tekst: "Deadline: vóór de MR" }]);
  });
});
