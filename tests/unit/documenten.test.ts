import { beforeEach, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { kamerbriefModel, ondertekeningsfunctie, isDeKamerbriefZelf, ZONDER_DATUM, type KamerbriefBron } from "@/lib/domain/kamerbrief-model";
import { amsterdamDagbegin, amsterdamTijdstip, diwooXml, DiwooFout, type DiwooBron } from "@/lib/domain/diwoo";
import { agendaItems } from "@/lib/domain/agenda";
import { besluitenlijstModel, GEEN_UITKOMST } from "@/lib/domain/besluitenlijst";
import { bijlageBestandsnaam, exportBestandsnaam, extensieVoor, slug } from "@/lib/domain/export-bestanden";
import { notaDocument, type NotaBron } from "@/lib/domain/nota-document";
import { xmllintValidate } from "@/tests/support/read-back";

const XSD = fileURLToPath(new URL("../fixtures/diwoo/diwoo-metadata-offline.xsd", import.meta.url));
const BZK = "https://identifier.overheid.nl/tooi/id/ministerie/mnre1034";

describe("the sign-off line from the office title", () => {
  it.each([
    ["Minister van Binnenlandse Zaken en Koninkrijksrelaties", "De minister van Binnenlandse Zaken en Koninkrijksrelaties,"],
    ["Staatssecretaris van Financiën", "De staatssecretaris van Financiën,"],
    ["Minister voor Volkshuisvesting en Ruimtelijke Ordening", "De minister voor Volkshuisvesting en Ruimtelijke Ordening,"],
    ["Minister-president", "De minister-president,"],
    ["de Minister van Defensie,", "De Minister van Defensie,"],
    ["  Minister van Justitie en Veiligheid  ", "De minister van Justitie en Veiligheid,"],
  ])("%s → %s", (titel, regel) => {
    expect(ondertekeningsfunctie(titel)).toBe(regel);
  });
  it("gives no line without a title", () => {
    expect(ondertekeningsfunctie(null)).toBeNull();
    expect(ondertekeningsfunctie("  ")).toBeNull();
  });
});

const BRIEF: KamerbriefBron = {
  ministerie: {
    naam: "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
    afkorting: "BZK",
    postbus: "Postbus 20011",
    postcodePlaats: "2500 EA Den Haag",
    bezoekadres: ["Turfmarkt 147", "2511 DP Den Haag"],
    website: "www.rijksoverheid.nl",
  },
  directie: "Directie Democratie en Bestuur",
  datum: "2025-07-01",
  betreft: "Kabinetsreactie op het ROB-advies ‘Naar een uitvoerende macht’",
  onsKenmerk: "BZK-2025-000001",
  uwKenmerk: null,
  bijlagen: ["Kabinetsreactie ROB-advies", "TK-brief Kabinetsreactie ROB-advies"],
  aanhef: "Geachte voorzitter,",
  tekst: "Hierbij bied ik u de reactie aan.\n\n- punt een\n- punt twee",
  slot: null,
  ondertekenaar: { naam: "Marieke van den Berg", ambtstitel: "Minister van Binnenlandse Zaken en Koninkrijksrelaties" },
};

describe("the Kamerbrief model", () => {
  it("lays out the BZK letter as the Rijkshuisstijl has it", () => {
    const m = kamerbriefModel(BRIEF);
    expect(m.afzender).toBe("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties");
    expect(m.retouradres).toBe("Retouradres Postbus 20011 2500 EA Den Haag");
    expect(m.geadresseerde).toEqual(["Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Postbus 20018", "2500 EA DEN HAAG"]);
    expect(m.referenties).toEqual([
      { kop: null, regels: ["Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "Directie Democratie en Bestuur"] },
      { kop: null, regels: ["Turfmarkt 147", "2511 DP Den Haag", "Postbus 20011", "2500 EA Den Haag", "www.rijksoverheid.nl"] },
      { kop: "Ons kenmerk", regels: ["BZK-2025-000001"] },
      { kop: "Bijlage(n)", regels: ["1"] },
    ]);
    expect(m.vervolgReferenties).toEqual([
      { kop: "Datum", regels: ["1 juli 2025"] },
      { kop: "Ons kenmerk", regels: ["BZK-2025-000001"] },
    ]);
    expect(m.beeldmerkAlt).toBe("Logo Ministerie van Binnenlandse Zaken en Koninkrijksrelaties");
    expect(m.datum).toBe("1 juli 2025");
    expect(m.ondertekening).toEqual({ functie: "De minister van Binnenlandse Zaken en Koninkrijksrelaties,", naam: "Marieke van den Berg" });
    expect(m.blokken.map((b) => b.type)).toEqual(["alinea", "lijst"]);
    expect(m.auteur).toBe(BRIEF.ministerie.naam);
  });

  it("shows Uw kenmerk only when set, and a missing date plainly", () => {
    const m = kamerbriefModel({ ...BRIEF, uwKenmerk: " 2025Z13826 ", datum: null });
    expect(m.referenties.map((r) => r.kop)).toEqual([null, null, "Ons kenmerk", "Uw kenmerk", "Bijlage(n)"]);
    expect(m.referenties[3]!.regels).toEqual(["2025Z13826"]);
    expect(m.datum).toBe(ZONDER_DATUM);
  });

  it("prints a passage marked not-public in the letter as written: the letter is public", () => {
    const m = kamerbriefModel({ ...BRIEF, tekst: "Wij **melden** {{5.1.2i: dit *ook*}}." });
    expect(m.blokken).toEqual([
      {
        type: "alinea",
        inhoud: [
          { type: "tekst", tekst: "Wij " },
          { type: "vet", inhoud: [{ type: "tekst", tekst: "melden" }] },
          { type: "tekst", tekst: " " },
          { type: "tekst", tekst: "dit " },
          { type: "cursief", inhoud: [{ type: "tekst", tekst: "ook" }] },
          { type: "tekst", tekst: "." },
        ],
      },
    ]);
  });

  it("leaves out the postal lines of an organisation whose address is not filled in", () => {
    const m = kamerbriefModel({ ...BRIEF, ministerie: { naam: "Ministerie van Onbekend", afkorting: "ONB", postbus: null, postcodePlaats: null, bezoekadres: [], website: null } });
    expect(m.retouradres).toBeNull();
    expect(m.referenties.map((r) => r.kop)).toEqual([null, "Ons kenmerk", "Bijlage(n)"]);
  });

  it("has no Bijlage(n) line when the letter has no bijlagen (the letter itself does not count)", () => {
    expect(kamerbriefModel({ ...BRIEF, bijlagen: [] }).referenties.map((r) => r.kop)).toEqual([null, null, "Ons kenmerk"]);
    expect(kamerbriefModel({ ...BRIEF, bijlagen: ["Concept-Kamerbrief"] }).referenties.map((r) => r.kop)).toEqual([null, null, "Ons kenmerk"]);
  });

  it("takes another organisation's letter paper as it is (OCW)", () => {
    const m = kamerbriefModel({
      ...BRIEF,
      onsKenmerk: "2025-0000396582",
      ministerie: { naam: "Ministerie van Onderwijs, Cultuur en Wetenschap", afkorting: "OCW", postbus: "Postbus 16375", postcodePlaats: "2500 BJ Den Haag", bezoekadres: ["Rijnstraat 50", "Den Haag"], website: "www.rijksoverheid.nl" },
      ondertekenaar: { naam: "A. de Minister", ambtstitel: "Minister van Onderwijs, Cultuur en Wetenschap" },
    });
    expect(m.afzender).toBe("Ministerie van Onderwijs, Cultuur en Wetenschap");
    expect(m.retouradres).toBe("Retouradres Postbus 16375 2500 BJ Den Haag");
    expect(m.referenties[1]).toEqual({ kop: null, regels: ["Rijnstraat 50", "Den Haag", "Postbus 16375", "2500 BJ Den Haag", "www.rijksoverheid.nl"] });
    expect(m.referenties[2]).toEqual({ kop: "Ons kenmerk", regels: ["2025-0000396582"] });
    expect(m.ondertekening.functie).toBe("De minister van Onderwijs, Cultuur en Wetenschap,");
    expect(m.auteur).toBe("Ministerie van Onderwijs, Cultuur en Wetenschap");
  });

  it.each([
    ["TK-brief Kabinetsreactie", true],
    ["Concept-Kamerbrief", true],
    ["Kamerbrief over de voortgang", true],
    ["Kabinetsreactie ROB-advies", false],
    ["Bijlage bij de Kamerbrief", false],
  ])("counts %s as the letter itself: %s", (naam, zelf) => {
    expect(isDeKamerbriefZelf(naam)).toBe(zelf);
  });
});

describe("the nota model", () => {
  it("orders the sections as the beslisnota does and adds Politieke context only when given", () => {
    const bron: NotaBron = {
      kenmerk: "BZK-2025-000002",
      onderwerp: "Onderwerp",
      soort: "ter_beslissing",
      datum: null,
      aan: { naam: "M", ambtstitel: null },
      van: "Directie",
      contactpersoon: null,
      uitersteBeslisdatum: null,
      deadlineReden: null,
      rubricering: null,
      mrBehandeling: false,
      kamerbrief: false,
      aanleiding: "a",
      kern: "k",
      toelichting: "t",
      politiekeContext: null,
      nietOpenbaar: "",
      motivering: "m",
      beslispunten: [],
      paraafronde: null,
      annotaties: [],
      bijlagen: [],
    };
    const koppen = (b: typeof bron) => notaDocument(b).secties.map((s) => s.kop);
    expect(koppen(bron)).toEqual(["Aanleiding", "Geadviseerd besluit", "Kern", "Toelichting", "Informatie die niet openbaar gemaakt kan worden", "Motivering", "Bijlagen"]);
    expect(koppen({ ...bron, politiekeContext: "p" })).toContain("Politieke context");
    const doc = notaDocument(bron);
    expect(doc.kopvelden.map((k) => k.label)).toEqual(["Aan", "Van", "Datum", "Kenmerk", "Onderwerp", "Soort", "Uiterste beslisdatum", "Rubricering", "MR-behandeling", "Kamerbrief"]);
    const nvt = doc.secties.find((s) => s.kop === "Informatie die niet openbaar gemaakt kan worden");
    expect(nvt?.soort === "tekst" && nvt.blokken).toEqual([{ type: "alinea", inhoud: [{ type: "tekst", tekst: "NVT" }] }]);
  });
});

describe("DiWoo dates in Amsterdam time", () => {
  it.each([
    [new Date("2025-06-18T15:30:00Z"), "2025-06-18T17:30:00+02:00"],
    [new Date("2025-01-10T23:30:00Z"), "2025-01-11T00:30:00+01:00"],
    [new Date("2025-03-30T00:59:59Z"), "2025-03-30T01:59:59+01:00"],
    [new Date("2025-03-30T01:00:00Z"), "2025-03-30T03:00:00+02:00"],
  ])("%s → %s", (moment, verwacht) => {
    expect(amsterdamTijdstip(moment)).toBe(verwacht);
  });
  it.each([
    ["2025-07-01", "2025-07-01T00:00:00+02:00"],
    ["2025-12-01", "2025-12-01T00:00:00+01:00"],
    ["2025-03-30", "2025-03-30T00:00:00+01:00"],
    ["2025-10-26", "2025-10-26T00:00:00+02:00"],
  ])("day %s starts at %s", (dag, verwacht) => {
    expect(amsterdamDagbegin(dag)).toBe(verwacht);
  });
});

const DIWOO: DiwooBron = {
  publisher: { uri: BZK, naam: "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties" },
  officieleTitel: "Beslisnota bij Kabinetsreactie op het ROB-advies ‘Naar een uitvoerende macht’ & meer <zo>",
  kenmerk: "BZK-2025-000001",
  creatiedatum: "2025-06-10",
  vastgesteldOp: new Date("2025-06-18T15:30:00Z"),
  ondertekendOp: "2025-07-01",
  kamerbrief: { titel: "Kabinetsreactie", citaat: "Kamerstukken II 2024/25, 29 362, nr. 385", url: "https://zoek.officielebekendmakingen.nl/kst-29362-385.html", tkDocumentnummer: "2025D31349" },
  bijlagen: [{ naam: "Kabinetsreactie ROB-advies", bestandsnaam: "BZK-2025-000001-bijlage-1-kabinetsreactie-rob-advies.pdf" }],
};

describe("the DiWoo record", () => {
  it("validates against the XSD 0.9.8, with and without the optional parts", () => {
    for (const bron of [DIWOO, { ...DIWOO, kamerbrief: null, bijlagen: [], creatiedatum: null, vastgesteldOp: null }]) {
      const r = xmllintValidate(diwooXml(bron), XSD);
      expect(r.output).toContain("validates");
      expect(r.ok).toBe(true);
    }
  });

  it("fails the XSD with a value outside the TOOI lists (the test can fail)", () => {
    const xml = diwooXml(DIWOO).replace("c_2977c34f", "c_00000000");
    expect(xmllintValidate(xml, XSD).ok).toBe(false);
  });

  it("carries the handelingen, the relation to the Kamerbrief and the identifiers", () => {
    const xml = diwooXml(DIWOO);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<diwoo:Document xmlns:diwoo="https:\/\/standaarden.overheid.nl\/diwoo\/metadata\/">/);
    expect(xml).toContain(`<diwoo:publisher resource="${BZK}">Ministerie van Binnenlandse Zaken en Koninkrijksrelaties</diwoo:publisher>`);
    expect(xml).toContain('<diwoo:soortHandeling resource="https://identifier.overheid.nl/tooi/def/thes/kern/c_641ecd76">vaststelling</diwoo:soortHandeling><diwoo:atTime>2025-06-18T17:30:00+02:00</diwoo:atTime>');
    expect(xml).toContain('<diwoo:soortHandeling resource="https://identifier.overheid.nl/tooi/def/thes/kern/c_e1ec050e">ondertekening</diwoo:soortHandeling><diwoo:atTime>2025-07-01T00:00:00+02:00</diwoo:atTime>');
    expect(xml).toContain('<diwoo:documentsoort resource="https://identifier.overheid.nl/tooi/def/thes/kern/c_2977c34f">beslisnota</diwoo:documentsoort>');
    expect(xml).toContain('<diwoo:relation resource="https://zoek.officielebekendmakingen.nl/kst-29362-385.html">Kamerstukken II 2024/25, 29 362, nr. 385, TK-document 2025D31349</diwoo:relation>');
    expect(xml).toContain("<diwoo:identifier>BZK-2025-000001</diwoo:identifier><diwoo:identifier>Kamerstukken II 2024/25, 29 362, nr. 385</diwoo:identifier>");
    expect(xml).toContain("&amp; meer &lt;zo&gt;");
    expect(xml).not.toContain("naamOpsteller");
  });

  it("refuses a publisher that is not a TOOI organisation, and a record without any handeling", () => {
    expect(() => diwooXml({ ...DIWOO, publisher: { uri: "https://example.org/bzk", naam: "BZK" } })).toThrow(DiwooFout);
    expect(() => diwooXml({ ...DIWOO, vastgesteldOp: null, ondertekendOp: null })).toThrow(/documenthandeling/);
  });
});

describe("the agenda items", () => {
  const nota = { id: "n1", kenmerk: "BZK-2025-000009", onderwerp: "Subsidieregeling", rubricering: null };
  const geheim = { id: "n2", kenmerk: "BZK-2025-000010", onderwerp: "Dreigingsbeeld ambtsdragers", rubricering: "Departementaal vertrouwelijk" };
  let items: ReturnType<typeof agendaItems>;
  beforeEach(() => {
    items = agendaItems({
      vergaderingen: [
        { id: "v2", datum: "2025-07-04", soort: "regulier" },
        { id: "v1", datum: "2025-06-30", soort: "extra" },
      ],
      paraafstappen: [{ stapId: "s1", rol: "Directeur", deadline: "2025-06-25", nota, namens: "Pieter Jansen" }],
      besluiten: [{ deadline: "2025-06-26", nota: geheim }],
      mrDatums: [{ datum: "2025-06-30", nota }],
    });
  });

  it("lists every fact on its day, in date order, with stable ids", () => {
    expect(items.map((i) => [i.dag, i.categorie])).toEqual([
      ["2025-06-25", "Paraaf"],
      ["2025-06-26", "Besluit"],
      ["2025-06-30", "Ministerraad"],
      ["2025-06-30", "Eigen nota in MR"],
      ["2025-07-04", "Ministerraad"],
    ]);
    expect(items.map((i) => i.uid)).toContain("mr-2025-06-30@beslisroute");
    expect(items[0]!.titel).toBe("Paraaf (Directeur): Subsidieregeling (BZK-2025-000009)");
    expect(items[0]!.omschrijving).toContain("namens Pieter Jansen");
    expect(items[2]!.titel).toBe("Ministerraad (extra vergadering)");
  });

  it("never puts the onderwerp of a rubricated nota in the feed", () => {
    expect(items[1]!.titel).toBe("Besluit: nota BZK-2025-000010 (gerubriceerd)");
    expect(JSON.stringify(items)).not.toContain("Dreigingsbeeld");
  });
});

describe("the besluitenlijst", () => {
  it("labels outcomes in Dutch and numbers the agendapunten", () => {
    const m = besluitenlijstModel({
      vergadering: { datum: "2025-06-30", soort: "extra" },
      punten: [
        { kenmerk: "BZK-2025-000001", onderwerp: "ROB", bewindspersoon: { naam: "M. van den Berg", ambtstitel: "Minister van BZK" }, uitkomst: "aanvaard_met_wijzigingen", toelichting: "Met een zin over AZ." },
        { kenmerk: "BZK-2025-000002", onderwerp: "Jeugdzorg", bewindspersoon: { naam: "X", ambtstitel: null }, uitkomst: null, toelichting: "  " },
      ],
    });
    expect(m.titel).toBe("Besluitenlijst ministerraad maandag 30 juni 2025");
    expect(m.ondertitel).toBe("Extra vergadering");
    expect(m.punten.map((p) => [p.nummer, p.uitkomst, p.bewindspersoon, p.toelichting])).toEqual([
      [1, "Aanvaard met wijzigingen", "Minister van BZK (M. van den Berg)", "Met een zin over AZ."],
      [2, GEEN_UITKOMST, "X", null],
    ]);
  });
});

describe("export file names", () => {
  it.each([
    ["Kabinetsreactie ROB-advies ‘Naar een uitvoerende macht’", "kabinetsreactie-rob-advies-naar-een-uitvoerende-macht"],
    ["Financiële bijlage (één)", "financiele-bijlage-een"],
    ["///", "document"],
  ])("slug of %s", (tekst, verwacht) => {
    expect(slug(tekst)).toBe(verwacht);
  });
  it("cuts long slugs at a word", () => {
    expect(slug("een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien", 20)).toBe("een-twee-drie-vier");
  });
  it("builds predictable names", () => {
    expect(exportBestandsnaam("BZK-2025-000001", "kamerbrief", "pdf")).toBe("BZK-2025-000001-kamerbrief.pdf");
    expect(bijlageBestandsnaam("BZK-2025-000001", 1, "Kabinetsreactie ROB", extensieVoor("application/pdf"))).toBe("BZK-2025-000001-bijlage-1-kabinetsreactie-rob.pdf");
    expect(extensieVoor(null, "nota.ODT")).toBe("odt");
    expect(extensieVoor(null, null)).toBe("bin");
  });
});
