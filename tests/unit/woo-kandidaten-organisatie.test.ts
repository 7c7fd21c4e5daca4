// The organisation's own unit names are public and never a candidate for someone's personal data,
// even where they read like a first and last name ("… Democratische Rechtsstaat"). Found by the
// benchmark: its nota "Van" a directie named like that could not get a public version (409). The
// expected candidates are written out by hand.
import { describe, expect, it } from "vitest";
import { documentKandidaten, kandidatenInTekst, zonderOrganisatienamen } from "@/lib/domain/woo-kandidaten";
import { notaDocument, type NotaBron } from "@/lib/domain/nota-document";

const DG = "DG Openbaar Bestuur en Democratische Rechtsstaat";
const DIRECTIE = "Directie Financiële Verhoudingen";
const gevonden = (tekst: string) => kandidatenInTekst(tekst).map((k) => k.tekst);

describe("a unit's name reads like a person's name", () => {
  it("without the organisation's names, the detector flags part of it", () => {
    // The premise of this file: if the detector stops flagging these, the tests below prove nothing.
    expect(gevonden(DG)).toEqual(["Democratische Rechtsstaat"]);
  });
});

describe("zonderOrganisatienamen", () => {
  const zonder = zonderOrganisatienamen([DIRECTIE, DG, "  ", "Directie"]);
  it.each([
    ["the name alone", DG, " \u0000 "],
    ["inside a sentence", `Afgestemd met ${DG} en het Rijk.`, "Afgestemd met  \u0000  en het Rijk."],
    ["in other case, with a line break in it", "de dg openbaar bestuur en\ndemocratische rechtsstaat", "de  \u0000 "],
    ["the longest name wins over a shorter one in it", `${DIRECTIE} 3`, " \u0000  3"],
    ["not inside a longer word", "Directies en Directiestaf", "Directies en Directiestaf"],
    ["the empty name is ignored", "Een tekst zonder namen.", "Een tekst zonder namen."],
  ])("%s", (_, tekst, verwacht) => {
    expect(zonder(tekst)).toBe(verwacht);
  });

  it("a name with characters that mean something in a pattern is taken literally", () => {
    const z = zonderOrganisatienamen(["Directie A+B (Bestuur)"]);
    expect(z("Van Directie A+B (Bestuur) ontvangen")).toBe("Van  \u0000  ontvangen");
    expect(z("Van Directie AAB Bestuur ontvangen")).toBe("Van Directie AAB Bestuur ontvangen");
  });

  it("no names: the text unchanged", () => {
    expect(zonderOrganisatienamen([])(DG)).toBe(DG);
  });

  it("a person named in the same sentence is still found", () => {
    expect(gevonden(zonder(`${DG}, contact via mevrouw Pietersen.`))).toEqual(["mevrouw Pietersen"]);
  });
});

const BRON: NotaBron = {
  kenmerk: "BZK-2026-000099",
  onderwerp: "Voortgang gemeentefonds",
  soort: "ter_beslissing",
  datum: "2026-06-10",
  aan: { naam: "Marieke van den Berg", ambtstitel: "Minister van Binnenlandse Zaken en Koninkrijksrelaties" },
  van: DG,
  contactpersoon: null,
  uitersteBeslisdatum: null,
  deadlineReden: null,
  rubricering: null,
  mrBehandeling: false,
  kamerbrief: false,
  aanleiding: `De ${DIRECTIE} vroeg om advies.`,
  kern: "De kern.",
  toelichting: "Gesproken met Karin Pietersen.",
  politiekeContext: null,
  nietOpenbaar: "",
  motivering: "Geen.",
  beslispunten: [{ volgnummer: 1, tekst: "Instemmen.", oordeel: null, wijziging: null }],
  paraafronde: null,
  annotaties: [],
  bijlagen: [],
};

describe("documentKandidaten with the organisation's names", () => {
  const doc = notaDocument(BRON);
  it("without them: the unit names are candidates, in Van and in the text", () => {
    expect(documentKandidaten(doc, [], ["Marieke van den Berg"]).map((k) => [k.waar, k.tekst])).toEqual([
      ["Van", "Democratische Rechtsstaat"],
      ["Aanleiding", "Financiële Verhoudingen"],
      ["Toelichting", "Karin Pietersen"],
    ]);
  });
  it("with them: only the person is left", () => {
    expect(documentKandidaten(doc, [], ["Marieke van den Berg"], [DG, DIRECTIE]).map((k) => [k.waar, k.tekst])).toEqual([["Toelichting", "Karin Pietersen"]]);
  });
});
