// The header area of a nota: fields on one line (colon, tab, wide gap, "Datum 12 maart 2026"),
// label lines followed by value lines, values continued on the next line, the kind of nota, the
// deadline and its reason, the MR and Kamerbrief flags, and what is no field. Each expectation is
// what a person reading the header would fill in.
import { describe, expect, it } from "vitest";
import { importeerNota } from "@/lib/domain/importeren";

const NIET_GEVONDEN = (...secties: string[]) => secties.map((s) => `De sectie "${s}" is niet gevonden.`);
const NIET_HERKEND = (n: number) => `${n === 1 ? "Eén regel is" : `${n} regels zijn`} niet herkend; u vindt ze onder "Niet herkend" en kunt ze naar een sectie verplaatsen.`;

describe("fields on one line", () => {
  it("colon, tab, a wide gap and the short form with a digit; a value continued on a lower-case line", () => {
    const r = importeerNota(
      [
        "Aan: Minister van BZK",
        "Van\tDirectie Openbaar Bestuur",
        "Datum     12 maart 2026",
        "Ons kenmerk 2026-0000123",
        "Betreft: Kabinetsreactie op het",
        "advies van de Raad",
        "Soort: ter informatie",
        "Rubricering: Departementaal vertrouwelijk",
        "MR-behandeling: nee",
        "Kamerbrief: ja",
        "Telefoon: 070 1234567",
        "",
        "Aanleiding",
        "De Tweede Kamer vroeg erom.",
      ].join("\n"),
    );
    expect(r).toEqual({
      nota: {
        onderwerp: "Kabinetsreactie op het advies van de Raad",
        soort: "ter_informatie",
        mrBehandeling: false,
        kamerbrief: true,
        rubricering: "Departementaal vertrouwelijk",
        aanleiding: "De Tweede Kamer vroeg erom.",
        kern: "",
        toelichting: "",
        nietOpenbaar: "NVT",
        motivering: "",
        beslispunten: [],
        bijlagen: [],
      },
      kop: { aan: "Minister van BZK", van: "Directie Openbaar Bestuur", datum: "12 maart 2026", datumIso: "2026-03-12", kenmerk: "2026-0000123" },
      herkomst: { aan: "Aan:", van: "Van", datum: "Datum", kenmerk: "Ons kenmerk", onderwerp: "Betreft:", soort: "Soort:", aanleiding: "Aanleiding" },
      nietHerkend: [{ regel: 11, tekst: "Telefoon: 070 1234567" }],
      weggelaten: [],
      waarschuwingen: [...NIET_GEVONDEN("Kern", "Toelichting", "Geadviseerd besluit"), NIET_HERKEND(1)],
    });
  });

  it("Aan and Van continue on a line that starts in lower case or with a parenthesis; a capital or a blank line ends the field", () => {
    const r = importeerNota(
      ["Aan: de minister van Binnenlandse Zaken", "en Koninkrijksrelaties", "Van: Directie Democratie", "(DGOO)", "Kenmerk: 2026-1", "Datum: morgen", "Ontwerp van de brief", "", "kleine letter na een lege regel", "Aanleiding", "Tekst."].join("\n"),
    );
    expect(r.kop).toEqual({ aan: "de minister van Binnenlandse Zaken en Koninkrijksrelaties", van: "Directie Democratie (DGOO)", kenmerk: "2026-1", datum: "morgen" });
    expect(r.herkomst).toEqual({ aan: "Aan:", van: "Van:", kenmerk: "Kenmerk:", datum: "Datum:", aanleiding: "Aanleiding" });
    expect(r.nietHerkend).toEqual([
      { regel: 7, tekst: "Ontwerp van de brief" },
      { regel: 9, tekst: "kleine letter na een lege regel" },
    ]);
  });

  it("a kenmerk or a datum without a colon needs a digit in its value", () => {
    const r = importeerNota("Kenmerk zonder cijfers\nReferentie 12-AB\nAanleiding\nTekst.");
    expect(r.kop).toEqual({ kenmerk: "12-AB" });
    expect(r.herkomst.kenmerk).toBe("Referentie");
    expect(r.nietHerkend).toEqual([{ regel: 1, tekst: "Kenmerk zonder cijfers" }]);
  });

  it("a header label that also names a section ('Bijlagen: 1. …') starts that section", () => {
    const r = importeerNota("Aan: Minister van BZK\nBijlagen: 1. Kamerbrief (openbaar)\n");
    expect(r.nota.bijlagen).toEqual([{ naam: "Kamerbrief", informatie: "openbaar", gronden: [] }]);
    expect(r.herkomst.bijlagen).toBe("Bijlagen:");
    expect(r.nietHerkend).toEqual([]);
  });

  it("'Bijlagen: 2' in the header is a count, kept as a line to place", () => {
    const r = importeerNota("Aan: Minister van BZK\nBijlage(n): 2\nAanleiding\nTekst.");
    expect(r.nietHerkend).toEqual([{ regel: 2, tekst: "Bijlage(n): 2" }]);
    expect(r.nota.bijlagen).toEqual([]);
    expect(r.herkomst.bijlagen).toBeUndefined();
  });

  it("other header lines (telefoon, kopie aan) are kept with their label and a colon", () => {
    const r = importeerNota("Contactpersoon\tJ. Jansen\nKopie aan: DG Water\nAanleiding\nTekst.");
    expect(r.nietHerkend).toEqual([
      { regel: 1, tekst: "Contactpersoon: J. Jansen" },
      { regel: 2, tekst: "Kopie aan: DG Water" },
    ]);
  });
});

describe("labels on a line of their own (a header table in PDF text)", () => {
  it("a run of labels takes the values that follow, in order", () => {
    const r = importeerNota(["Aan", "Van", "Datum", "Minister van BZK", "DGOO", "1 juli 2025", "Onderwerp:", "Kabinetsreactie ROB-advies", "", "Aanleiding", "Tekst."].join("\n"));
    expect(r.kop).toEqual({ aan: "Minister van BZK", van: "DGOO", datum: "1 juli 2025", datumIso: "2025-07-01" });
    expect(r.nota.onderwerp).toBe("Kabinetsreactie ROB-advies");
    expect(r.herkomst).toEqual({ aan: "Aan", van: "Van", datum: "Datum", onderwerp: "Onderwerp", aanleiding: "Aanleiding" });
    expect(r.nietHerkend).toEqual([]);
  });

  it("a label whose value never comes is kept as a line to place, at the end and before the first section (fixed: it was lost there)", () => {
    expect(importeerNota("Aan: Minister van BZK\nTelefoon").nietHerkend).toEqual([{ regel: 2, tekst: "Telefoon" }]);
    const r = importeerNota("Aan: Minister van BZK\nContactpersoon:\n\nAanleiding\nTekst.");
    expect(r.nietHerkend).toEqual([{ regel: 2, tekst: "Contactpersoon" }]);
    expect(r.waarschuwingen.at(-1)).toBe(NIET_HERKEND(1));
  });

  it("a line that is a section heading is never taken as a label's value", () => {
    const r = importeerNota("Aan\nAanleiding\nTekst.");
    expect(r.kop).toEqual({});
    expect(r.nota.aanleiding).toBe("Tekst.");
    expect(r.nietHerkend).toEqual([{ regel: 1, tekst: "Aan" }]);
  });
});

describe("the kind of nota", () => {
  it.each([
    ["Soort: ter informatie", "ter_informatie"],
    ["Soort nota: ter beslissing", "ter_beslissing"],
    ["Soort: besluitvorming", "ter_beslissing"],
    ["NOTA TER INFORMATIE", "ter_informatie"],
    ["Beslisnota ter besluitvorming", "ter_beslissing"],
    ["Nota ter beslissing", "ter_beslissing"],
  ])("%s → %s, recorded as its origin", (regel, soort) => {
    const r = importeerNota(`${regel}\nAanleiding\nTekst.`);
    expect(r.nota.soort).toBe(soort);
    expect(r.herkomst.soort).toBe(regel.startsWith("Soort") ? regel.replace(/:.*$/, ":") : regel);
    expect(r.nietHerkend).toEqual([]);
  });

  it("an unknown kind is kept as a line; without a kind the beslispunten decide", () => {
    const r = importeerNota("Soort: anders\nAanleiding\nTekst.\nBeslispunten\n1. Instemmen met het voorstel.");
    expect(r.nietHerkend).toEqual([{ regel: 1, tekst: "Soort: anders" }]);
    expect(r.nota.soort).toBe("ter_beslissing");
    expect(importeerNota("Aanleiding\nTekst.").nota.soort).toBe("ter_informatie");
  });

  it("a title line that only names the document is its kind, not the onderwerp or a line to place", () => {
    const r = importeerNota("Beslisnota\nOnderwerp: De Kieswet\nAanleiding\nTekst.");
    expect(r.herkomst.soort).toBe("Beslisnota");
    expect(r.nota.onderwerp).toBe("De Kieswet");
    expect(r.nietHerkend).toEqual([]);
  });

  it("a nota ter informatie with beslispunten is flagged", () => {
    const r = importeerNota("Soort: ter informatie\nAanleiding\nTekst.\nKern\nKort.\nToelichting\nLang.\nBeslispunten\n1. Kennisnemen van de stand van zaken.");
    expect(r.nota.soort).toBe("ter_informatie");
    expect(r.waarschuwingen).toContain("De nota heet ter informatie maar heeft beslispunten; controleer de soort.");
  });
});

describe("deadline, MR and Kamerbrief", () => {
  it("Uiterste beslisdatum with its reason in parentheses", () => {
    const r = importeerNota("Uiterste beslisdatum: 27 juni 2025 (MR 30 juni)\nAanleiding\nTekst.");
    expect(r.nota.uitersteBeslisdatum).toBe("2025-06-27");
    expect(r.nota.deadlineReden).toBe("MR 30 juni");
    expect(r.kop.beslisdatum).toBe("27 juni 2025 (MR 30 juni)");
    expect(r.herkomst.uitersteBeslisdatum).toBe("Uiterste beslisdatum:");
    expect(r.nietHerkend).toEqual([]);
  });

  it("a deadline with the ministerraad after the date", () => {
    const r = importeerNota("Deadline: 20 juni 2025, ministerraad van 27 juni\nAanleiding\nTekst.");
    expect(r.nota.uitersteBeslisdatum).toBe("2025-06-20");
    expect(r.nota.deadlineReden).toBe("ministerraad van 27 juni");
  });

  it("a deadline without a date is kept as a line, 'geen' is not", () => {
    const r = importeerNota("Uiterlijk: zo snel mogelijk\nBeslisdatum: geen\nAanleiding\nTekst.");
    expect(r.nota.uitersteBeslisdatum).toBeUndefined();
    expect(r.nota.deadlineReden).toBeUndefined();
    expect(r.kop.beslisdatum).toBe("geen");
    expect(r.nietHerkend).toEqual([{ regel: 1, tekst: "Uiterlijk: zo snel mogelijk" }]);
  });

  it("a date without a reason leaves the reason to the MR mention in the aanleiding", () => {
    const r = importeerNota("Uiterste beslisdatum: 2025-06-20\nAanleiding\nDe ministerraad bespreekt dit op 27 juni.");
    expect(r.nota.uitersteBeslisdatum).toBe("2025-06-20");
    expect(r.nota.mrBehandeling).toBe(true);
    expect(r.nota.deadlineReden).toBe("MR 27 juni");
    expect(r.waarschuwingen).toContain("De tekst noemt de ministerraad: MR-behandeling is aangezet.");
  });

  it("the MR date before the mention of the MR, and a month in capitals", () => {
    const r = importeerNota("Aanleiding\nOp 4 JULI neemt de MR een besluit.");
    expect(r.nota.deadlineReden).toBe("MR 4 juli");
  });

  it("an MR mention without a date gives no reason; MR: nee wins over the text", () => {
    expect(importeerNota("Aanleiding\nDe MR moet dit nog zien.").nota).toMatchObject({ mrBehandeling: true });
    expect(importeerNota("Aanleiding\nDe MR moet dit nog zien.").nota.deadlineReden).toBeUndefined();
    const r = importeerNota("Ministerraad: nee\nAanleiding\nDe ministerraad bespreekt dit op 27 juni.");
    expect(r.nota.mrBehandeling).toBe(false);
    expect(r.nota.deadlineReden).toBeUndefined();
    expect(r.waarschuwingen).not.toContain("De tekst noemt de ministerraad: MR-behandeling is aangezet.");
  });

  it.each([
    ["ja", true],
    ["Ja, op 27 juni", true],
    ["yes", true],
    ["J", true],
    ["nee", false],
    ["Neen", false],
    ["no", false],
    ["N", false],
  ])("MR: %s → %s", (waarde, ja) => {
    const r = importeerNota(`MR: ${waarde}\nAanleiding\nTekst over de ministerraad.`);
    expect(r.nota.mrBehandeling).toBe(ja);
    expect(r.nietHerkend).toEqual([]);
  });

  it("a flag that is neither yes nor no is kept as a line", () => {
    const r = importeerNota("MR: misschien\nKamerbrief: jawel\nAanleiding\nTekst.");
    expect(r.nota).toMatchObject({ mrBehandeling: false, kamerbrief: false });
    expect(r.nietHerkend).toEqual([
      { regel: 1, tekst: "MR: misschien" },
      { regel: 2, tekst: "Kamerbrief: jawel" },
    ]);
  });

  it("Kamerbrief: nee wins over a Kamer mentioned in the text; without the field the text decides", () => {
    expect(importeerNota("Kamerbrief: nee\nAanleiding\nDe Tweede Kamer vroeg erom.").nota.kamerbrief).toBe(false);
    const r = importeerNota("Aanleiding\nDe Eerste Kamer vroeg erom.");
    expect(r.nota.kamerbrief).toBe(true);
    expect(r.waarschuwingen).toContain("De tekst noemt een brief aan de Kamer: Kamerbrief is aangezet.");
    expect(importeerNota("Aanleiding\nDe kamer van koophandel vroeg erom.").nota.kamerbrief).toBe(false);
  });

  it("a bijlage named Kamerbrief or TK-brief means a Kamerbrief", () => {
    expect(importeerNota("Aanleiding\nTekst.\nBijlagen\n1. TK-brief over de wet (openbaar)").nota.kamerbrief).toBe(true);
    expect(importeerNota("Aanleiding\nTekst.\nBijlagen\n1. Brief aan de Eerste Kamer (openbaar)").nota.kamerbrief).toBe(true);
    expect(importeerNota("Aanleiding\nTekst.\nBijlagen\n1. Notitie over de wet (openbaar)").nota.kamerbrief).toBe(false);
  });

  it("Rubricering: ongerubriceerd, geen or nvt is no rubricering", () => {
    for (const w of ["Ongerubriceerd", "geen", "NVT"]) expect(importeerNota(`Rubricering: ${w}\nAanleiding\nTekst.`).nota.rubricering).toBeUndefined();
    expect(importeerNota("Classificatie: Staatsgeheim\nAanleiding\nTekst.").nota.rubricering).toBe("Staatsgeheim");
  });
});

describe("the onderwerp", () => {
  it("a document title gives way to the Onderwerp field and is kept as a line to place", () => {
    const r = importeerNota("# Voorstel tot wijziging\nOnderwerp: Voorstel tot wijziging van de Kieswet\n## Aanleiding\nTekst.");
    expect(r.nota.onderwerp).toBe("Voorstel tot wijziging van de Kieswet");
    expect(r.herkomst.onderwerp).toBe("Onderwerp:");
    expect(r.nietHerkend).toEqual([{ regel: 1, tekst: "Voorstel tot wijziging" }]);
  });

  it("a title that repeats the onderwerp is the document's kind, not a line to place", () => {
    const r = importeerNota("# Beslisnota: De Kieswet\nOnderwerp: De Kieswet\n## Aanleiding\nTekst.");
    expect(r.nota.onderwerp).toBe("De Kieswet");
    expect(r.herkomst).toMatchObject({ onderwerp: "Onderwerp:", soort: "Beslisnota: De Kieswet" });
    expect(r.nietHerkend).toEqual([]);
  });

  it("the title alone is the onderwerp; a second title is a line to place", () => {
    const r = importeerNota("# De Kieswet\n# Tweede titel\n## Aanleiding\nTekst.");
    expect(r.nota.onderwerp).toBe("De Kieswet");
    expect(r.herkomst.onderwerp).toBe("titel van het document");
    expect(r.nietHerkend).toEqual([{ regel: 2, tekst: "Tweede titel" }]);
  });

  it("without an onderwerp the first sub-heading of the Toelichting is proposed, and otherwise the user is asked", () => {
    const r = importeerNota("Aanleiding\nTekst.\nToelichting\nHet wetsvoorstel\n\nDe tekst ervan.");
    expect(r.nota.onderwerp).toBe("Het wetsvoorstel");
    expect(r.herkomst.onderwerp).toBe("eerste tussenkop van de Toelichting");
    expect(r.waarschuwingen).toContain("Er staat geen onderwerp in de tekst; controleer het voorgestelde onderwerp.");
    const zonder = importeerNota("Aanleiding\nTekst.");
    expect(zonder.nota.onderwerp).toBe("");
    expect(zonder.herkomst.onderwerp).toBeUndefined();
    expect(zonder.waarschuwingen).toContain("Er staat geen onderwerp in de tekst; vul het onderwerp in.");
  });
});

describe("headings by style (from a .docx)", () => {
  it("'## Aanleiding en achtergrond' heads the Aanleiding; an unknown ## heading inside a section is a sub-heading; a repeated one is left out as a repeated heading (fixed: it was lost)", () => {
    const r = importeerNota("## Aanleiding en achtergrond\nTekst.\n## Detail\nMeer.\n## Aanleiding\n## Kern\nKort.\n## Kern\n## Aanleiding\nSlot.");
    expect(r.nota.aanleiding).toBe("Tekst.\n\n### Detail\n\nMeer.");
    expect(r.nota.kern).toBe("Kort.\n\n### Aanleiding\n\nSlot.");
    expect(r.herkomst).toEqual({ aanleiding: "Aanleiding en achtergrond", kern: "Kern" });
    expect(r.weggelaten).toEqual([
      { regel: 5, tekst: "Aanleiding", reden: "herhaalde kop" },
      { regel: 8, tekst: "Kern", reden: "herhaalde kop" },
    ]);
    expect(r.waarschuwingen).toEqual([...NIET_GEVONDEN("Toelichting", "Geadviseerd besluit"), "Er staat geen onderwerp in de tekst; vul het onderwerp in."]);
  });

  it("a banner as a ## heading is the kind of nota, inside a section too", () => {
    const r = importeerNota("## Nota ter informatie\n## Aanleiding\nTekst.\n## Beslisnota ter beslissing\nMeer.");
    expect(r.nota.soort).toBe("ter_beslissing");
    expect(r.herkomst.soort).toBe("Beslisnota ter beslissing");
    expect(r.nota.aanleiding).toBe("Tekst. Meer.");
  });

  it("a ## heading that starts with a section's name ('## Kern van de zaak') heads that section", () => {
    const r = importeerNota("## Kern van de zaak\nKort.\n## Bijlage\n1. Brief (openbaar)");
    expect(r.herkomst).toEqual({ kern: "Kern van de zaak", bijlagen: "Bijlage" });
    expect(r.nota.kern).toBe("Kort.");
  });
});
