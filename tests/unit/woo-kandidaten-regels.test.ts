// The rules behind the candidates for personal data of others (issue 16, point 2), one by one: the
// checks (elfproef, IBAN), the patterns with their edges, the fields of a nota that are scanned, the
// message and the form's decisions. Every expectation is written out by hand.
import { describe, expect, it } from "vitest";
import { notaDocument, type NotaBron } from "@/lib/domain/nota-document";
import {
  AFWIJSREDENEN,
  KANDIDAAT_SOORT_LABELS,
  VOORGESTELDE_GROND,
  documentKandidaten,
  isBsn,
  isIban,
  kandidaatBesluitSchema,
  kandidaatSleutel,
  kandidatenBeoordelingSchema,
  kandidatenInTekst,
  kandidatenMelding,
  openKandidaten,
  veldenVan,
} from "@/lib/domain/woo-kandidaten";

const gevonden = (tekst: string) => kandidatenInTekst(tekst).map((k) => [k.soort, k.tekst]);

describe("the key of a candidate", () => {
  it("folds white space and case", () => {
    expect(kandidaatSleutel("  Mevrouw \n\t Pietersen  ")).toBe("mevrouw pietersen");
    expect(kandidaatSleutel("J.P.  DE GROOT")).toBe("j.p. de groot");
  });
});

describe("the elfproef", () => {
  it.each([
    ["111222333", true],
    ["123456782", true],
    // 9·1+8·1+7·1+6·1+5·1+4·1+3·1+2·1 − 0 = 44 = 4·11
    ["111111110", true],
    // the same sum, the last digit counted with a plus would give 44 + 2·9 …: fails
    ["111111119", false],
    ["1112223330", false],
    ["11122233", false],
    ["a11222333", false],
    ["11122233a", false],
    ["111 222 333", false],
    ["000000000", false],
  ])("%s → %s", (bsn, ok) => {
    expect(isBsn(bsn)).toBe(ok);
  });
});

describe("the IBAN check", () => {
  it.each([
    ["GB82WEST12345698765432", true],
    ["GB82 WEST 1234 5698 7654 32", true],
    ["gb82west12345698765432", true],
    ["nl91abna0417164300", true],
    ["NL91\tABNA  0417 1643 00", true],
    ["GB83WEST12345698765432", false],
    ["NL91ABNA04171643000", false],
    // Dutch IBANs have four letters for the bank
    ["NL911BNA0417164300", false],
    // 4 + 11 characters is the shortest shape
    ["NO9386011117947", true],
    ["NO938601111794", false],
    ["9B82WEST12345698765432", false],
    ["GBX2WEST12345698765432", false],
    // the longest shape: 4 + 30 characters
    ["LC55HEMM000100010012001200023015", true],
    ["XX00" + "1".repeat(31), false],
  ])("%s → %s", (iban, ok) => {
    expect(isIban(iban)).toBe(ok);
  });
  // Each of these has check digits that come out right (mod 97 = 1), but not the shape of an IBAN.
  it.each([
    ["NO561234567890", "ten characters after the check digits"],
    ["GB631111111111111111111111111111112", "31 characters after the check digits"],
    ["1GB00WEST12345698765420", "a digit before the country"],
    ["GB8AWEST12345698765492", "a letter among the check digits"],
    ["NL251BNA0417164300", "a Dutch one with a digit in the bank code"],
    ["NL17NL00ABNA0417164300", "a Dutch one of 22 characters"],
    ["NL06ABNA04171643001", "a Dutch one with 11 digits for the account"],
  ])("%s is no IBAN: %s", (iban) => {
    expect(isIban(iban)).toBe(false);
  });
});

describe("names: the edges of each pattern", () => {
  it.each([
    ["a form of address in capitals at a sentence's start", "Mw. Jansen belde.", [["naam", "Mw. Jansen"]]],
    ["two titles", "Volgens prof. dr. A. Yildiz klopt het.", [["naam", "prof. dr. A. Yildiz"]]],
    ["a title and initials without a prefix", "Gesproken met ing. P. Jansen gisteren.", [["naam", "ing. P. Jansen"]]],
    ["without the institution after it", "Volgens prof. dr. A. Yildiz van de Universiteit Utrecht klopt het.", [["naam", "prof. dr. A. Yildiz"]]],
    ["without a trailing prefix", "Gesproken met mevrouw Jansen van het team.", [["naam", "mevrouw Jansen"]]],
    ["the initials kept after a title", "Gesproken met mevrouw A. Jansen en de rest.", [["naam", "mevrouw A. Jansen"]]],
    ["initials before a name, not the council after it", "Zie de A.B. Jansen van de Raad.", [["naam", "A.B. Jansen"]]],
    ["a genitive", "Met Karin Pietersen's boek.", [["naam", "Karin Pietersen's"]]],
    ["a double-barrelled surname", "Met Karin Pietersen-Bakker gesproken.", [["naam", "Karin Pietersen-Bakker"]]],
    ["two names in one sentence", "Met Karin Pietersen en Jan de Vries.", [["naam", "Karin Pietersen"], ["naam", "Jan de Vries"]]],
    ["without the institution after two names", "Daarnaast Karin Pietersen Ministerie.", [["naam", "Karin Pietersen"]]],
    ["namens with a prefix", "Een brief namens Karin van der Velde ontvangen.", [["naam", "Karin van der Velde"]]],
    ["a sign-off without a comma", "met vriendelijke groet Karin Pietersen", [["naam", "Karin Pietersen"]]],
    ["a sign-off with initials", "Hoogachtend,\nP. de Vries", [["naam", "P. de Vries"]]],
    ["a surname alone after namens", "Een brief namens Pietersen ontvangen.", [["naam", "Pietersen"]]],
    ["a surname of two letters after namens", "Een brief namens Xu ontvangen.", [["naam", "Xu"]]],
    ["a title before a prefix and an institution two spaces on", "Volgens mevrouw Jansen van de  Universiteit klopt het.", [["naam", "mevrouw Jansen"]]],
    ["two names run together to the longest", "Met Karin Pietersen van Dijk gesproken.", [["naam", "Karin Pietersen van Dijk"]]],
    ["a longer name after namens over the shorter ones inside it", "Een brief namens Karin Pietersen van Dijk ontvangen.", [["naam", "Karin Pietersen van Dijk"]]],
    // Regression: joined with one space, "Karin  Pietersen" was no part of the text; the candidate got
    // position -1 and, run together with "Pietersen van Dijk", an empty text nobody could review.
    ["a name with two spaces, as it stands", "Met Karin  Pietersen gesproken.", [["naam", "Karin  Pietersen"]]],
    ["a name with two spaces run together with the next", "Karin  Pietersen van Dijk.", [["naam", "Karin  Pietersen van Dijk"]]],
  ])("%s", (_soort, tekst, verwacht) => {
    expect(gevonden(tekst)).toEqual(verwacht);
  });

  it.each([
    ["a word ending in a noun's ending", "Met Karin Wetgeving."],
    ["a genitive of an institution", "Met Tweede Kamer's leden."],
    ["initials before a Kamer word", "Zie A. Raadslid hier."],
    ["initials before a surname in all capitals", "Zie A. JANSEN hier."],
    ["a prefix name ending in a law", "Jan van der Regeling."],
    ["a prefix name after an institution word", "Directie van der Velde."],
    ["an institution after namens", "Namens de Raad van State."],
    ["an institution under a sign-off", "Met vriendelijke groet, Ministerie van BZK"],
    ["a form of address in capitals only", "DHR. Jansen en MEVROUW Jansen."],
    ["an institution after namens, directly", "Een brief namens Ministerie ontvangen."],
    ["a surname and an institution after namens", "Een brief namens Pietersen Ministerie ontvangen."],
    ["a first name alone before an institution", "Daarnaast Karin Ministerie."],
    ["an institution between two names", "Met Karin Ministerie Pietersen."],
    ["a genitive of a council after a first name", "Gesprek met Karin Raad's."],
    ["more initials before a Raad word", "Zie A.B. Raadslid hier."],
    ["initials without a space before a Raad word", "Zie J.Raadslid hier."],
    ["a title and initials before an institution", "Volgens dr. A. Universiteit."],
  ])("nothing for %s", (_soort, tekst) => {
    expect(gevonden(tekst)).toEqual([]);
  });

  it("reports where each candidate begins and ends", () => {
    expect(kandidatenInTekst("Gesproken met mevrouw Jansen van het team.")).toEqual([{ tekst: "mevrouw Jansen", soort: "naam", begin: 14, eind: 28 }]);
    expect(kandidatenInTekst("met vriendelijke groet Karin Pietersen")).toEqual([{ tekst: "Karin Pietersen", soort: "naam", begin: 23, eind: 38 }]);
    expect(kandidatenInTekst("Daarnaast Karin Pietersen Ministerie.")).toEqual([{ tekst: "Karin Pietersen", soort: "naam", begin: 10, eind: 25 }]);
    expect(kandidatenInTekst("Met Karin  Pietersen gesproken.")).toEqual([{ tekst: "Karin  Pietersen", soort: "naam", begin: 4, eind: 20 }]);
    expect(kandidatenInTekst("Daarnaast  Karin Pietersen.")).toEqual([{ tekst: "Karin Pietersen", soort: "naam", begin: 11, eind: 26 }]);
    expect(kandidatenInTekst("Daarnaast Karin Pietersen  Ministerie.")).toEqual([{ tekst: "Karin Pietersen", soort: "naam", begin: 10, eind: 25 }]);
  });

  it("merges overlapping finds to the longest", () => {
    // "mevrouw A. Jansen" (title) and "A. Jansen" (initials) overlap: one candidate.
    expect(kandidatenInTekst("Volgens mevrouw A. Jansen en Tom Bakker.")).toEqual([
      { tekst: "mevrouw A. Jansen", soort: "naam", begin: 8, eind: 25 },
      { tekst: "Tom Bakker", soort: "naam", begin: 29, eind: 39 },
    ]);
  });
});

describe("numbers, addresses and dates", () => {
  it.each([
    ["a BSN in groups of 4-2-3 with dots", "BSN 1112.22.333 bekend.", [["bsn", "1112.22.333"]]],
    ["a BSN in groups of 4-2-3 with spaces", "BSN 1112 22 333 bekend.", [["bsn", "1112 22 333"]]],
    ["a BSN after nr.", "Dossier nr. 111222333.", [["bsn", "111222333"]]],
    ["an IBAN with letters after the bank code", "Zie IBAN GB82 WEST 1234 5698 7654 32.", [["iban", "GB82 WEST 1234 5698 7654 32"]]],
    ["a street with a range of house numbers", "Kerkweg 3-5 1234AB", [["adres", "Kerkweg 3-5 1234AB"]]],
    ["a postcode with nr.", "Adres 1011AB, nr. 5 bekend.", [["adres", "1011AB, nr. 5"]]],
    ["a postcode with huisnummer", "Adres 2500 EA huisnummer 12 bekend.", [["adres", "2500 EA huisnummer 12"]]],
    ["a date of birth with slashes", "geboortedatum: 01/02/1980", [["geboortedatum", "01/02/1980"]]],
    ["a date of birth with an abbreviated month", "Geboren op 1 jan. 1980 te Delft.", [["geboortedatum", "1 jan. 1980"]]],
    ["a phone number with 00", "Bel 0032 2 123 45 67 svp.", [["telefoon", "0032 2 123 45 67"]]],
    ["a foreign phone number of nine digits", "Bel +32 2 123 456 svp.", [["telefoon", "+32 2 123 456"]]],
  ])("%s", (_soort, tekst, verwacht) => {
    expect(gevonden(tekst)).toEqual(verwacht);
  });

  it.each([
    ["an amount in euros", "Kosten €111222333 totaal."],
    ["a BSN followed by a digit after a hyphen", "Nummer 111222333-1 totaal."],
    ["a BSN followed by decimals", "Nummer 111222333,5 totaal."],
    ["a BSN run into a letter", "Nummer 111222333a totaal."],
    ["an IBAN with wrong check digits", "Zie IBAN GB83 WEST 1234 5698 7654 32."],
    ["a short foreign number", "Bel +32 2 123 svp."],
    ["a Dutch number in international notation", "Bel +31 6 12345678 svp."],
  ])("nothing for %s", (_soort, tekst) => {
    expect(gevonden(tekst)).toEqual([]);
  });
});

const bron = (): NotaBron => ({
  kenmerk: "BZK-2025-0001234",
  onderwerp: "Brief van Karin Pietersen",
  soort: "ter_beslissing",
  datum: "2025-06-20",
  aan: { naam: "Marieke van den Berg", ambtstitel: "minister van BZK" },
  van: "DGOO",
  contactpersoon: null,
  uitersteBeslisdatum: null,
  deadlineReden: null,
  rubricering: null,
  mrBehandeling: false,
  kamerbrief: true,
  aanleiding: "Marieke van den Berg sprak met Jan van der Velde.",
  kern: "- punt met Els de Wit\n- punt met A. Yildiz",
  toelichting: "Gesproken met {{5.1.2e: Karel Appel}} Pietersen.",
  politiekeContext: null,
  nietOpenbaar: "NVT",
  motivering: "",
  beslispunten: [{ volgnummer: 1, tekst: "Instemmen met J.P. de Groot", oordeel: "gewijzigd_akkoord", wijziging: "Met mevrouw Pietersen" }],
  paraafronde: {
    nummer: 2,
    stappen: [{ rol: "Afdelingshoofd", persoon: { naam: "Xander Ypma" }, namens: null, op: null, oordeel: null, opmerking: "Overleg met Tom Bakker" }],
  },
  annotaties: [{ tekst: "Gesprek met Karin Pietersen", op: new Date("2025-06-21T10:00:00Z"), openbaar: true }],
  bijlagen: [{ volgnummer: 3, naam: "Brief Kees Jansen", informatie: "openbaar", gronden: [], vindplaats: null }],
});

describe("the fields of a nota", () => {
  it("names every field a reader finds, in order", () => {
    expect(veldenVan(notaDocument(bron())).map((v) => v.waar)).toEqual([
      "Onderwerp",
      "Aan",
      "Van",
      "Datum",
      "Kenmerk",
      "Onderwerp",
      "Soort",
      "Uiterste beslisdatum",
      "Rubricering",
      "MR-behandeling",
      "Kamerbrief",
      "Aanleiding",
      "Geadviseerd besluit, beslispunt 1",
      "Geadviseerd besluit, beslispunt 1",
      "Kern",
      "Kern",
      "Toelichting",
      "Informatie die niet openbaar gemaakt kan worden",
      "Bijlagen, bijlage 3",
      "Annotaties van de bewindspersoon",
      "Paraafblok",
    ]);
  });

  it("puts the bijlage's name and information, and the paraaf role and remark, on one line with a space", () => {
    const velden = veldenVan(notaDocument(bron()));
    const tekst = (waar: string) =>
      velden
        .filter((v) => v.waar === waar)
        .map((v) => v.inlines.map((i) => (i.type === "tekst" ? i.tekst : "?")).join(""));
    expect(tekst("Bijlagen, bijlage 3")).toEqual(["Brief Kees Jansen Openbaar"]);
    expect(tekst("Paraafblok")).toEqual(["Afdelingshoofd Overleg met Tom Bakker"]);
    expect(tekst("Geadviseerd besluit, beslispunt 1")).toEqual(["Instemmen met J.P. de Groot", "Met mevrouw Pietersen"]);
  });

  it("has no paraaf field without a round, and no change field without a change", () => {
    const b = bron();
    b.paraafronde = null;
    b.beslispunten = [{ volgnummer: 1, tekst: "Instemmen", oordeel: null, wijziging: null }];
    const waar = veldenVan(notaDocument(b)).map((v) => v.waar);
    expect(waar.filter((w) => w === "Paraafblok")).toEqual([]);
    expect(waar.filter((w) => w.startsWith("Geadviseerd besluit"))).toEqual(["Geadviseerd besluit, beslispunt 1"]);
  });
});

describe("the candidates of a nota", () => {
  it("finds them per field, once per field, without a withheld passage's neighbours", () => {
    expect(documentKandidaten(notaDocument(bron()), [])).toEqual([
      { tekst: "Karin Pietersen", soort: "naam", waar: "Onderwerp" },
      { tekst: "Marieke van den Berg", soort: "naam", waar: "Aan" },
      { tekst: "Marieke van den Berg", soort: "naam", waar: "Aanleiding" },
      { tekst: "Jan van der Velde", soort: "naam", waar: "Aanleiding" },
      { tekst: "J.P. de Groot", soort: "naam", waar: "Geadviseerd besluit, beslispunt 1" },
      { tekst: "mevrouw Pietersen", soort: "naam", waar: "Geadviseerd besluit, beslispunt 1" },
      { tekst: "Els de Wit", soort: "naam", waar: "Kern" },
      { tekst: "A. Yildiz", soort: "naam", waar: "Kern" },
      { tekst: "Kees Jansen", soort: "naam", waar: "Bijlagen, bijlage 3" },
      { tekst: "Karin Pietersen", soort: "naam", waar: "Annotaties van de bewindspersoon" },
      { tekst: "Tom Bakker", soort: "naam", waar: "Paraafblok" },
    ]);
  });

  it("leaves out the kept names and the dismissed ones", () => {
    expect(documentKandidaten(notaDocument(bron()), ["karin  PIETERSEN", "Tom Bakker"], ["Marieke van den Berg"])).toEqual([
      { tekst: "Jan van der Velde", soort: "naam", waar: "Aanleiding" },
      { tekst: "J.P. de Groot", soort: "naam", waar: "Geadviseerd besluit, beslispunt 1" },
      { tekst: "mevrouw Pietersen", soort: "naam", waar: "Geadviseerd besluit, beslispunt 1" },
      { tekst: "Els de Wit", soort: "naam", waar: "Kern" },
      { tekst: "A. Yildiz", soort: "naam", waar: "Kern" },
      { tekst: "Kees Jansen", soort: "naam", waar: "Bijlagen, bijlage 3" },
    ]);
  });

  it("keeps only the kept person, in the genitive too", () => {
    const b = bron();
    b.aanleiding = "Marieke van den Berg's brief aan Jan van der Velde en Anne van den Berg.";
    expect(documentKandidaten(notaDocument(b), [], ["Marieke van den Berg"]).filter((k) => k.waar === "Aanleiding")).toEqual([
      { tekst: "Jan van der Velde", soort: "naam", waar: "Aanleiding" },
      { tekst: "Anne van den Berg", soort: "naam", waar: "Aanleiding" },
    ]);
  });

  it("reads a name through bold and italic, and never across a withheld passage", () => {
    const b = bron();
    b.kern = "Overleg met **Karin** Pietersen, met *__Tom__* Bakker en met Els {{5.2: geheim}} Wit.";
    expect(documentKandidaten(notaDocument(b), []).filter((k) => k.waar === "Kern")).toEqual([
      { tekst: "Karin Pietersen", soort: "naam", waar: "Kern" },
      { tekst: "Tom Bakker", soort: "naam", waar: "Kern" },
    ]);
  });

  it("keeps a kept name written in any case", () => {
    expect(documentKandidaten(notaDocument(bron()), [], ["MARIEKE van den berg"]).filter((k) => k.tekst.startsWith("Marieke"))).toEqual([]);
  });

  it("reports the same text again in another field", () => {
    expect(
      openKandidaten(
        [
          { waar: "Kern", tekst: "Met Tom Bakker en Tom  Bakker." },
          { waar: "Toelichting", tekst: "Met Tom Bakker." },
        ],
        [],
      ),
    ).toEqual([
      { tekst: "Tom Bakker", soort: "naam", waar: "Kern" },
      { tekst: "Tom Bakker", soort: "naam", waar: "Toelichting" },
    ]);
  });
});

describe("the message", () => {
  it("speaks of one in the singular", () => {
    expect(kandidatenMelding([{ tekst: "Tom Bakker", soort: "naam", waar: "Kern" }])).toBe(
      "1 mogelijk persoonsgegeven van een ander is nog niet beoordeeld: Kern (1). Bevestig of verwerp het op het scherm Openbare versie; pas daarna kan de nota worden gepubliceerd.",
    );
  });
  it("counts per place in the order the places come", () => {
    expect(
      kandidatenMelding([
        { tekst: "Tom Bakker", soort: "naam", waar: "Toelichting" },
        { tekst: "111222333", soort: "bsn", waar: "Kern" },
        { tekst: "Els de Wit", soort: "naam", waar: "Toelichting" },
      ]),
    ).toBe(
      "3 mogelijke persoonsgegevens van anderen zijn nog niet beoordeeld: Toelichting (2), Kern (1). Bevestig of verwerp ze op het scherm Openbare versie; pas daarna kan de nota worden gepubliceerd.",
    );
  });
});

describe("the labels and proposed grounds", () => {
  it("names each kind", () => {
    expect(KANDIDAAT_SOORT_LABELS).toEqual({
      naam: "naam van een persoon",
      bsn: "burgerservicenummer",
      iban: "bankrekeningnummer (IBAN)",
      adres: "adres",
      geboortedatum: "geboortedatum",
      telefoon: "telefoonnummer",
    });
  });
  it("proposes 5.1.1e for a BSN and 5.1.2e for the rest", () => {
    expect(VOORGESTELDE_GROND).toEqual({ naam: "5.1.2e", bsn: "5.1.1e", iban: "5.1.2e", adres: "5.1.2e", geboortedatum: "5.1.2e", telefoon: "5.1.2e" });
  });
  it("offers four reasons to keep a candidate", () => {
    expect(AFWIJSREDENEN).toEqual({
      geen_persoon: "Geen persoonsgegeven (bijvoorbeeld de naam van een wet, organisatie of plaats)",
      publieke_functie: "Persoon in een publieke functie (bijvoorbeeld een Kamerlid of burgemeester)",
      reeds_openbaar: "Al openbaar (bijvoorbeeld een auteur van een gepubliceerd rapport)",
      toestemming: "Betrokkene heeft ingestemd met openbaarmaking",
    });
  });
});

describe("the form's decisions", () => {
  it.each([
    ["  behouden:toestemming  ", { besluit: "behouden", reden: "toestemming" }],
    ["behouden:geen_persoon", { besluit: "behouden", reden: "geen_persoon" }],
    ["weglakken:5.2", { besluit: "weglakken", grond: "5.2" }],
    ["   ", null],
  ])("reads %j", (invoer, verwacht) => {
    expect(kandidaatBesluitSchema.parse(invoer)).toEqual(verwacht);
  });

  it.each([["weglakken"], ["behouden"], ["weglakken:geen_persoon"], ["behouden:5.1.2e"], ["Weglakken:5.1.2e"]])("refuses %j with the message", (invoer) => {
    const r = kandidaatBesluitSchema.safeParse(invoer);
    expect(r.error?.issues.map((i) => [i.code, i.message])).toEqual([["custom", "Kies weglakken met een Woo-grond of behouden met een reden."]]);
  });

  it("reads a list of decisions", () => {
    expect(kandidatenBeoordelingSchema.parse({ besluiten: [{ tekst: " Tom Bakker ", besluit: "weglakken:5.1.2e" }] })).toEqual({
      besluiten: [{ tekst: "Tom Bakker", besluit: { besluit: "weglakken", grond: "5.1.2e" } }],
    });
  });

  it.each([
    [{ besluiten: [] }, "Er is niets te beoordelen."],
    [{ besluiten: [{ tekst: " T ", besluit: "" }] }, "De tekst van de kandidaat ontbreekt."],
    [{ besluiten: [{ tekst: "x".repeat(501), besluit: "" }] }, "De tekst van de kandidaat is te lang."],
    [{ besluiten: Array.from({ length: 501 }, () => ({ tekst: "Tom Bakker", besluit: "" })) }, "Beoordeel ten hoogste 500 kandidaten tegelijk."],
  ])("refuses %#", (invoer, melding) => {
    expect(kandidatenBeoordelingSchema.safeParse(invoer).error?.issues.map((i) => i.message)).toEqual([melding]);
  });

  it("refuses unknown keys", () => {
    expect(kandidatenBeoordelingSchema.safeParse({ besluiten: [{ tekst: "Tom Bakker", besluit: "", extra: 1 }] }).success).toBe(false);
    expect(kandidatenBeoordelingSchema.safeParse({ besluiten: [{ tekst: "Tom Bakker", besluit: "" }], extra: 1 }).success).toBe(false);
  });
});
