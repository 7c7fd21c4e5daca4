// DiWoo metadata of a published beslisnota (DOMAIN.md §4), the XML written out in full, and the
// Amsterdam times around the changes to and from summer time. Expected values by hand.
import { describe, expect, it } from "vitest";
import { DIWOO, DIWOO_NS, DiwooFout, amsterdamDagbegin, amsterdamTijdstip, diwooXml, type DiwooBron } from "@/lib/domain/diwoo";

const BZK = "https://identifier.overheid.nl/tooi/id/ministerie/mnre1034";
const KERN = "https://identifier.overheid.nl/tooi/def/thes/kern/";

const kop = (naam: string, titel: string, identifiers: string[]) => [
  `<?xml version="1.0" encoding="UTF-8"?>`,
  `<diwoo:Document xmlns:diwoo="https://standaarden.overheid.nl/diwoo/metadata/">`,
  `  <diwoo:DiWoo>`,
  `    <diwoo:identifiers>${identifiers.map((i) => `<diwoo:identifier>${i}</diwoo:identifier>`).join("")}</diwoo:identifiers>`,
  `    <diwoo:publisher resource="${BZK}">${naam}</diwoo:publisher>`,
  `    <diwoo:verantwoordelijke resource="${BZK}">${naam}</diwoo:verantwoordelijke>`,
  `    <diwoo:opsteller resource="${BZK}">${naam}</diwoo:opsteller>`,
  `    <diwoo:titelcollectie><diwoo:officieleTitel>${titel}</diwoo:officieleTitel></diwoo:titelcollectie>`,
  `    <diwoo:classificatiecollectie>`,
  `      <diwoo:informatiecategorieen><diwoo:informatiecategorie resource="${KERN}c_c76862ab">vergaderstukken Staten-Generaal</diwoo:informatiecategorie><diwoo:informatiecategorie resource="${KERN}c_816e508d">inspanningsverplichting art 3.1 Woo</diwoo:informatiecategorie></diwoo:informatiecategorieen>`,
];
const taalEnFormaat = [
  `    <diwoo:language resource="http://publications.europa.eu/resource/authority/language/NLD">Nederlands</diwoo:language>`,
  `    <diwoo:format resource="http://publications.europa.eu/resource/authority/file-type/PDF">PDF</diwoo:format>`,
];
const handeling = (soort: "vaststelling" | "ondertekening", tijd: string, naam: string) =>
  `<diwoo:documenthandeling><diwoo:soortHandeling resource="${KERN}${soort === "vaststelling" ? "c_641ecd76" : "c_e1ec050e"}">${soort}</diwoo:soortHandeling><diwoo:atTime>${tijd}</diwoo:atTime><diwoo:wasAssociatedWith resource="${BZK}">${naam}</diwoo:wasAssociatedWith></diwoo:documenthandeling>`;
const relatie = (tekst: string, resource?: string) =>
  `<diwoo:documentrelatie><diwoo:role resource="${KERN}c_05f4a5f3">heeft bijlage</diwoo:role><diwoo:relation${resource ? ` resource="${resource}"` : ""}>${tekst}</diwoo:relation></diwoo:documentrelatie>`;
const staart = [`  </diwoo:DiWoo>`, `</diwoo:Document>`, ``];

const volledig = (): DiwooBron => ({
  publisher: { uri: BZK, naam: "Ministerie van BZK & <Koninkrijk>" },
  officieleTitel: "  Kabinetsreactie 'ROB' \"advies\"  ",
  kenmerk: "BZK-2025-0001234",
  creatiedatum: "2025-06-20",
  vastgesteldOp: new Date("2025-06-18T15:30:00Z"),
  ondertekendOp: "2025-07-01",
  kamerbrief: { titel: "Kabinetsreactie", citaat: "Kamerstukken II 2024/25, 29 362, nr. 385", url: "https://zoek.officielebekendmakingen.nl/kst-29362-385.html?a=1&b=2", tkDocumentnummer: "2025D31349" },
  bijlagen: [{ naam: "Advies ROB", bestandsnaam: "bijlage-1.pdf" }],
});

describe("the DiWoo record", () => {
  it("of a decided and signed nota with its Kamerbrief and a bijlage", () => {
    const naam = "Ministerie van BZK &amp; &lt;Koninkrijk&gt;";
    expect(diwooXml(volledig())).toBe(
      [
        ...kop(naam, "Kabinetsreactie &apos;ROB&apos; &quot;advies&quot;", ["BZK-2025-0001234", "Kamerstukken II 2024/25, 29 362, nr. 385"]),
        `      <diwoo:documentsoorten><diwoo:documentsoort resource="${KERN}c_2977c34f">beslisnota</diwoo:documentsoort></diwoo:documentsoorten>`,
        `    </diwoo:classificatiecollectie>`,
        `    <diwoo:creatiedatum>2025-06-20</diwoo:creatiedatum>`,
        ...taalEnFormaat,
        `    <diwoo:aggregatiekenmerk>BZK-2025-0001234</diwoo:aggregatiekenmerk>`,
        `    <diwoo:documenthandelingen>${handeling("vaststelling", "2025-06-18T17:30:00+02:00", naam)}${handeling("ondertekening", "2025-07-01T00:00:00+02:00", naam)}</diwoo:documenthandelingen>`,
        `    <diwoo:documentrelaties>${relatie("Kamerstukken II 2024/25, 29 362, nr. 385, TK-document 2025D31349", "https://zoek.officielebekendmakingen.nl/kst-29362-385.html?a=1&amp;b=2")}${relatie("Advies ROB", "bijlage-1.pdf")}</diwoo:documentrelaties>`,
        ...staart,
      ].join("\n"),
    );
  });

  it("of a bijlage only signed, its Kamerbrief without citation or link, grouped under the nota", () => {
    expect(
      diwooXml({
        publisher: { uri: BZK, naam: "BZK" },
        officieleTitel: "T\u0001it\u0008el\u000b\ufffe",
        kenmerk: "K-1",
        creatiedatum: null,
        vastgesteldOp: null,
        ondertekendOp: "2025-01-15",
        kamerbrief: { titel: "Brief", citaat: null, url: null, tkDocumentnummer: null },
        bijlagen: [],
        documentsoort: DIWOO.documentsoort.vergaderstuk,
        aggregatiekenmerk: "AGG",
      }),
    ).toBe(
      [
        ...kop("BZK", "Titel", ["K-1"]),
        `      <diwoo:documentsoorten><diwoo:documentsoort resource="${KERN}c_7f9dffa7">vergaderstuk</diwoo:documentsoort></diwoo:documentsoorten>`,
        `    </diwoo:classificatiecollectie>`,
        ...taalEnFormaat,
        `    <diwoo:aggregatiekenmerk>AGG</diwoo:aggregatiekenmerk>`,
        `    <diwoo:documenthandelingen>${handeling("ondertekening", "2025-01-15T00:00:00+01:00", "BZK")}</diwoo:documenthandelingen>`,
        `    <diwoo:documentrelaties>${relatie("Kamerbrief: Brief")}</diwoo:documentrelaties>`,
        ...staart,
      ].join("\n"),
    );
  });

  it("of a nota only decided, without relations", () => {
    expect(
      diwooXml({ publisher: { uri: BZK, naam: "BZK" }, officieleTitel: "T", kenmerk: "K", creatiedatum: null, vastgesteldOp: new Date("2025-01-15T12:00:00Z"), ondertekendOp: null, kamerbrief: null, bijlagen: [] }),
    ).toBe(
      [
        ...kop("BZK", "T", ["K"]),
        `      <diwoo:documentsoorten><diwoo:documentsoort resource="${KERN}c_2977c34f">beslisnota</diwoo:documentsoort></diwoo:documentsoorten>`,
        `    </diwoo:classificatiecollectie>`,
        ...taalEnFormaat,
        `    <diwoo:aggregatiekenmerk>K</diwoo:aggregatiekenmerk>`,
        `    <diwoo:documenthandelingen>${handeling("vaststelling", "2025-01-15T13:00:00+01:00", "BZK")}</diwoo:documenthandelingen>`,
        ...staart,
      ].join("\n"),
    );
  });

  it("names the Kamerbrief by its title and TK number when it has no citation yet", () => {
    const b = volledig();
    b.kamerbrief = { titel: "Kabinetsreactie", citaat: null, url: null, tkDocumentnummer: "2025D31349" };
    b.bijlagen = [];
    const xml = diwooXml(b);
    expect(xml).toContain(`    <diwoo:identifiers><diwoo:identifier>BZK-2025-0001234</diwoo:identifier></diwoo:identifiers>\n`);
    expect(xml).toContain(`    <diwoo:documentrelaties>${relatie("Kamerbrief: Kabinetsreactie, TK-document 2025D31349")}</diwoo:documentrelaties>\n`);
  });

  it.each([
    ["a publisher that is no TOOI URI", { publisher: { uri: "https://example.org/bzk", naam: "BZK" } }, "Geen geldige TOOI-organisatie-URI voor de publisher: https://example.org/bzk"],
    ["a TOOI URI with something after it", { publisher: { uri: `${BZK}/x`, naam: "BZK" } }, `Geen geldige TOOI-organisatie-URI voor de publisher: ${BZK}/x`],
    ["a TOOI URI inside another", { publisher: { uri: `x${BZK}`, naam: "BZK" } }, `Geen geldige TOOI-organisatie-URI voor de publisher: x${BZK}`],
    ["a blank title", { officieleTitel: "  " }, "De officiële titel ontbreekt."],
    ["neither a decision nor a signature", { vastgesteldOp: null, ondertekendOp: null }, "Er is nog geen documenthandeling (besluit of ondertekening) om te melden."],
  ])("refuses %s", (_soort, wijziging, melding) => {
    const bron = { ...volledig(), ...wijziging };
    expect(() => diwooXml(bron)).toThrow(new DiwooFout(melding));
    try {
      diwooXml(bron);
    } catch (e) {
      expect(e).toBeInstanceOf(DiwooFout);
      expect((e as Error).name).toBe("DiwooFout");
    }
  });

  it("has the namespace of the XSD", () => {
    expect(DIWOO_NS).toBe("https://standaarden.overheid.nl/diwoo/metadata/");
  });
});

describe("Amsterdam times", () => {
  it.each([
    ["2025-01-15T12:00:00Z", "2025-01-15T13:00:00+01:00"],
    ["2025-03-30T00:59:59Z", "2025-03-30T01:59:59+01:00"],
    ["2025-03-30T01:00:00Z", "2025-03-30T03:00:00+02:00"],
    ["2025-10-26T00:59:59Z", "2025-10-26T02:59:59+02:00"],
    ["2025-10-26T01:00:00Z", "2025-10-26T02:00:00+01:00"],
    ["2025-12-31T23:00:00Z", "2026-01-01T00:00:00+01:00"],
    ["2025-06-30T22:05:09Z", "2025-07-01T00:05:09+02:00"],
  ])("the instant %s is %s", (utc, verwacht) => {
    expect(amsterdamTijdstip(new Date(utc))).toBe(verwacht);
  });

  it.each([
    ["2025-01-01", "2025-01-01T00:00:00+01:00"],
    ["2025-03-30", "2025-03-30T00:00:00+01:00"],
    ["2025-03-31", "2025-03-31T00:00:00+02:00"],
    ["2025-07-01", "2025-07-01T00:00:00+02:00"],
    ["2025-10-26", "2025-10-26T00:00:00+02:00"],
    ["2025-10-27", "2025-10-27T00:00:00+01:00"],
  ])("the day %s begins at %s", (dag, verwacht) => {
    expect(amsterdamDagbegin(dag)).toBe(verwacht);
  });
});
