// The organisation's own unit names are public and never a candidate for someone's personal data,
// even where part of one reads like a first and last name ("… Democratische Rechtsstaat"); and a
// unit's name never hides a person around or inside it. Found by the
// benchmark: its nota "Van" a directie named like that could not get a public version (409). The
// expected candidates are written out by hand.
import { beforeEach, describe, expect, it } from "vitest";
import { binnenOrganisatienaam, documentKandidaten, kandidatenInTekst } from "@/lib/domain/woo-kandidaten";
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

describe("binnenOrganisatienaam", () => {
  // Built per call, not in the describe body (static code goes unscored by Stryker).
  const binnen = (tekst: string, begin: number, eind: number) => binnenOrganisatienaam([DIRECTIE, DG, "  ", "Directie"])(tekst, begin, eind);
  /** The candidates of a text that survive the organisation's names. */
  const over = (tekst: string, namen: readonly string[] = [DIRECTIE, DG]) => {
    const b = binnenOrganisatienaam(namen);
    return kandidatenInTekst(tekst).filter((k) => !b(tekst, k.begin, k.eind)).map((k) => k.tekst);
  };
  it.each([
    ["the part inside the DG's name", DG, 23, 48, true],
    ["the whole name", DG, 0, 48, true],
    ["reaching one letter beyond the name", `${DG}s`, 23, 49, false],
    ["the same words outside the name", "Democratische Rechtsstaat", 0, 25, false],
    ["a name with a line break in it", "DG Openbaar Bestuur en\nDemocratische Rechtsstaat", 23, 48, true],
    ["the name in other case is not the organisation's spelling", "DG openbaar bestuur en democratische rechtsstaat", 23, 48, false],
    ["inside a longer word", "DG Openbaar Bestuur en Democratische Rechtsstaatje", 23, 48, false],
  ])("%s", (_, tekst, begin, eind, verwacht) => {
    expect(binnen(tekst, begin, eind)).toBe(verwacht);
  });

  it("a person beside a unit's name is still found", () => {
    expect(over(`${DG}, contact via mevrouw Pietersen.`)).toEqual(["mevrouw Pietersen"]);
    expect(over(`Advies van ${DIRECTIE} 3 en van Karin Pietersen.`)).toEqual(["Karin Pietersen"]);
  });

  it.each([
    // A unit whose name is one word, or a person's surname, must not hide a person (review, 3 December).
    ["DR", "Volgens dr. Yıldız klopt dit.", ["dr. Yıldız"]],
    ["De", "Gesproken met Jan de Groot en J.P. de Vries.", ["Jan de Groot", "J.P. de Vries"]],
    ["Bos", "Gesproken met de heer Bos.", ["de heer Bos"]],
    ["Pietersen", "Gesproken met mevrouw Pietersen.", ["mevrouw Pietersen"]],
    ["De Groot", "Gesproken met Jan de Groot.", ["Jan de Groot"]],
    ["Afdeling Pietersen", "Gesproken met mevrouw Pietersen van de Afdeling Pietersen.", ["mevrouw Pietersen"]],
  ])("a unit named %j hides no one: %s", (naam, tekst, verwacht) => {
    expect(gevonden(tekst)).toEqual(verwacht); // the detector's own finding, before the names
    expect(over(tekst, [naam])).toEqual(verwacht);
  });

  it("names of one word, blank names and no names count for nothing", () => {
    expect(binnenOrganisatienaam([])(DG, 23, 48)).toBe(false);
    expect(binnenOrganisatienaam(["Rechtsstaat", " "])(DG, 37, 48)).toBe(false);
    expect(binnen("Directie", 0, 8)).toBe(false);
  });

  it("a name with characters that mean something in a pattern is taken literally", () => {
    const b = binnenOrganisatienaam(["Directie A+B (Bestuur) Karin Pietersen"]);
    expect(b("Van Directie A+B (Bestuur) Karin Pietersen ontvangen", 27, 42)).toBe(true);
    expect(b("Van Directie AAB Bestuur Karin Pietersen ontvangen", 25, 40)).toBe(false);
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
  let doc: ReturnType<typeof notaDocument>;
  beforeEach(() => {
    doc = notaDocument(BRON);
  });
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
