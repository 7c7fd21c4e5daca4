import { beforeEach, describe, expect, it } from "vitest";
import type { Inline } from "@/lib/domain/tekst";
import { parseText } from "@/lib/domain/tekst";
import {
  EMAIL_PATROON,
  TELEFOON_PATROON,
  kandidaten,
  lekkenIn,
  maakOpenbareVersie,
  maakWeglakker,
  openbareTekst,
  openbareTitel,
  openbareVersieHtml,
  type WeglakOpties,
} from "@/lib/domain/openbare-versie";
import { notaDocument, inlinePlainText, renderNotaHtml, type NotaBron } from "@/lib/domain/nota-document";

const SANNE = { naam: "Sanne de Vries", initialen: "S.", email: "sanne.devries@minbzk.nl", telefoon: "06-12345678" };
const PIETER = { naam: "Pieter Jansen", initialen: "P.J.", email: "p.jansen@minbzk.nl", telefoon: "070 426 1234" };
const MINISTER = "Marieke van den Berg";
const OPTIES: WeglakOpties = { ambtenaren: [SANNE, PIETER], behouden: [MINISTER] };

const t = (tekst: string): Inline[] => [{ type: "tekst", tekst }];
/** What a reader of the public version sees of one line. */
const openbaar = (tekst: string, opties: WeglakOpties = OPTIES) => inlinePlainText(maakWeglakker(opties).inlines(t(tekst)), { openbaar: true });

describe("Dutch phone numbers", () => {
  const re = () => new RegExp(TELEFOON_PATROON, "gu");
  it.each([
    ["06-12345678"],
    ["06 1234 5678"],
    ["0612345678"],
    ["070 426 1234"],
    ["070-4261234"],
    ["+31 6 12345678"],
    ["+31612345678"],
    ["0031 70 4261234"],
    ["(070) 4261234"],
    ["+31 (0)70 426 1234"],
    ["030 123 45 67"],
  ])("finds %s", (nummer) => {
    expect(`Bel ${nummer} vandaag.`.match(re())).toEqual([nummer]);
  });

  it.each([
    ["kenmerk", "BZK-2025-000001"],
    ["kenmerk (7 cijfers)", "BZK-2025-0001234"],
    ["datum", "01-07-2025"],
    ["TK-documentnummer", "2025D31349"],
    ["zaaknummer", "2025Z13826"],
    ["dossiernummer", "Kamerstukken II 2024/25, 29 362, nr. 385"],
    ["postbus", "Postbus 20011 2500 EA Den Haag"],
    ["bedrag", "€ 12.345.678"],
    ["te kort", "06-1234567"],
    ["te lang", "06-123456789"],
    ["geen 0 vooraan", "612345678"],
  ])("leaves a %s alone: %s", (_soort, tekst) => {
    expect(tekst.match(re())).toBeNull();
  });
});

describe("e-mail addresses", () => {
  it.each([["sanne.devries@minbzk.nl"], ["P.Jansen+woo@rijksoverheid.nl"], ["info@sub.domein.example.org"]])("finds %s", (adres) => {
    expect(`Mail ${adres}.`.match(new RegExp(EMAIL_PATROON, "gu"))).toEqual([adres]);
  });
});

describe("redacting one line", () => {
  it.each([
    ["full name", "Overleg met Sanne de Vries gehad.", "Overleg met [5.1.2e] gehad."],
    ["other case and spacing", "Overleg met SANNE  de   vries gehad.", "Overleg met [5.1.2e] gehad."],
    ["name over a line break", "Overleg met Sanne\nde Vries.", "Overleg met [5.1.2e]."],
    ["initials + surname", "Volgens S. de Vries en P.J. Jansen klopt het.", "Volgens [5.1.2e] en [5.1.2e] klopt het."],
    ["spaced initials", "Volgens P. J. Jansen klopt het.", "Volgens [5.1.2e] klopt het."],
    ["official's e-mail", "Mail SANNE.DEVRIES@MINBZK.NL of bel.", "Mail [5.1.2e] of bel."],
    ["any e-mail", "Vragen: woo@voorbeeld.nl.", "Vragen: [5.1.2e]."],
    ["official's phone in another form", "Bel +31 70 426 12 34.", "Bel [5.1.2e]."],
    ["any phone number", "Of bel (030) 1234567 of 06 9876 5432.", "Of bel [5.1.2e] of [5.1.2e]."],
    ["possessive", "Sanne de Vries’ advies", "[5.1.2e]’ advies"],
    ["phone number in brackets, keeping the brackets that are not its own", "Bel (070 426 1234) of (070) 4261234.", "Bel ([5.1.2e]) of [5.1.2e]."],
  ])("withholds the %s", (_soort, invoer, verwacht) => {
    expect(openbaar(invoer)).toBe(verwacht);
  });

  it.each([
    ["a name inside a longer word", "De Pieter Jansenweg ligt in Utrecht.", "De Pieter Jansenweg ligt in Utrecht."],
    ["a first name alone", "Sanne heeft gebeld.", "Sanne heeft gebeld."],
    ["the minister", "De minister, Marieke van den Berg, besluit.", "De minister, Marieke van den Berg, besluit."],
    ["the minister in capitals", "MARIEKE VAN DEN BERG besluit.", "MARIEKE VAN DEN BERG besluit."],
    ["a kenmerk", "Zie BZK-2025-000001 en 2025D31349.", "Zie BZK-2025-000001 en 2025D31349."],
  ])("keeps %s", (_soort, invoer, verwacht) => {
    expect(openbaar(invoer)).toBe(verwacht);
  });

  it("never redacts a bewindspersoon, even when listed as an official", () => {
    const opties = { ambtenaren: [...OPTIES.ambtenaren, { naam: MINISTER }], behouden: [MINISTER] };
    expect(openbaar("Besluit van Marieke van den Berg.", opties)).toBe("Besluit van Marieke van den Berg.");
  });

  it("keeps a kept name that contains an official's name", () => {
    const opties = { ambtenaren: [{ naam: "Jan de Vries" }], behouden: ["Jan de Vries-Bakker"] };
    expect(openbaar("Minister Jan de Vries-Bakker en Jan de Vries.", opties)).toBe("Minister Jan de Vries-Bakker en [5.1.2e].");
  });

  it("finds a name that markup splits, and drops only that run's markup", () => {
    const blokken = parseText("Met **Sanne** de Vries besproken, *zie* bijlage.").blokken;
    const [blok] = maakWeglakker(OPTIES).blokken(blokken);
    expect(blok?.type === "alinea" && inlinePlainText(blok.inhoud, { openbaar: true })).toBe("Met [5.1.2e] besproken, zie bijlage.");
  });

  it("keeps markup where nothing is split", () => {
    const blokken = parseText("Met Sanne de Vries **besproken**.").blokken;
    const [blok] = maakWeglakker(OPTIES).blokken(blokken);
    expect(blok?.type === "alinea" && blok.inhoud.some((i) => i.type === "vet")).toBe(true);
  });

  it("leaves the content of a withheld passage alone (it goes as a whole)", () => {
    const blokken = parseText("Open. {{5.1.2i: Sanne de Vries adviseert anders.}} Einde.").blokken;
    const [blok] = maakWeglakker(OPTIES).blokken(blokken);
    expect(blok?.type === "alinea" && inlinePlainText(blok.inhoud, { openbaar: true })).toBe("Open. [5.1.2i] Einde.");
  });

  it.each([
    ["a phrase on its own ground", { tekst: "het dossier Noordzee", grond: "5.1.2a" as const }, "Over Het Dossier Noordzee praten.", "Over [5.1.2a] praten."],
    ["even a bewindspersoon's name", { tekst: "Marieke van den Berg", grond: "5.1.2i" as const }, "Marieke van den Berg zei dat.", "[5.1.2i] zei dat."],
    ["together with a name inside it", { tekst: "advies van Sanne de Vries", grond: "5.2" as const }, "Het advies van Sanne de Vries.", "Het [5.1.2e, 5.2]."],
    ["alone when 5.1.5 may not combine", { tekst: "advies van Sanne de Vries", grond: "5.1.5" as const }, "Het advies van Sanne de Vries.", "Het [5.1.5]."],
  ])("applies a manual redaction: %s", (_soort, weglakking, invoer, verwacht) => {
    expect(openbaar(invoer, { ...OPTIES, weglakkingen: [weglakking] })).toBe(verwacht);
  });

  it("reports identifiers left in a text", () => {
    const w = maakWeglakker(OPTIES);
    expect(w.resten("Sanne de Vries, 06 1234 5678, iemand@example.org en de minister Marieke van den Berg")).toEqual([
      "Sanne de Vries",
      "06 1234 5678",
      "iemand@example.org",
    ]);
    expect(w.resten("Niets persoonlijks hier, kenmerk BZK-2025-000001.")).toEqual([]);
  });
});

const BRON: NotaBron = {
  kenmerk: "BZK-2025-000042",
  onderwerp: "Reactie op het advies, opgesteld door Sanne de Vries",
  soort: "ter_beslissing",
  datum: "2025-06-10",
  aan: { naam: MINISTER, ambtstitel: "Minister van Binnenlandse Zaken en Koninkrijksrelaties" },
  van: "Directie Democratie en Bestuur",
  contactpersoon: { naam: "Sanne de Vries", telefoon: "06-12345678", email: "sanne.devries@minbzk.nl" },
  uitersteBeslisdatum: "2025-06-20",
  deadlineReden: "MR 30 juni",
  rubricering: null,
  mrBehandeling: true,
  kamerbrief: true,
  aanleiding: "Gesprek met Pieter Jansen (p.jansen@minbzk.nl, 070 426 1234) op 3 juni.",
  kern: "De kern. {{5.1.2i: De onderhandelingsruimte is 3 miljoen.}}",
  toelichting: "### Afstemming\n\n- Met S. de Vries besproken\n- Bel bij vragen +31 6 12345678",
  politiekeContext: null,
  nietOpenbaar: "De passage over de onderhandelingsruimte (5.1.2i).",
  motivering: "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd.",
  beslispunten: [
    { volgnummer: 1, tekst: "Kennisnemen van het advies van Pieter Jansen.", oordeel: "akkoord", wijziging: null },
    { volgnummer: 2, tekst: "Instemmen met verzending.", oordeel: "gewijzigd_akkoord", wijziging: "Na overleg met Sanne de Vries verzenden." },
  ],
  paraafronde: {
    nummer: 2,
    stappen: [
      { rol: "Afdelingshoofd", persoon: { naam: "Pieter Jansen", initialen: "P.J." }, namens: null, op: new Date("2025-06-11T09:05:00Z"), oordeel: "akkoord", opmerking: null },
      { rol: "DG", persoon: { naam: "Hendrik Bakker", initialen: "H." }, namens: { naam: "Fatima el Amrani" }, op: new Date("2025-06-12T13:20:00Z"), oordeel: "akkoord_met_opmerkingen", opmerking: "Let op, zie mail van Fatima el Amrani." },
    ],
  },
  annotaties: [
    { tekst: "Akkoord, met dank aan Sanne de Vries. — Marieke van den Berg", op: new Date("2025-06-18T15:30:00Z"), openbaar: true },
    { tekst: "Intern: eerst bellen met de premier.", op: new Date("2025-06-18T15:31:00Z"), openbaar: false },
  ],
  bijlagen: [
    { volgnummer: 1, naam: "Kabinetsreactie", informatie: "openbaar", gronden: [], vindplaats: null },
    { volgnummer: 2, naam: "Juridisch advies", informatie: "niet_openbaar", gronden: ["5.1.2i", "5.2"], vindplaats: null },
  ],
};

const AMBTENAREN = [SANNE, PIETER, { naam: "Hendrik Bakker", initialen: "H." }, { naam: "Fatima el Amrani", initialen: "F." }];

describe("the public version of a whole nota", () => {
  // Built before each test, not in the describe body or a beforeAll: Stryker counts code that runs
  // outside a test (collection, beforeAll) as "static" and leaves its mutants unscored.
  let doc: ReturnType<typeof notaDocument>;
  let versie: ReturnType<typeof maakOpenbareVersie>;
  let tekst: string;
  beforeEach(() => {
    doc = notaDocument(BRON);
    versie = maakOpenbareVersie(doc, { ambtenaren: AMBTENAREN, behouden: [MINISTER] });
    tekst = openbareTekst(versie.document);
  });

  it.each([["Sanne de Vries"], ["S. de Vries"], ["Pieter Jansen"], ["p.jansen@minbzk.nl"], ["sanne.devries@minbzk.nl"], ["070 426 1234"], ["06-12345678"], ["+31 6 12345678"], ["Hendrik Bakker"], ["Fatima el Amrani"]])(
    "contains no %s",
    (id) => {
      expect(tekst).not.toContain(id);
      expect(openbareVersieHtml(versie, { auteur: "Ministerie van BZK" })).not.toContain(id);
    },
  );

  it("withholds the typed references as a whole and keeps the roles", () => {
    const contact = versie.document.kopvelden.find((k) => k.label === "Contactpersoon");
    expect(inlinePlainText(contact!.waarde, { openbaar: true })).toBe("[5.1.2e]");
    const rijen = versie.document.paraafblok!.rijen;
    expect(rijen.map((r) => inlinePlainText(r.wie, { openbaar: true }))).toEqual(["[5.1.2e]", "[5.1.2e]"]);
    expect(rijen.map((r) => inlinePlainText(r.rol))).toEqual(["Afdelingshoofd", "DG"]);
    expect(inlinePlainText(rijen[1]!.opmerking, { openbaar: true })).toBe("Let op, zie mail van [5.1.2e].");
  });

  it("keeps the minister's name and the public annotation, and drops the internal one", () => {
    expect(tekst).toContain("Marieke van den Berg, Minister van Binnenlandse Zaken en Koninkrijksrelaties");
    expect(versie.document.annotaties.map((a) => inlinePlainText(a.tekst, { openbaar: true }))).toEqual(["Akkoord, met dank aan [5.1.2e]. — Marieke van den Berg"]);
    expect(tekst).not.toContain("premier");
    expect(versie.gemarkeerd.annotaties).toHaveLength(2);
  });

  it("replaces the marked passage by its ground and lists the grounds used in the legend, in the law's order", () => {
    expect(tekst).toContain("De kern. [5.1.2i]");
    expect(tekst).not.toContain("3 miljoen");
    expect(versie.legenda).toEqual([
      { code: "5.1.2e", omschrijving: "Eerbiediging van de persoonlijke levenssfeer" },
      { code: "5.1.2i", omschrijving: "Goed functioneren van de Staat" },
      { code: "5.2", omschrijving: "Persoonlijke beleidsopvattingen" },
    ]);
  });

  it("redacts the onderwerp too, so the title in the metadata is clean", () => {
    expect(openbareTitel(versie.document)).toBe("Reactie op het advies, opgesteld door [5.1.2e]");
  });

  it("finds no leaks in the public version, and finds them in the internal one", () => {
    expect(lekkenIn(versie.document, { ambtenaren: AMBTENAREN, behouden: [MINISTER] })).toEqual([]);
    expect(lekkenIn(doc, { ambtenaren: AMBTENAREN, behouden: [MINISTER] })).toEqual(expect.arrayContaining(["Sanne de Vries", "Pieter Jansen", "070 426 1234"]));
  });

  it("shows the reviewer what goes: marked in the original, replaced in the public HTML", () => {
    const origineel = renderNotaHtml(versie.gemarkeerd);
    expect(origineel).toContain('<mark class="br-niet-openbaar" data-gronden="5.1.2e">Pieter Jansen</mark>');
    const html = openbareVersieHtml(versie, { auteur: "Ministerie van BZK" });
    expect(html).toContain('<span class="br-weggelakt">[5.1.2e]</span>');
    expect(html).toContain("<h2>Legenda Woo-gronden</h2>");
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(html).toContain('<meta name="author" content="Ministerie van BZK">');
  });

  it("keeps the sections in the order of the beslisnota", () => {
    const html = renderNotaHtml(versie.document, { openbaar: true, legenda: versie.legenda });
    const koppen = [...html.matchAll(/<h2>([^<(]+)/g)].map((m) => m[1]!.trim());
    expect(koppen).toEqual([
      "Aanleiding",
      "Geadviseerd besluit",
      "Kern",
      "Toelichting",
      "Informatie die niet openbaar gemaakt kan worden",
      "Motivering",
      "Bijlagen",
      "Annotaties van de bewindspersoon",
      "Paraafblok",
      "Legenda Woo-gronden",
    ]);
  });

  it("escapes what people typed", () => {
    const v = maakOpenbareVersie(notaDocument({ ...BRON, kern: "<script>alert(1)</script> & meer" }), { ambtenaren: [], behouden: [] });
    const html = renderNotaHtml(v.document, { openbaar: true });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; meer");
  });
});

describe("narrowing thousands of officials to the ones a nota can name", () => {
  it.each([
    ["by surname, in any case", "overleg met SANNE DE VRIES", ["Sanne de Vries"]],
    ["by e-mail address", "mail p.jansen@minbzk.nl", ["Pieter Jansen"]],
    ["by phone digits, also as +31", "bel +31 6 1234 5678", ["Sanne de Vries"]],
    ["nobody", "een tekst zonder namen", []],
  ])("finds them %s", (_soort, tekst, namen) => {
    expect(kandidaten([SANNE, PIETER], tekst).map((a) => a.naam)).toEqual(namen);
  });

  it("gives the same public version with 2 000 other officials on the list", () => {
    const anderen = Array.from({ length: 2000 }, (_, i) => ({ naam: `Ambtenaar Nummer${i}`, email: `a${i}@minbzk.nl` }));
    const doc = notaDocument(BRON);
    const klein = maakOpenbareVersie(doc, { ambtenaren: AMBTENAREN, behouden: [MINISTER] });
    const groot = maakOpenbareVersie(doc, { ambtenaren: [...anderen, ...AMBTENAREN], behouden: [MINISTER] });
    expect(openbareTekst(groot.document)).toBe(openbareTekst(klein.document));
  });

  it("still reports every leak of an official among 2 000 (the leak check narrows the same way)", () => {
    const anderen = Array.from({ length: 2000 }, (_, i) => ({ naam: `Ambtenaar Nummer${i}`, email: `a${i}@minbzk.nl`, telefoon: `06${String(20000000 + i)}` }));
    const doc = notaDocument(BRON);
    // The unredacted document names Sanne de Vries, Pieter Jansen and a phone number (see above),
    // and nobody of the 2 000 others.
    expect(lekkenIn(doc, { ambtenaren: [...anderen, ...AMBTENAREN], behouden: [MINISTER] })).toEqual(lekkenIn(doc, { ambtenaren: AMBTENAREN, behouden: [MINISTER] }));
    // One of the 2 000, named three ways in a line of text: by name, e-mail and phone.
    const w = maakWeglakker({ ambtenaren: [...anderen, ...AMBTENAREN], behouden: [MINISTER] });
    expect(w.resten("Gesprek met Ambtenaar Nummer1234 (a77@minbzk.nl, 06-2000 0042).")).toEqual(["Ambtenaar Nummer1234", "a77@minbzk.nl", "06-2000 0042"]);
    expect(w.resten("Gesprek met de heer Nummer1999.")).toEqual(["de heer Nummer1999"]);
    expect(w.resten("Een tekst zonder namen, met 2025 en 1234.")).toEqual([]);
  });
});
