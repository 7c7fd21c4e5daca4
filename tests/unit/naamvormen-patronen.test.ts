// The patterns of one official's name, each on its own (lib/domain/naamvormen.ts): which forms a
// person gets, and what each form takes and leaves. Expected matches written out by hand.
import { describe, expect, it } from "vitest";
import { INSTITUTIONELE_WOORDEN, TUSSENVOEGSELS, behoudenPatronen, naamDelen, naamPatronen, type NaamPatroon } from "@/lib/domain/naamvormen";

const vorm = (naam: string, initialen: string | null, v: NaamPatroon["vorm"]) => {
  const p = naamPatronen({ naam, initialen }).find((x) => x.vorm === v);
  if (!p) throw new Error(`no ${v} for ${naam}`);
  return (tekst: string) => [...tekst.matchAll(p.re)].map((m) => m[0]);
};

describe("splitting a name, the edges", () => {
  it.each([
    ["Madonna", null, null],
    ["  ", null, null],
    ["  Sanne   de  Vries ", null, { voornamen: "Sanne", tussenvoegsel: "de", achternaam: "Vries", initialen: ["S"] }],
    ["Anne-Marie Jansen", null, { voornamen: "Anne-Marie", tussenvoegsel: "", achternaam: "Jansen", initialen: ["A", "M"] }],
    ["Pieter Jansen", "p.j", { voornamen: "Pieter", tussenvoegsel: "", achternaam: "Jansen", initialen: ["p", "j"] }],
    ["Pieter Jansen", "", { voornamen: "Pieter", tussenvoegsel: "", achternaam: "Jansen", initialen: ["P"] }],
    ["Jan de", null, { voornamen: "Jan", tussenvoegsel: "", achternaam: "de", initialen: ["J"] }],
    ["Jan Van Der Velde", null, { voornamen: "Jan", tussenvoegsel: "Van Der", achternaam: "Velde", initialen: ["J"] }],
    ["Ahmed el Amrani-Bakker", "A.", { voornamen: "Ahmed", tussenvoegsel: "el", achternaam: "Amrani-Bakker", initialen: ["A"] }],
  ])("%j (initialen %j)", (naam, initialen, verwacht) => {
    expect(naamDelen({ naam, initialen })).toEqual(verwacht);
  });
});

describe("the forms of a person", () => {
  it("are, most specific first, full name, initials, title, reversed and surname", () => {
    expect(naamPatronen({ naam: "Sanne de Vries", initialen: "S." }).map((p) => p.vorm)).toEqual(["volledig", "initialen", "titel", "achternaam_voornaam", "achternaam"]);
  });
  it("is only the full name for a name of one word, and none for less", () => {
    expect(naamPatronen({ naam: "Madonna" }).map((p) => p.vorm)).toEqual(["volledig"]);
    expect(naamPatronen({ naam: " X " })).toEqual([]);
  });
});

describe("each form on its own", () => {
  it("the full name, in any case, with a genitive (Vriess too), not inside a word", () => {
    const f = vorm("Sanne de Vries", "S.", "volledig");
    expect(f("Sanne de Vries, SANNE DE VRIES, sanne\nde vries, Sanne de Vriess, Sanne de Vries's, XSanne de Vries")).toEqual(["Sanne de Vries", "SANNE DE VRIES", "sanne\nde vries", "Sanne de Vriess", "Sanne de Vries's"]);
  });
  it("initials and surname, with or without spaces between the initials", () => {
    const f = vorm("Pieter Jansen", "P.J.", "initialen");
    expect(f("P.J. Jansen, P. J. Jansen, p.j.jansen, P. Jansen, J.P. Jansen, P.J. Jansens")).toEqual(["P.J. Jansen", "P. J. Jansen", "p.j.jansen", "P.J. Jansens"]);
  });
  it("a title, the first name or initials, and the surname", () => {
    const f = vorm("Sanne de Vries", "S.", "titel");
    expect(f("mw. de Vries, Mevrouw Sanne de Vries, drs. S. de Vries, prof. dr. De Vries, de heer de Vries, heer De Vries, mw. X.Y. de Vries, mw de Vries, mevrouw Vries")).toEqual([
      "mw. de Vries",
      "Mevrouw Sanne de Vries",
      "drs. S. de Vries",
      "prof. dr. De Vries",
      "de heer de Vries",
      "heer De Vries",
      "mw. X.Y. de Vries",
      "mw de Vries",
    ]);
  });
  it("surname, first name or initials; the prefix before the surname or after the first name", () => {
    const f = vorm("Sanne de Vries", "S.", "achternaam_voornaam");
    expect(f("De Vries, Sanne; Vries, Sanne de; de Vries, S.; Vries, S. de; Vries,Sanne; De Vries, Anna")).toEqual(["De Vries, Sanne", "Vries, Sanne de", "de Vries, S.", "Vries, S. de", "Vries,Sanne"]);
  });
  it("reversed without a prefix", () => {
    const f = vorm("Pieter Jansen", "P.J.", "achternaam_voornaam");
    expect(f("Jansen, Pieter; Jansen, P.J.; Jansen, P.; Jansen, Piet")).toEqual(["Jansen, Pieter", "Jansen, P.J.", "Jansen, P."]);
  });
  it("the surname alone as a name is written, with initials before it, not in a compound or after a hyphen", () => {
    const f = vorm("Pieter Jansen", "P.J.", "achternaam");
    expect(f("Jansen, JANSEN, jansen, Jansens, K. Jansen, Jansen-norm, motie-Jansen, Jansenweg, Jansen-Bakker")).toEqual(["Jansen", "JANSEN", "Jansens", "K. Jansen", "Jansen"]);
  });
  it("a surname stored in lower case is taken as stored, with a capital and in capitals", () => {
    const f = vorm("Ellen de jong", null, "achternaam");
    expect(f("met Jong, jong en JONG")).toEqual(["Jong", "jong", "JONG"]);
  });
  it("the prefix of the surname in either capitalisation", () => {
    const f = vorm("Jan van der Velde", "J.", "achternaam");
    expect(f("Van der Velde, van der Velde, VAN DER Velde, Velde")).toEqual(["Van der Velde", "van der Velde", "VAN DER Velde", "Velde"]);
  });
});

describe("a surname that is also an institution's word", () => {
  // Built per call, not in the describe body (static code goes unscored by Stryker).
  const f = (tekst: string) => vorm("Karel Kamer", "K.", "achternaam")(tekst);
  it.each([
    ["after a word that makes it a person", "Overleg met Kamer gehad.", ["Kamer"]],
    ["with a colon after such a word", "cc: Kamer", ["Kamer"]],
    ["before a directorate in brackets", "Akkoord van Kamer (DWJZ).", ["Kamer"]],
    ["before a verb", "Gisteren Kamer heeft het gezegd.", ["Kamer"]],
    ["first in a list", "Aanwezig waren Kamer, Jansen en anderen.", ["Kamer"]],
    ["last in a list", "Aanwezig waren Jansen en Kamer.", ["Kamer"]],
    ["inside a sentence after a lower-case word", "gemeenten Kamer beleid", ["Kamer"]],
    ["after an article", "de Kamer besluit", []],
    ["before another capitalised word", "Aldus Kamer Zaken.", []],
    ["as an institution", "De Tweede Kamer stemt.", []],
    ["before a verb inside a longer word", "Kamer hebben gestemd.", []],
  ])("%s", (_soort, tekst, verwacht) => {
    expect(f(tekst)).toEqual(verwacht);
  });
  it("with a prefix written with a capital it is a person", () => {
    const g = vorm("Willem de Koning", "W.", "achternaam");
    expect(g("De Koning schreef.")).toEqual(["De Koning"]);
    expect(g("De Koning opende de vergadering.")).toEqual(["De Koning"]);
    expect(g("de Koning opende de vergadering.")).toEqual([]);
    // Regression: inside a sentence the article was taken for the official's prefix.
    expect(g("Zo schreef de Koning.")).toEqual([]);
    expect(g("Toen opende de Koning de vergadering.")).toEqual([]);
  });
  it("knows the words", () => {
    expect(INSTITUTIONELE_WOORDEN.has("kamer")).toBe(true);
    expect(INSTITUTIONELE_WOORDEN.has("jansen")).toBe(false);
    expect(TUSSENVOEGSELS.has("van")).toBe(true);
    expect(TUSSENVOEGSELS.has("vries")).toBe(false);
  });
});

describe("a name that stays", () => {
  it("by full name and by office and surname", () => {
    const [volledig, ambt] = behoudenPatronen("Marieke van den Berg");
    const treft = (re: RegExp, tekst: string) => [...tekst.matchAll(re)].map((m) => m[0]);
    expect(treft(volledig!, "Marieke van den Berg, MARIEKE VAN DEN BERG's, Mariekevan den Berg")).toEqual(["Marieke van den Berg", "MARIEKE VAN DEN BERG's"]);
    expect(treft(ambt!, "minister Van den Berg, Minister-president van den Berg, staatssecretaris Van den Berg’s, premier van den Berg, bewindsvrouw van den Berg, bewindsman van den Berg, bewindspersoon van den Berg, ministerie van den Berg, minister Berg")).toEqual([
      "minister Van den Berg",
      "Minister-president van den Berg",
      "staatssecretaris Van den Berg’s",
      "premier van den Berg",
      "bewindsvrouw van den Berg",
      "bewindsman van den Berg",
      "bewindspersoon van den Berg",
    ]);
  });
  it("by full name alone for a name of one word; the office form without a prefix", () => {
    expect(behoudenPatronen("Madonna").map((r) => r.source)).toHaveLength(1);
    const [, ambt] = behoudenPatronen("Pieter Jansen");
    expect([..."minister Jansen en minister Pieter".matchAll(ambt!)].map((m) => m[0])).toEqual(["minister Jansen"]);
  });
});
