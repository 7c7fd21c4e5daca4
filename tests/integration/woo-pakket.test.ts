// The publicatiepakket read back (issue 16, point 4, with the bijlagen of point 3): every file, its
// metadata, the DiWoo record of each document against the XSD, the inventarislijst as CSV and PDF,
// and the final leak check that refuses rather than publishes. Expected values written out by hand.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { Document, Packer, Paragraph } from "docx";
import PDFDocument from "pdfkit";
import { saveKamerbrief } from "@/lib/server/kamerbrief/save-kamerbrief";
import { recordSending } from "@/lib/server/kamerbrief/record-sending";
import { exportPublicatiepakket } from "@/lib/server/exports/publicatiepakket";
import { publishNota } from "@/lib/server/publicatie/publish-nota";
import { beoordeelKandidaten } from "@/lib/server/publicatie/kandidaten";
import { addWeglakking } from "@/lib/server/publicatie/weglakkingen";
import { getOpenbareVersieVergelijking } from "@/lib/server/publicatie/openbare-versie";
import type { NotaDto } from "@/lib/server/notas/nota-dto";
import { as, ensureSeed, expectAppError, notaBesloten, notaVerzonden, prisma, userId } from "@/tests/support/fixtures";
import { maakBijlagePdf } from "@/tests/support/bijlage-pdf-maker";
import { pdfInfo, pdfStructuur, pdfText, pdfXmp, posities, unzip, xmllintValidate } from "@/tests/support/read-back";

const XSD = fileURLToPath(new URL("../fixtures/diwoo/diwoo-metadata-offline.xsd", import.meta.url));
const MINISTERIE = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties";

async function scanPdf(): Promise<Uint8Array> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const klaar = new Promise<Uint8Array>((r) => doc.on("end", () => r(new Uint8Array(Buffer.concat(chunks)))));
  doc.rect(72, 72, 300, 200).fill("#888888");
  doc.end();
  return klaar;
}

async function woordBestand(regels: string[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ creator: "Pieter Jansen", sections: [{ children: regels.map((r) => new Paragraph(r)) }] })));
}

const BIJLAGEN = [
  { naam: "Kabinetsreactie", informatie: "openbaar" },
  { naam: "Verslag inspraakavond", informatie: "deels_openbaar", gronden: ["5.1.2e"] },
  { naam: "Juridisch advies", informatie: "niet_openbaar", gronden: ["5.1.2i", "5.2"] },
  { naam: "ROB-advies", informatie: "reeds_openbaar", vindplaats: "https://www.raadopenbaarbestuur.nl/documenten/publicaties/2025/naar-een-uitvoerende-macht" },
  { naam: "Notitie uitvoering", informatie: "openbaar" },
  { naam: "Gescande brief", informatie: "openbaar" },
];

async function bestanden(): Promise<[string, string, Uint8Array][]> {
  return [
    ["1", "reactie.pdf", await maakBijlagePdf(["De kabinetsreactie, opgesteld door Sanne de Vries.", "Vragen: bel 070 426 1234."], { auteur: "Sanne de Vries", titel: "Concept Pieter Jansen" })],
    ["2", "verslag.pdf", await maakBijlagePdf(["Inspraak van mevrouw Pietersen, BSN 111222333.", "Verder sprak de heer Karel Appel."], { notitie: "Jansen: controleren" })],
    ["3", "advies.pdf", await maakBijlagePdf(["Geheim juridisch advies."])],
    ["5", "notitie.docx", await woordBestand(["Notitie over de uitvoering.", "Afgestemd met P.J. Jansen (DWJZ)."])],
    ["6", "scan.pdf", await scanPdf()],
  ];
}

/** pdftotext's layout text with every run of white space as one space, and none before punctuation (the layout puts a gap after a redaction box). */
const plat = (t: string) => t.replace(/\s+/g, " ").replace(/ ([.,)])/g, "$1");

beforeAll(async () => {
  await ensureSeed();
}, 60_000);
afterAll(() => prisma.$disconnect());

describe("the publicatiepakket", () => {
  let nota: NotaDto;
  let zip: Record<string, Uint8Array>;
  let k: string;

  beforeAll(async () => {
    nota = await notaVerzonden({ bijlagen: BIJLAGEN }, await bestanden());
    k = nota.kenmerk;
  }, 120_000);

  it("is refused while a candidate in a bijlage's file is open, naming the bijlage and page", async () => {
    await expectAppError(exportPublicatiepakket(await as("woo"), nota.id), "CONFLICT", /^3 mogelijke persoonsgegevens van anderen zijn nog niet beoordeeld: Bijlage 2 \(bestand\), pagina 1 \(3\)\./);
    const v = await getOpenbareVersieVergelijking((await as("woo")).actor, nota.id);
    expect(v.kandidaten).toEqual([
      { tekst: "mevrouw Pietersen", soort: "naam", waar: "Bijlage 2 (bestand), pagina 1" },
      { tekst: "111222333", soort: "bsn", waar: "Bijlage 2 (bestand), pagina 1" },
      { tekst: "de heer Karel Appel", soort: "naam", waar: "Bijlage 2 (bestand), pagina 1" },
    ]);
    expect(v.bijlagen).toEqual([
      { volgnummer: 1, naam: "Kabinetsreactie", wat: "Gepubliceerd als openbare versie (PDF), weggelakt: 5.1.2e." },
      { volgnummer: 2, naam: "Verslag inspraakavond", wat: "Gepubliceerd als openbare versie (PDF), niets weggelakt." },
      { volgnummer: 3, naam: "Juridisch advies", wat: "Niet openbaar of reeds openbaar: alleen vermeld in de inventarislijst." },
      { volgnummer: 4, naam: "ROB-advies", wat: "Niet openbaar of reeds openbaar: alleen vermeld in de inventarislijst." },
      { volgnummer: 5, naam: "Notitie uitvoering", wat: "Gepubliceerd als openbare versie (PDF, omgezet van Word), weggelakt: 5.1.2e." },
      { volgnummer: 6, naam: "Gescande brief", wat: "Niet gepubliceerd: De PDF heeft geen tekstlaag (bijvoorbeeld een scan); de persoonsgegevens erin kunnen niet automatisch worden weggelakt." },
    ]);
    const r = await beoordeelKandidaten(await as("woo"), nota.id, nota.versie, {
      besluiten: [
        { tekst: "mevrouw Pietersen", besluit: "weglakken:5.1.2e" },
        { tekst: "111222333", besluit: "weglakken:5.1.1e" },
        { tekst: "de heer Karel Appel", besluit: "weglakken:5.1.2e" },
      ],
    });
    expect(r.open).toEqual([]);
    // A manual redaction of a phrase that stands only in a bijlage's file.
    const w = await addWeglakking(await as("woo"), nota.id, r.versie, { tekst: "De kabinetsreactie, opgesteld door", grond: "5.2" });
    nota = { ...nota, versie: w.versie };
  });

  it("holds every document, each with its DiWoo record valid against the XSD, and the inventarislijst", async () => {
    zip = unzip((await exportPublicatiepakket(await as("woo"), nota.id)).bytes);
    expect(Object.keys(zip).sort()).toEqual(
      [
        `${k}-beslisnota-openbaar.pdf`,
        `${k}-diwoo.xml`,
        `${k}-kamerbrief.pdf`,
        `${k}-kamerbrief-diwoo.xml`,
        `${k}-bijlage-1-kabinetsreactie.pdf`,
        `${k}-bijlage-1-kabinetsreactie-diwoo.xml`,
        `${k}-bijlage-2-verslag-inspraakavond.pdf`,
        `${k}-bijlage-2-verslag-inspraakavond-diwoo.xml`,
        `${k}-bijlage-5-notitie-uitvoering.pdf`,
        `${k}-bijlage-5-notitie-uitvoering-diwoo.xml`,
        `${k}-inventarislijst.csv`,
        `${k}-inventarislijst.pdf`,
      ].sort(),
    );
    for (const [naam, bytes] of Object.entries(zip)) {
      if (!naam.endsWith(".xml")) continue;
      const xml = new TextDecoder().decode(bytes);
      expect(xmllintValidate(xml, XSD).ok, naam).toBe(true);
      expect(xml).toContain(`<diwoo:aggregatiekenmerk>${k}</diwoo:aggregatiekenmerk>`);
    }
    expect(new TextDecoder().decode(zip[`${k}-bijlage-2-verslag-inspraakavond-diwoo.xml`])).toContain('resource="https://identifier.overheid.nl/tooi/def/thes/kern/c_7f9dffa7">vergaderstuk</diwoo:documentsoort>');
    expect(new TextDecoder().decode(zip[`${k}-kamerbrief-diwoo.xml`])).toContain(">Kamerbrief</diwoo:documentsoort>");
  });

  it("carries the public version of each bijlage: withheld text gone, grounds printed, the ministry as author", async () => {
    const geheim = ["Sanne", "Vries", "Jansen", "070 426 1234", "Pietersen", "111222333", "Karel Appel", "controleren", "opgesteld door"];
    for (const [naam, bytes] of Object.entries(zip)) {
      if (!naam.endsWith(".pdf")) continue;
      const tekst = plat(pdfText(bytes));
      for (const g of geheim) expect(tekst, `${naam}: ${g}`).not.toContain(g);
      const info = pdfInfo(bytes);
      expect(info.Author, naam).toBe(MINISTERIE);
      expect(JSON.stringify(info), naam).not.toMatch(/Vries|Jansen|Concept/);
      expect(pdfXmp(bytes), naam).not.toMatch(/Vries|Jansen/);
    }
    const b1 = plat(pdfText(zip[`${k}-bijlage-1-kabinetsreactie.pdf`]!));
    expect(b1).toContain("[5.2] [5.1.2e].");
    expect(b1).toContain("Vragen: bel [5.1.2e].");
    const b2 = plat(pdfText(zip[`${k}-bijlage-2-verslag-inspraakavond.pdf`]!));
    expect(b2).toContain("Inspraak van [5.1.2e], BSN [5.1.1e].");
    expect(b2).toContain("Verder sprak [5.1.2e].");
    const b5 = plat(pdfText(zip[`${k}-bijlage-5-notitie-uitvoering.pdf`]!));
    expect(b5).toContain("Notitie over de uitvoering.");
    expect(b5).toContain("Afgestemd met [5.1.2e] (DWJZ).");
  });

  it("lists every document in the inventarislijst (CSV and PDF) with its decision and grounds", async () => {
    const csv = new TextDecoder().decode(zip[`${k}-inventarislijst.csv`]);
    const regels = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(regels[0]).toBe("Nummer,Document,Datum,Besluit,Gronden,Opmerking,Bestand");
    expect(regels.slice(1).map((r) => r.split(",")[0])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(regels[3]).toBe(`3,Bijlage 1: Kabinetsreactie,${regels[3]!.split(",")[2]},Deels openbaar,"5.1.2e, 5.2",,${k}-bijlage-1-kabinetsreactie.pdf`);
    expect(regels[4]).toContain(`,Bijlage 2: Verslag inspraakavond,`);
    expect(regels[4]).toContain(`,Deels openbaar,"5.1.1e, 5.1.2e",,${k}-bijlage-2-verslag-inspraakavond.pdf`);
    expect(regels[5]).toContain(`,Bijlage 3: Juridisch advies,`);
    expect(regels[5]).toMatch(/,Niet openbaar,"5\.1\.2i, 5\.2",,$/);
    expect(regels[6]).toContain(",Reeds openbaar,,Vindplaats: https://www.raadopenbaarbestuur.nl/documenten/publicaties/2025/naar-een-uitvoerende-macht,");
    expect(regels[7]).toContain(`,Deels openbaar,5.1.2e,Omgezet van Word naar PDF.,${k}-bijlage-5-notitie-uitvoering.pdf`);
    expect(regels[8]).toContain(',Niet openbaar,,"De PDF heeft geen tekstlaag (bijvoorbeeld een scan); de persoonsgegevens erin kunnen niet automatisch worden weggelakt.",');
    expect(regels[1]).toMatch(new RegExp(`^1,Beslisnota ${k}: Testnota [0-9a-f]{8},\\d{1,2} \\p{L}+ \\d{4},(Deels openbaar|Openbaar),`, "u"));
    expect(regels[2]).toBe(`2,Kamerbrief: Kabinetsreactie,1 juli 2025,Openbaar,,,${k}-kamerbrief.pdf`);
    // The PDF is a tagged table: every cell, as the structure tree holds it, in reading order.
    const structuur = pdfStructuur(zip[`${k}-inventarislijst.pdf`]!);
    posities(structuur, [
      `"Inventarislijst openbaarmaking beslisnota ${k}"`,
      '"Nummer"', '"Document"', '"Datum"', '"Besluit"', '"Gronden"', '"Opmerking"', '"Bestand"',
      '"Kamerbrief: Kabinetsreactie"', '"1 juli 2025"', '"Openbaar"',
      '"Bijlage 3: Juridisch advies"', '"Niet openbaar"', '"5.1.2i, 5.2"',
      '"Bijlage 4: ROB-advies"', '"Reeds openbaar"',
      '"Bijlage 5: Notitie uitvoering"', '"Deels openbaar"', '"Omgezet van Word naar PDF."',
    ]);
    expect(pdfInfo(zip[`${k}-inventarislijst.pdf`]!)).toMatchObject({ Tagged: "yes", Author: MINISTERIE });
  });

  it("is published whole: the audit event lists every file of the package", async () => {
    const p = await publishNota(await as("woo"), nota.id, nota.versie);
    expect(p.status).toBe("gepubliceerd");
    const e = await prisma.auditEvent.findFirst({ where: { notaId: nota.id, actie: "nota.gepubliceerd" } });
    expect((e?.na as { pakket: string[] }).pakket).toHaveLength(12);
  });
});

describe("the final leak check", () => {
  it("refuses package and publication when a file still names an official, and publishes nothing", async () => {
    // The Kamerbrief is not redacted (it is the minister's public letter): an official's name in it stops the package.
    let n = await notaBesloten({ mrBehandeling: false });
    n = await saveKamerbrief(await as("opsteller"), n.id, n.versie, { datum: "2025-07-01", betreft: "Reactie", tekst: "Voor vragen kunt u terecht bij Pieter Jansen.", ondertekenaarId: await userId("minister") });
    n = await recordSending(await as("pz"), n.id, n.versie, { verzondenOp: "2025-07-01" });
    await expectAppError(exportPublicatiepakket(await as("woo"), n.id), "CONFLICT", new RegExp(`^Het publicatiepakket is niet gemaakt: de laatste controle vond nog persoonsgegevens of weggelakte tekst in ${n.kenmerk}-kamerbrief\\.pdf \\(1\\)\\. Er is niets gepubliceerd\\.$`));
    await expectAppError(publishNota(await as("woo"), n.id, n.versie), "CONFLICT", /laatste controle/);
    expect((await prisma.nota.findUniqueOrThrow({ where: { id: n.id } })).status).toBe("verzonden");
    expect(await prisma.publicatie.count({ where: { notaId: n.id } })).toBe(0);
  });
});
