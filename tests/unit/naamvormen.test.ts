// Every form of an official's name (issue 16, point 1): positive and negative, one table per form.
// The expected lines are written out by hand.
import { describe, expect, it } from "vitest";
import type { Inline } from "@/lib/domain/tekst";
import { maakWeglakker, type WeglakOpties } from "@/lib/domain/openbare-versie";
import { naamDelen } from "@/lib/domain/naamvormen";
import { inlinePlainText } from "@/lib/domain/nota-document";

const OPTIES: WeglakOpties = {
  ambtenaren: [
    { naam: "Sanne de Vries", initialen: "S." },
    { naam: "Pieter Jansen", initialen: "P.J." },
    { naam: "Hendrik Bakker", initialen: "H." },
    { naam: "Anne-Marie van der Laan", initialen: "A.M." },
    { naam: "Fatima el Amrani" },
    { naam: "Jan van den Berg", initialen: "J." },
    { naam: "Karel Kamer", initialen: "K." },
  ],
  behouden: ["Marieke van den Berg"],
};
const t = (tekst: string): Inline[] => [{ type: "tekst", tekst }];
const openbaar = (tekst: string) => inlinePlainText(maakWeglakker(OPTIES).inlines(t(tekst)), { openbaar: true });

describe("splitting a name", () => {
  it.each([
    ["Sanne de Vries", null, { voornamen: "Sanne", tussenvoegsel: "de", achternaam: "Vries", initialen: ["S"] }],
    ["Anne-Marie van der Laan", "A.M.", { voornamen: "Anne-Marie", tussenvoegsel: "van der", achternaam: "Laan", initialen: ["A", "M"] }],
    ["Jan Peter Balkenende", null, { voornamen: "Jan Peter", tussenvoegsel: "", achternaam: "Balkenende", initialen: ["J", "P"] }],
    ["Fatima el Amrani", null, { voornamen: "Fatima", tussenvoegsel: "el", achternaam: "Amrani", initialen: ["F"] }],
    ["Els van der Laan-de Wit", null, { voornamen: "Els", tussenvoegsel: "van der", achternaam: "Laan-de Wit", initialen: ["E"] }],
  ])("%s", (naam, initialen, verwacht) => {
    expect(naamDelen({ naam, initialen })).toEqual(verwacht);
  });
});

const VORMEN: [string, [string, string][]][] = [
  [
    "full name",
    [
      ["Overleg met Sanne de Vries.", "Overleg met [5.1.2e]."],
      ["SANNE DE VRIES belt.", "[5.1.2e] belt."],
      ["Met Anne-Marie van der Laan besproken.", "Met [5.1.2e] besproken."],
    ],
  ],
  [
    "initials + surname",
    [
      ["Volgens S. de Vries klopt het.", "Volgens [5.1.2e] klopt het."],
      ["Volgens P.J. Jansen en P. J. Jansen.", "Volgens [5.1.2e] en [5.1.2e]."],
      ["Door A.M. van der Laan.", "Door [5.1.2e]."],
    ],
  ],
  [
    "title + surname",
    [
      ["Gesproken met mw. De Vries.", "Gesproken met [5.1.2e]."],
      ["Gesproken met mevr. de Vries.", "Gesproken met [5.1.2e]."],
      ["Gesproken met mevrouw Van der Laan.", "Gesproken met [5.1.2e]."],
      ["Gesproken met dhr. Jansen.", "Gesproken met [5.1.2e]."],
      ["De heer Jansen stemt in.", "[5.1.2e] stemt in."],
      ["Advies van drs. S. de Vries.", "Advies van [5.1.2e]."],
      ["Advies van mr. Bakker.", "Advies van [5.1.2e]."],
      ["Advies van ir. Jansen en dr. El Amrani.", "Advies van [5.1.2e] en [5.1.2e]."],
      ["Advies van prof. dr. Jansen.", "Advies van [5.1.2e]."],
      ["Mevrouw Anne-Marie van der Laan belt.", "[5.1.2e] belt."],
    ],
  ],
  [
    "surname alone, as a person",
    [
      ["Afgestemd met Jansen.", "Afgestemd met [5.1.2e]."],
      ["Jansen (DWJZ) is akkoord.", "[5.1.2e] (DWJZ) is akkoord."],
      ["Jansen heeft gebeld.", "[5.1.2e] heeft gebeld."],
      ["Aanwezig: Jansen, De Vries en Bakker.", "Aanwezig: [5.1.2e], [5.1.2e] en [5.1.2e]."],
      ["Met de Vries besproken.", "Met [5.1.2e] besproken."],
      ["Afgestemd met J.K. Jansen (DWJZ).", "Afgestemd met [5.1.2e] (DWJZ)."],
      ["Met El Amrani besproken.", "Met [5.1.2e] besproken."],
      ["Volgens Kamer (DWJZ) kan het.", "Volgens [5.1.2e] (DWJZ) kan het."],
      ["Overleg met Kamer over de brief.", "Overleg met [5.1.2e] over de brief."],
      ["Aanwezig: Jansen, Kamer en Bakker.", "Aanwezig: [5.1.2e], [5.1.2e] en [5.1.2e]."],
      ["Het voorstel Kamer is goed.", "Het voorstel [5.1.2e] is goed."],
    ],
  ],
  [
    '"Achternaam, Voornaam" and "Achternaam, V."',
    [
      ["Contact: Jansen, Pieter.", "Contact: [5.1.2e]."],
      ["Contact: Jansen, P.J.", "Contact: [5.1.2e]"],
      ["Contact: De Vries, Sanne.", "Contact: [5.1.2e]."],
      ["Contact: Vries, Sanne de.", "Contact: [5.1.2e]."],
      ["Contact: Laan, A.M. van der", "Contact: [5.1.2e]"],
    ],
  ],
  [
    "the prefix in both capitalisations",
    [
      ["Van der Laan stuurde het.", "[5.1.2e] stuurde het."],
      ["Bij van der Laan ligt het.", "Bij [5.1.2e] ligt het."],
    ],
  ],
  [
    "genitive",
    [
      ["Jansens advies.", "[5.1.2e] advies."],
      ["Jansen's advies.", "[5.1.2e] advies."],
      ["Jansen’s advies.", "[5.1.2e] advies."],
      ["Pieter Jansens advies.", "[5.1.2e] advies."],
      ["De Vries’ advies.", "[5.1.2e]’ advies."],
    ],
  ],
  [
    "capitals",
    [
      ["JANSEN heeft gebeld.", "[5.1.2e] heeft gebeld."],
      ["MEVROUW DE VRIES belt.", "[5.1.2e] belt."],
    ],
  ],
  [
    "split over a line break",
    [
      ["Overleg met Sanne\nde Vries.", "Overleg met [5.1.2e]."],
      ["Overleg met mevrouw\nDe Vries.", "Overleg met [5.1.2e]."],
      ["Volgens P.J.\nJansen.", "Volgens [5.1.2e]."],
    ],
  ],
];

describe.each(VORMEN)("withholds an official's name: %s", (_vorm, rijen) => {
  it.each(rijen)("%s", (invoer, verwacht) => {
    expect(openbaar(invoer)).toBe(verwacht);
  });
});

const BLIJFT: [string, string][] = [
  ["a law named after a person", "De Bakker-regeling blijft gelden."],
  ["a law named after a person, lower case", "De bakker-regeling blijft gelden."],
  ["a motion named after a Kamerlid", "De motie-Jansen is aangenomen."],
  ["the surname as an ordinary word", "De bakker en de visser leveren brood en vis."],
  ["the surname in lower case", "Hij werkt als jansen nergens."],
  ["an institution sharing a surname", "De Tweede Kamer en de Eerste Kamer stemmen."],
  ["an institution after a list of institutions", "De Raad van State en de Kamer stemmen."],
  ["an institution after an article", "Het besluit van de Kamer en een Kamer die stemt."],
  ["a first name alone", "Sanne heeft gebeld."],
  ["the minister by name", "Marieke van den Berg besluit."],
  ["the minister by office and surname", "Minister Van den Berg besluit; de minister van den Berg tekent."],
  ["the minister's name in capitals", "MARIEKE VAN DEN BERG besluit."],
  ["a surname inside a longer word", "De Jansenweg en Vriesland liggen ver weg."],
];

describe("keeps what is not an official's name", () => {
  it.each(BLIJFT)("%s", (_soort, invoer) => {
    expect(openbaar(invoer)).toBe(invoer);
  });

  it("withholds an official who shares the minister's surname, where nothing marks the minister", () => {
    expect(openbaar("Jan van den Berg en minister Van den Berg.")).toBe("[5.1.2e] en minister Van den Berg.");
    expect(openbaar("Afgestemd met J. van den Berg.")).toBe("Afgestemd met [5.1.2e].");
  });
});
