// Candidates for personal data of people who are not users (issue 16, point 2). Expected values by hand.
import { describe, expect, it } from "vitest";
import { isBsn, isIban, kandidaatBesluitSchema, kandidatenInTekst, kandidatenMelding, openKandidaten } from "@/lib/domain/woo-kandidaten";

const gevonden = (tekst: string) => kandidatenInTekst(tekst).map((k) => [k.soort, k.tekst]);

describe("the elfproef and the IBAN check", () => {
  it.each([["111222333", true], ["123456782", true], ["123456789", false], ["000000000", false], ["12345678", false]])("BSN %s → %s", (bsn, ok) => {
    expect(isBsn(bsn)).toBe(ok);
  });
  it.each([["NL91ABNA0417164300", true], ["NL91 ABNA 0417 1643 00", true], ["NL92ABNA0417164300", false], ["DE89370400440532013000", true], ["NL91ABNA041716430", false]])("IBAN %s → %s", (iban, ok) => {
    expect(isIban(iban)).toBe(ok);
  });
});

describe("finds a candidate", () => {
  it.each([
    ["title + surname", "Gesproken met mevrouw Pietersen over de aanvraag.", [["naam", "mevrouw Pietersen"]]],
    ["title + initials + prefix + surname", "Volgens dr. A.B. van Dijk klopt dit.", [["naam", "dr. A.B. van Dijk"]]],
    ["de heer + first and last name", "De heer Karel Appel belde.", [["naam", "De heer Karel Appel"]]],
    ["initials + surname", "Op verzoek van J.P. de Groot.", [["naam", "J.P. de Groot"]]],
    ["first name + prefix + surname", "Insprekers waren Jan van der Velde en anderen.", [["naam", "Jan van der Velde"]]],
    ["a double-barrelled surname", "Insprekers waren Els de Wit-Jansen en anderen.", [["naam", "Els de Wit-Jansen"]]],
    ["a first and last name inside a sentence", "Gesproken met Karin Pietersen over de aanvraag.", [["naam", "Karin Pietersen"]]],
    ["a first and last name at a sentence's start", "Karin Pietersen belde gisteren.", [["naam", "Karin Pietersen"]]],
    ["a name after a capitalised sentence start", "Voor Daan Ravesteijn is dit nieuw.", [["naam", "Daan Ravesteijn"]]],
    ["after namens", "Een brief namens Karin Pietersen ontvangen.", [["naam", "Karin Pietersen"]]],
    ["a signature", "Met vriendelijke groet,\nKarin Pietersen", [["naam", "Karin Pietersen"]]],
    ["a BSN", "Zijn BSN is 111222333.", [["bsn", "111222333"]]],
    ["a BSN in groups", "BSN 123.456.782 staat erin.", [["bsn", "123.456.782"]]],
    ["an IBAN", "Maak over op NL91 ABNA 0417 1643 00 svp.", [["iban", "NL91 ABNA 0417 1643 00"]]],
    ["a street and number with postcode", "Zij woont aan de Kerkstraat 12a, 1234 AB te Ergens.", [["adres", "Kerkstraat 12a, 1234 AB"]]],
    ["a postcode with a house number", "Adres: 1234 AB 56.", [["adres", "1234 AB 56"]]],
    ["a date of birth", "Hij is geboren op 3 maart 1970 in Delft.", [["geboortedatum", "3 maart 1970"]]],
    ["a date of birth after geb.", "Aanvrager (geb. 03-03-1970).", [["geboortedatum", "03-03-1970"]]],
    ["a foreign phone number", "Bel +32 2 123 45 67.", [["telefoon", "+32 2 123 45 67"]]],
  ])("%s", (_soort, tekst, verwacht) => {
    expect(gevonden(tekst)).toEqual(verwacht);
  });
});

describe("finds nothing in", () => {
  it.each([
    ["an institution", "Het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties en de Tweede Kamer der Staten-Generaal."],
    ["a council", "Het advies van de Raad voor het Openbaar Bestuur."],
    ["a withheld name", "Gesproken met mevrouw [5.1.2e] en [5.1.2e]."],
    ["a kenmerk and TK numbers", "Zie BZK-2025-0001234, 2025D31349 en Kamerstukken II 2024/25, 29 362, nr. 385."],
    ["a number failing the elfproef", "Zaaknummer 123456789."],
    ["a date that is no birth date", "Op 3 maart 1970 werd de wet aangenomen."],
    ["a postbus", "Postbus 20011, 2500 EA Den Haag."],
    ["an amount", "Het gaat om € 111.222.333 in 2025."],
    ["the minister's office", "De minister van Binnenlandse Zaken besluit."],
    ["a law named after a person", "Beleid de Bakker-regeling blijft."],
    ["a sentence's first word before an institution", "Daarnaast Openbaar Bestuur is belangrijk."],
    ["a title of a nota", "Wijziging Kieswet en Beantwoording Kamervragen."],
    ["a place and a council inside a sentence", "Het advies van de Raad van State en de gemeente Den Haag."],
  ])("%s", (_soort, tekst) => {
    expect(gevonden(tekst)).toEqual([]);
  });
});

describe("open candidates and the message", () => {
  const velden = [
    { waar: "Aanleiding", tekst: "Brief van mevrouw Pietersen." },
    { waar: "Toelichting", tekst: "Met J.P. de Groot en mevrouw Pietersen; BSN 111222333." },
  ];
  it("lists each per place, without the dismissed ones (case and spacing aside)", () => {
    expect(openKandidaten(velden, ["MEVROUW  pietersen"])).toEqual([
      { tekst: "J.P. de Groot", soort: "naam", waar: "Toelichting" },
      { tekst: "111222333", soort: "bsn", waar: "Toelichting" },
    ]);
  });
  it("names how many and where", () => {
    expect(kandidatenMelding(openKandidaten(velden, []))).toBe(
      "4 mogelijke persoonsgegevens van anderen zijn nog niet beoordeeld: Aanleiding (1), Toelichting (3). Bevestig of verwerp ze op het scherm Openbare versie; pas daarna kan de nota worden gepubliceerd.",
    );
  });
  it.each([
    ["weglakken:5.1.1e", { besluit: "weglakken", grond: "5.1.1e" }],
    ["behouden:publieke_functie", { besluit: "behouden", reden: "publieke_functie" }],
    ["", null],
  ])("reads the decision %j", (invoer, verwacht) => {
    expect(kandidaatBesluitSchema.parse(invoer)).toEqual(verwacht);
  });
  it.each([["weglakken:5.9"], ["behouden:zomaar"], ["wissen"]])("refuses the decision %j", (invoer) => {
    expect(kandidaatBesluitSchema.safeParse(invoer).success).toBe(false);
  });
});

describe("the ministerraad is no title", () => {
  it("MR. at the end of a sentence", () => {
    expect(gevonden("Op 30 juni besluit de MR. Afgestemd met de directie.")).toEqual([]);
  });
});
