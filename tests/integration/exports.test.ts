// Every document the chain produces, read back: PDF text and metadata (poppler), the .docx XML,
// the DiWoo record against its XSD, the .zip's entries, the .ics lines; and the publication.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { recordDecision } from "@/lib/server/notas/record-decision";
import { registerForMr } from "@/lib/server/ministerraad/register-for-mr";
import { recordMrOutcome } from "@/lib/server/ministerraad/record-mr-outcome";
import { saveKamerbrief } from "@/lib/server/kamerbrief/save-kamerbrief";
import { recordSending } from "@/lib/server/kamerbrief/record-sending";
import { recordTkNumbers } from "@/lib/server/kamerbrief/record-tk-numbers";
import { submitNota } from "@/lib/server/notas/submit-nota";
import { recordParaaf } from "@/lib/server/notas/record-paraaf";
import { uploadBijlage } from "@/lib/server/notas/upload-bijlage";
import { createToken } from "@/lib/server/tokens/create-token";
import { exportKamerbriefPdf } from "@/lib/server/exports/kamerbrief-pdf";
import { exportKamerbriefDocx } from "@/lib/server/exports/kamerbrief-docx";
import { exportNotaPdf } from "@/lib/server/exports/nota-pdf";
import { exportOpenbareVersieHtml, exportOpenbareVersiePdf } from "@/lib/server/exports/openbare-versie";
import { exportDiwooXml } from "@/lib/server/exports/diwoo-xml";
import { exportPublicatiepakket } from "@/lib/server/exports/publicatiepakket";
import { exportBesluitenlijstPdf } from "@/lib/server/exports/besluitenlijst-pdf";
import { agendaFeed, renewAgendaToken } from "@/lib/server/exports/agenda-feed";
import { addWeglakking, listWeglakkingen } from "@/lib/server/publicatie/weglakkingen";
import { publishNota } from "@/lib/server/publicatie/publish-nota";
import { getOpenbareVersieVergelijking } from "@/lib/server/publicatie/openbare-versie";
import { dagVan, formatDagMetWeekdag, plusDagen } from "@/lib/domain/datum";
import { uiterlijkeRondzenddatum } from "@/lib/domain/ministerraad";
import type { NotaDto } from "@/lib/server/notas/nota-dto";
import { GET as kamerbriefPdfRoute } from "@/app/api/v1/notas/[id]/kamerbrief.pdf/route";
import { GET as kamerbriefDocxRoute } from "@/app/api/v1/notas/[id]/kamerbrief.docx/route";
import { GET as openbaarHtmlRoute } from "@/app/api/v1/notas/[id]/openbare-versie.html/route";
import { GET as diwooRoute } from "@/app/api/v1/notas/[id]/diwoo.xml/route";
import { POST as publicatieRoute } from "@/app/api/v1/notas/[id]/publicatie/route";
import { POST as weglakkingRoute } from "@/app/api/v1/notas/[id]/weglakkingen/route";
import { GET as besluitenlijstRoute } from "@/app/api/v1/mr-vergaderingen/[id]/besluitenlijst.pdf/route";
import { POST as agendaTokenRoute } from "@/app/api/v1/agenda/token/route";
import { GET as agendaRoute } from "@/app/api/v1/agenda/[token]/route";
import { actor, as, ensureSeed, expectAppError, meetingInDays, newNota, notaBijMinister, prisma, userId } from "@/tests/support/fixtures";
import { maakBijlagePdf } from "@/tests/support/bijlage-pdf-maker";
import { docxParagrafen, pdfInfo, pdfStructuur, pdfText, pdfXmp, posities, unzip, unzipText, xmllintValidate } from "@/tests/support/read-back";

const XSD = fileURLToPath(new URL("../fixtures/diwoo/diwoo-metadata-offline.xsd", import.meta.url));
const MINISTERIE = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties";
const MINISTER = "Marieke van den Berg";
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const vandaag = () => dagVan(new Date());

/** Everything of the demo officials that must never reach the public version. */
const GEHEIM = [
  "Sanne de Vries",
  "S. de Vries",
  "opsteller@beslisroute.test",
  "06-12345678",
  "+31 6 12345678",
  "Pieter Jansen",
  "afdelingshoofd@beslisroute.test",
  "070 426 1234",
  "(070) 4261234",
  "Fatima el Amrani",
  "Hendrik Bakker",
  "Mila Kok",
  "Ingrid Mulder",
  "De onderhandelingsruimte",
  "Noordzee-dossier",
];

const BRIEFTEKST = `Hierbij bied ik u, mede namens de minister-president, de kabinetsreactie aan op het advies ‘Naar een uitvoerende macht’ van de Raad voor het Openbaar Bestuur (ROB).

Het kabinet wil de officiële financiën flexibel en efficiënt inzetten; de reflectie van de “professionals” telt. Één café, één idee.

1. Eerste toezegging
2. Tweede toezegging`;

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const bearer = (token: string, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, ...extra });
const bytesVan = async (r: Response) => new Uint8Array(await r.arrayBuffer());
/** Layout text with every run of white space as one space: wrapped lines of flowing text join up. */
const plat = (t: string) => t.replace(/\s+/g, " ");

let lezerToken: string;
let wooToken: string;

/**
 * A nota naming officials by name, e-mail and phone, with a withheld passage, a contactpersoon, an
 * annotation, a public bijlage with a file, through paraaf, decision, MR and sending.
 */
async function verzondenNota(opties: { uwKenmerk?: string; mrUitkomst?: "akkoord" | "aanvaard_met_wijzigingen"; vergaderingDagen?: number; rubricering?: string } = {}) {
  let n = await newNota({
    onderwerp: `Kabinetsreactie op het ROB-advies ‘Naar een uitvoerende macht’ ${Math.random().toString(36).slice(2, 7)}`,
    contactpersoonId: await userId("afdelingshoofd"),
    aanleiding: "Op 30 juni besluit de MR. Afgestemd met Pieter Jansen (afdelingshoofd@beslisroute.test, 070 426 1234).",
    kern: "Hierbij de kabinetsreactie. {{5.1.2i: De onderhandelingsruimte bedraagt 3 miljoen euro.}}",
    toelichting: "### Afstemming\n\n- Besproken met S. de Vries en Mila Kok\n- Vragen: bel +31 6 12345678 of mail opsteller@beslisroute.test\n- Secretariaat: (070) 4261234\n\nHet Noordzee-dossier is gevoelig.",
    bijlagen: [
      { naam: "Kabinetsreactie ROB-advies", informatie: "openbaar" },
      { naam: "TK-brief kabinetsreactie", informatie: "openbaar" },
      { naam: "Juridisch advies", informatie: "niet_openbaar", gronden: ["5.1.2i"] },
    ],
    ...(opties.rubricering ? { rubricering: opties.rubricering } : {}),
  });
  // Files: the public bijlage 1 and the non-public bijlage 3.
  n = await uploadBijlage(await as("opsteller"), n.id, "1", n.versie, { naam: "reactie.pdf", bytes: await maakBijlagePdf(["De kabinetsreactie op het ROB-advies."], { auteur: "Directie Democratie en Bestuur", titel: "Kabinetsreactie" }) });
  n = await uploadBijlage(await as("opsteller"), n.id, "3", n.versie, { naam: "advies.pdf", bytes: new TextEncoder().encode("%PDF-1.4\n% geheim advies\n%%EOF\n") });
  n = await submitNota(await as("opsteller"), n.id, n.versie, {
    paraafroute: [
      { volgorde: 1, gebruikerId: await userId("afdelingshoofd"), rol: "Afdelingshoofd" },
      { volgorde: 2, gebruikerId: await userId("directeur"), rol: "Directeur" },
      { volgorde: 3, gebruikerId: await userId("dg"), rol: "DG" },
    ],
  });
  n = await recordParaaf(await as("afdelingshoofd"), n.id, n.versie, { oordeel: "akkoord" });
  n = await recordParaaf(await as("directeur"), n.id, n.versie, { oordeel: "akkoord_met_opmerkingen", opmerking: "Let op de afstemming met Ingrid Mulder over de aanbieding." });
  n = await recordParaaf(await as("dg"), n.id, n.versie, { oordeel: "akkoord" });
  n = await recordDecision(await as("minister"), n.id, n.versie, {
    beslispunten: n.beslispunten.map((b) => ({ volgnummer: b.volgnummer, oordeel: "akkoord" })),
    annotatie: "Akkoord. Dank aan het team van Fatima el Amrani.",
    uitkomst: "besloten",
  });
  const v = await meetingInDays(opties.vergaderingDagen ?? 9);
  n = await registerForMr(await as("mr"), n.id, n.versie, { vergaderingId: v.id, rondgezondenOp: uiterlijkeRondzenddatum(v.datum) });
  n = await recordMrOutcome(await as("mr"), n.id, n.versie, opties.mrUitkomst === "aanvaard_met_wijzigingen" ? { uitkomst: "aanvaard_met_wijzigingen", toelichting: "Met een zin over de uitvoering." } : { uitkomst: "akkoord" });
  n = await saveKamerbrief(await as("opsteller"), n.id, n.versie, {
    datum: "2025-07-01",
    betreft: "Kabinetsreactie op het ROB-advies ‘Naar een uitvoerende macht’",
    uwKenmerk: opties.uwKenmerk ?? null,
    tekst: BRIEFTEKST,
    ondertekenaarId: await userId("minister"),
  });
  n = await recordSending(await as("pz"), n.id, n.versie, { verzondenOp: "2025-07-01" });
  n = await recordTkNumbers(await as("pz"), n.id, n.versie, { tkDocumentnummer: "2025D31349", tkZaaknummer: "2025Z13826", dossiernummer: "29 362", ondernummer: 385, vergaderjaar: "2024-2025" });
  return { nota: n, vergadering: v };
}

let hoofd: { nota: NotaDto; vergadering: { id: string; datum: string } };

beforeAll(async () => {
  await ensureSeed();
  hoofd = await verzondenNota();
  lezerToken = (await createToken(await as("lezer"), { naam: "Exporttest", scope: "schrijven" })).token;
  wooToken = (await createToken(await as("woo"), { naam: "Exporttest", scope: "schrijven" })).token;
}, 120_000);
afterAll(() => prisma.$disconnect());

/**
 * The newest audit event of an action; for a download ("export.*") the newest row of the access
 * log, where downloads are recorded since they left the audit chain (issue 8, issue 14).
 */
async function laatsteEvent(notaId: string | null, actie: string) {
  if (!actie.startsWith("export.")) return prisma.auditEvent.findFirst({ where: { actie, ...(notaId ? { notaId } : {}) }, orderBy: { seq: "desc" } });
  const d = await prisma.download.findFirst({ where: { actie, ...(notaId ? { notaId } : {}) }, orderBy: { id: "desc" } });
  return d && { actorId: d.actorId, na: { bestandsnaam: d.bestandsnaam, grootte: d.grootte, sha256: d.sha256, ...(d.extra as object | null) } };
}

describe("de Kamerbrief als PDF", () => {
  it("legt de brief uit zoals de Rijkshuisstijl: afzender, venster, referenties, Datum, Betreft, drie witregels, aanhef, tekst, ondertekening", async () => {
    const f = await exportKamerbriefPdf(await as("lezer"), hoofd.nota.id);
    expect(f.contentType).toBe("application/pdf");
    expect(f.fileName).toBe(`${hoofd.nota.kenmerk}-kamerbrief.pdf`);
    const tekst = pdfText(f.bytes);
    // The sender opens the letter (set in two lines, as the wordmark is).
    expect(plat(tekst).trim().startsWith(MINISTERIE)).toBe(true);
    posities(tekst, [
      "Retouradres Postbus 20011 2500 EA Den Haag",
      "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
      "Postbus 20018",
      "2500 EA DEN HAAG",
      "Datum",
      "1 juli 2025",
      "Betreft",
      "Kabinetsreactie op het ROB-advies ‘Naar een uitvoerende macht’",
      "Geachte voorzitter,",
      "Hierbij bied ik u, mede namens de minister-president",
      "Eerste toezegging",
      "De minister van Binnenlandse Zaken en Koninkrijksrelaties,",
      MINISTER,
    ]);
    // The reference column, beside the address.
    posities(tekst, ["Directie Democratie en Bestuur", "Ons kenmerk", hoofd.nota.kenmerk, "Bijlage(n)"]);
    expect(tekst).toMatch(/Bijlage\(n\)\s*\n\s*2\b/); // two bijlagen; the TK-brief itself is not one
    expect(tekst).not.toContain("Uw kenmerk");
    expect(tekst).toMatch(/Betreft[^\n]*\n(\s*\n){3,}\s*Geachte voorzitter,/);
    expect(tekst).toMatch(/Pagina 1 van \d/);
    // Dutch characters and ligatures come back as text.
    expect(plat(tekst)).toContain("Het kabinet wil de officiële financiën flexibel en efficiënt inzetten; de reflectie van de “professionals” telt. Één café, één idee.");
    expect(tekst).toMatch(/1\.\s+Eerste toezegging/);
  });

  it("is an A4, tagged PDF 1.7 with the ministry as author", async () => {
    const f = await exportKamerbriefPdf(await as("lezer"), hoofd.nota.id);
    const info = pdfInfo(f.bytes);
    expect(info).toMatchObject({ Author: MINISTERIE, Creator: "Beslisroute", Producer: "Beslisroute", Tagged: "yes", "PDF version": "1.7" });
    expect(info["Page size"]).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(info.Title).toBe("Kamerbrief: Kabinetsreactie op het ROB-advies ‘Naar een uitvoerende macht’");
    const structuur = pdfStructuur(f.bytes);
    expect(structuur.split("\n")[0]).toBe("Document");
    expect(structuur).toMatch(/^\s+L\b/m);
    expect(structuur).toMatch(/^\s+LBody\b/m);
    expect(structuur).toContain('"Geachte voorzitter,"');
    expect(structuur).not.toContain("Pagina 1"); // page numbers are artifacts
  });

  it("shows Uw kenmerk when there is one", async () => {
    const { nota } = await verzondenNota({ uwKenmerk: "2025Z99999" });
    const tekst = pdfText((await exportKamerbriefPdf(await as("lezer"), nota.id)).bytes);
    posities(tekst, ["Ons kenmerk", nota.kenmerk, "Uw kenmerk", "2025Z99999", "Bijlage(n)"]);
  });

  it("records the download with the file's hash in the access log", async () => {
    const f = await exportKamerbriefPdf(await as("lezer"), hoofd.nota.id);
    const e = await laatsteEvent(hoofd.nota.id, "export.kamerbrief_pdf");
    expect(e?.actorId).toBe(await userId("lezer"));
    expect(e?.na).toMatchObject({ bestandsnaam: f.fileName, sha256: sha(f.bytes), grootte: f.bytes.byteLength });
  });

  it("is 404 for a nota the reader may not see, and for a nota without a letter", async () => {
    const concept = await newNota();
    await expectAppError(exportKamerbriefPdf(await as("juridisch"), concept.id), "NOT_FOUND", /geen toegang/);
    await expectAppError(exportKamerbriefPdf(await as("opsteller"), concept.id), "NOT_FOUND", /geen Kamerbrief/);
    await expectAppError(exportKamerbriefDocx(await as("opsteller"), "geen-uuid"), "NOT_FOUND");
  });
});

describe("de Kamerbrief als Word-document", () => {
  it("is a real .docx: styled paragraphs in the letter's order, PAGE fields in the footer, the ministry as author", async () => {
    const f = await exportKamerbriefDocx(await as("lezer"), hoofd.nota.id);
    expect(f.contentType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(f.fileName).toBe(`${hoofd.nota.kenmerk}-kamerbrief.docx`);
    const delen = Object.keys(unzip(f.bytes));
    expect(delen).toEqual(expect.arrayContaining(["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/numbering.xml", "docProps/core.xml"]));
    const xml = unzipText(f.bytes, "word/document.xml");
    const p = docxParagrafen(xml);
    const tekst = p.join("\n");
    // The wordmark and the reference column are in the first page's header (see kamerbrief.test.ts).
    posities(tekst, [
      "Retouradres Postbus 20011 2500 EA Den Haag",
      "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
      "Postbus 20018",
      "2500 EA DEN HAAG",
      "Datum\t1 juli 2025",
      "Betreft\tKabinetsreactie op het ROB-advies ‘Naar een uitvoerende macht’",
      "Geachte voorzitter,",
      "Hierbij bied ik u",
      "officiële financiën flexibel en efficiënt",
      "Eerste toezegging",
      "De minister van Binnenlandse Zaken en Koninkrijksrelaties,",
      MINISTER,
    ]);
    const betreft = p.findIndex((x) => x.startsWith("Betreft\t"));
    expect(p.slice(betreft + 1, betreft + 4)).toEqual(["", "", ""]); // three blank lines
    expect(p[betreft + 4]).toBe("Geachte voorzitter,");
    expect(xml).toContain('<w:pStyle w:val="BriefTekst"/>');
    expect(xml).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    const footers = delen.filter((d) => /^word\/footer\d*\.xml$/.test(d)).map((d) => unzipText(f.bytes, d)).join("");
    expect(footers).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footers).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    const core = unzipText(f.bytes, "docProps/core.xml");
    expect(core).toContain(`<dc:creator>${MINISTERIE}</dc:creator>`);
    expect(core).toContain(`<cp:lastModifiedBy>${MINISTERIE}</cp:lastModifiedBy>`);
    const props = delen.filter((d) => d.startsWith("docProps/")).map((d) => unzipText(f.bytes, d)).join("");
    for (const naam of ["Sanne de Vries", "Ahmed Yilmaz", "Un-named"]) expect(props).not.toContain(naam);
    expect((await laatsteEvent(hoofd.nota.id, "export.kamerbrief_docx"))?.na).toMatchObject({ sha256: sha(f.bytes) });
  });
});

describe("de beslisnota (intern)", () => {
  it("holds the header, the sections in order, the beslispunten with the oordeel, annotations, bijlagen and the paraaf block", async () => {
    const f = await exportNotaPdf(await as("lezer"), hoofd.nota.id);
    expect(f.fileName).toBe(`${hoofd.nota.kenmerk}-beslisnota.pdf`);
    const tekst = pdfText(f.bytes);
    const structuur = pdfStructuur(f.bytes);
    // The header is a label/value table: read its cells from the structure tree.
    posities(structuur, [
      '"Beslisnota"',
      '"Aan"',
      `"${MINISTER}, Minister van Binnenlandse Zaken en Koninkrijksrelaties"`,
      '"Van"',
      '"Directie Democratie en Bestuur"',
      '"Datum"',
      '"Kenmerk"',
      `"${hoofd.nota.kenmerk}"`,
      '"Onderwerp"',
      '"Soort"',
      '"Ter beslissing"',
      '"Uiterste beslisdatum"',
      '"30 juni 2099 (MR 30 juni)"',
      '"Rubricering"',
      '"Ongerubriceerd"',
      '"Contactpersoon"',
      '"Pieter Jansen, 070 426 1234, afdelingshoofd@beslisroute.test"',
    ]);
    // The sections in the order of the beslisnota, as flowing text.
    posities(plat(tekst), [
      "Aanleiding",
      "Afgestemd met Pieter Jansen (afdelingshoofd@beslisroute.test, 070 426 1234).",
      "Geadviseerd besluit",
      "1. Kennisnemen van de toelichting Besluit bewindspersoon: Akkoord",
      "2. Instemmen met verzending aan de TK Besluit bewindspersoon: Akkoord",
      "Kern",
      "Hierbij de kabinetsreactie. [5.1.2i: De onderhandelingsruimte bedraagt 3 miljoen euro.]",
      "Toelichting",
      "Afstemming",
      "• Besproken met S. de Vries en Mila Kok",
      "Informatie die niet openbaar gemaakt kan worden",
      "Motivering",
      "Bijlagen",
      "Annotaties van de bewindspersoon",
      "Akkoord. Dank aan het team van Fatima el Amrani.",
      "Paraafblok (ronde 1)",
    ]);
    // The bijlagen and the paraaf block are tables.
    posities(structuur, ['"Volgnummer"', '"Naam"', '"Informatie"', '"1"', '"Kabinetsreactie ROB-advies"', '"Openbaar"', '"3"', '"Juridisch advies"', '"Niet openbaar (5.1.2i)"']);
    posities(structuur, [
      '"Rol"',
      '"Wie"',
      '"Wanneer"',
      '"Oordeel"',
      '"Opmerking"',
      '"Afdelingshoofd"',
      '"Pieter Jansen"',
      '"Akkoord"',
      '"Directeur"',
      '"Fatima el Amrani"',
      '"Akkoord met opmerkingen"',
      '"Let op de afstemming met Ingrid Mulder over de aanbieding."',
      '"DG"',
      '"Hendrik Bakker"',
    ]);
    expect(tekst).toMatch(/Beslisnota \S+ · Pagina 1 van \d/);
    const info = pdfInfo(f.bytes);
    expect(info).toMatchObject({ Author: MINISTERIE, Tagged: "yes" });
    for (const tag of ["H1", "H2", "H3", "P", "L", "LI", "Table", "TR", "TH", "TD"]) expect(structuur, tag).toMatch(new RegExp(`^\\s*${tag}\\b`, "m"));
    expect((await laatsteEvent(hoofd.nota.id, "export.nota_pdf"))?.na).toMatchObject({ sha256: sha(f.bytes) });
  });

  it("prints the rubricering on every page", async () => {
    const n = await notaBijMinister({ rubricering: "Departementaal vertrouwelijk" });
    const tekst = pdfText((await exportNotaPdf(await as("mr"), n.id)).bytes);
    expect(tekst).toMatch(/Departementaal vertrouwelijk · Beslisnota \S+ · Pagina 1 van/);
    await expectAppError(exportNotaPdf(await as("lezer"), n.id), "NOT_FOUND");
  });
});

describe("de openbare versie", () => {
  let pdf: Uint8Array;
  let html: string;

  beforeAll(async () => {
    await addWeglakking(await as("woo"), hoofd.nota.id, (await prisma.nota.findUniqueOrThrow({ where: { id: hoofd.nota.id } })).versie, { tekst: "Noordzee-dossier", grond: "5.1.2a" });
    pdf = (await exportOpenbareVersiePdf(await as("lezer"), hoofd.nota.id)).bytes;
    html = new TextDecoder().decode((await exportOpenbareVersieHtml(await as("lezer"), hoofd.nota.id)).bytes);
  });

  it.each(GEHEIM.map((g) => [g]))("contains no %s, in text, metadata or HTML", (geheim) => {
    const tekst = pdfText(pdf);
    expect(plat(tekst)).not.toContain(geheim);
    expect(pdfStructuur(pdf)).not.toContain(geheim); // table cells whole, not wrapped
    expect(JSON.stringify(pdfInfo(pdf))).not.toContain(geheim);
    expect(pdfXmp(pdf)).not.toContain(geheim);
    expect(html).not.toContain(geheim);
  });

  it("shows 5.1.2e, the withheld passage's ground, the manual redaction's ground and the legend", () => {
    const tekst = plat(pdfText(pdf));
    posities(tekst, ["Beslisnota (openbare versie)", "Contactpersoon", "[5.1.2e]", "Aanleiding", "Afgestemd met [5.1.2e] ([5.1.2e], [5.1.2e])", "Kern", "Hierbij de kabinetsreactie. [5.1.2i]"]);
    posities(tekst, ["Toelichting", "Besproken met [5.1.2e] en [5.1.2e]", "bel [5.1.2e] of mail [5.1.2e]", "Secretariaat: [5.1.2e]", "Het [5.1.2a] is gevoelig."]);
    posities(tekst, [
      "Legenda Woo-gronden",
      "5.1.2a",
      "Internationale betrekkingen",
      "5.1.2e",
      "Eerbiediging van de persoonlijke levenssfeer",
      "5.1.2i",
      "Goed functioneren van de Staat",
    ]);
    expect(html).toContain('<span class="br-weggelakt">[5.1.2e]</span>');
    expect(html).toContain("<dt>5.1.2a</dt><dd>Internationale betrekkingen</dd>");
  });

  it("keeps the minister's name and annotation, the roles of the paraaf block, and withholds who initialled", () => {
    const structuur = pdfStructuur(pdf);
    posities(structuur, ['"Aan"', `"${MINISTER}, Minister van Binnenlandse Zaken en Koninkrijksrelaties"`]);
    posities(plat(pdfText(pdf)), ["Annotaties van de bewindspersoon", "Akkoord. Dank aan het team van [5.1.2e]."]);
    posities(structuur, [
      '"Paraafblok (ronde 1)"',
      '"Afdelingshoofd"',
      '"[5.1.2e]"',
      '"Directeur"',
      '"[5.1.2e]"',
      '"Akkoord met opmerkingen"',
      '"Let op de afstemming met [5.1.2e] over de aanbieding."',
      '"DG"',
      '"[5.1.2e]"',
    ]);
    expect(html).toContain(MINISTER);
  });

  it("has the ministry as author and a title without names", () => {
    const info = pdfInfo(pdf);
    expect(info).toMatchObject({ Author: MINISTERIE, Creator: "Beslisroute", Producer: "Beslisroute", Tagged: "yes" });
    expect(info.Title).toMatch(/^Openbare versie beslisnota BZK-\d{4}-\d{6}: Kabinetsreactie/);
  });

  it("gives the reviewer both sides: the original with what goes marked, and the public version", async () => {
    const v = await getOpenbareVersieVergelijking(await actor("woo"), hoofd.nota.id);
    expect(v.origineelHtml).toContain('<mark class="br-niet-openbaar" data-gronden="5.1.2e">Pieter Jansen</mark>');
    expect(v.origineelHtml).toContain('<mark class="br-niet-openbaar" data-gronden="5.1.2a">Noordzee-dossier</mark>');
    expect(v.openbaarHtml).not.toContain("Pieter Jansen");
    expect(v.legenda.map((l) => l.code)).toEqual(["5.1.2a", "5.1.2e", "5.1.2i"]);
    expect(v.weglakkingen).toMatchObject([{ tekst: "Noordzee-dossier", grond: "5.1.2a" }]);
    expect(v.resterend).toEqual([]);
    expect(v.publicatie).toBeNull();
  });
});

describe("handmatige weglakkingen", () => {
  it("are for the woo_coordinator, on the version seen, on a text that occurs, once", async () => {
    const { nota } = await verzondenNota();
    await expectAppError(addWeglakking(await as("opsteller"), nota.id, nota.versie, { tekst: "Noordzee-dossier", grond: "5.1.2a" }), "FORBIDDEN");
    await expectAppError(addWeglakking(await as("woo"), nota.id, nota.versie - 1, { tekst: "Noordzee-dossier", grond: "5.1.2a" }), "STALE_VERSION");
    const fout = await expectAppError(addWeglakking(await as("woo"), nota.id, nota.versie, { tekst: "Noordzee-dossier", grond: "5.1.9" }), "VALIDATION_FAILED");
    expect(fout.errors!.map((e) => e.path)).toEqual(["grond"]);
    await expectAppError(addWeglakking(await as("woo"), nota.id, nota.versie, { tekst: "Waddenzee", grond: "5.1.2a" }), "VALIDATION_FAILED", /komt niet voor/);
    const r = await addWeglakking(await as("woo"), nota.id, nota.versie, { tekst: "noordzee-DOSSIER", grond: "5.1.2a" });
    expect(r.versie).toBe(nota.versie + 1);
    await expectAppError(addWeglakking(await as("woo"), nota.id, r.versie, { tekst: "Noordzee-dossier", grond: "5.1.2a" }), "CONFLICT");
    expect((await listWeglakkingen(await actor("lezer"), nota.id)).map((w) => w.grond)).toEqual(["5.1.2a"]);
    expect((await laatsteEvent(nota.id, "weglakking.toegevoegd"))?.na).toMatchObject({ tekst: "noordzee-DOSSIER", grond: "5.1.2a" });
    expect(pdfText((await exportOpenbareVersiePdf(await as("woo"), nota.id)).bytes)).toContain("Het [5.1.2a] is gevoelig.");
  });

  it("works through the API with If-Match and returns the new ETag", async () => {
    const { nota } = await verzondenNota();
    const url = `http://localhost/api/v1/notas/${nota.id}/weglakkingen`;
    const zonder = await weglakkingRoute(new Request(url, { method: "POST", headers: bearer(wooToken, { "content-type": "application/json" }), body: "{}" }), ctx(nota.id));
    expect(zonder.status).toBe(428);
    const r = await weglakkingRoute(
      new Request(url, { method: "POST", headers: bearer(wooToken, { "content-type": "application/json", "if-match": `"${nota.versie}"` }), body: JSON.stringify({ tekst: "Noordzee-dossier", grond: "5.1.2a" }) }),
      ctx(nota.id),
    );
    expect(r.status).toBe(200);
    expect(r.headers.get("etag")).toBe(`"${nota.versie + 1}"`);
    expect(await r.json()).toMatchObject({ versie: nota.versie + 1, weglakking: { tekst: "Noordzee-dossier", grond: "5.1.2a" } });
  });
});

describe("publiceren", () => {
  it("refuses the opsteller (403), a stale version (409), a wrong state (409); works for the woo coordinator", async () => {
    const { nota } = await verzondenNota();
    await expectAppError(publishNota(await as("opsteller"), nota.id, nota.versie), "FORBIDDEN");
    await expectAppError(publishNota(await as("woo"), nota.id, nota.versie - 1), "STALE_VERSION");
    const besloten = await notaBijMinister();
    await expectAppError(publishNota(await as("woo"), besloten.id, besloten.versie), "INVALID_TRANSITION", /openbare versie publiceren/);

    const p = await publishNota(await as("woo"), nota.id, nota.versie);
    expect(p).toMatchObject({ status: "gepubliceerd", versie: nota.versie + 1, publicatie: { bestandsnaam: `${nota.kenmerk}-beslisnota-openbaar.pdf` } });
    const rij = await prisma.publicatie.findUniqueOrThrow({ where: { notaId: nota.id } });
    expect(rij.sha256).toBe(p.publicatie.sha256);
    expect(sha(new Uint8Array(rij.inhoud))).toBe(rij.sha256);
    expect(Math.abs(rij.gepubliceerdOp.getTime() - Date.now())).toBeLessThan(60_000);
    const e = await laatsteEvent(nota.id, "nota.gepubliceerd");
    expect(e).toMatchObject({ actorId: await userId("woo"), vanStatus: "verzonden", naarStatus: "gepubliceerd", versie: nota.versie + 1 });
    expect(e?.na).toMatchObject({ sha256: rij.sha256, gronden: ["5.1.2e", "5.1.2i"] });

    // What is downloaded afterwards is exactly what was published.
    expect(sha((await exportOpenbareVersiePdf(await as("lezer"), nota.id)).bytes)).toBe(rij.sha256);
    await expectAppError(publishNota(await as("woo"), nota.id, p.versie), "INVALID_TRANSITION");
    await expectAppError(addWeglakking(await as("woo"), nota.id, p.versie, { tekst: "Noordzee-dossier", grond: "5.1.2a" }), "INVALID_TRANSITION");
    expect((await getOpenbareVersieVergelijking(await actor("woo"), nota.id)).publicatie).toMatchObject({ sha256: rij.sha256 });
  });

  it("refuses the opsteller of the nota even when they hold the woo role", async () => {
    const { nota } = await verzondenNota();
    const opstellerId = await userId("opsteller");
    await prisma.gebruiker.update({ where: { id: opstellerId }, data: { rollen: ["opsteller", "woo_coordinator"] } });
    try {
      await expectAppError(publishNota(await as("opsteller"), nota.id, nota.versie), "FORBIDDEN", /opsteller mag de eigen nota niet publiceren/);
    } finally {
      await prisma.gebruiker.update({ where: { id: opstellerId }, data: { rollen: ["opsteller"] } });
    }
  });

  it("works through the API: 428 without If-Match, 403 for a lezer, 200 with the ETag for the woo coordinator", async () => {
    const { nota } = await verzondenNota();
    const url = `http://localhost/api/v1/notas/${nota.id}/publicatie`;
    expect((await publicatieRoute(new Request(url, { method: "POST", headers: bearer(wooToken) }), ctx(nota.id))).status).toBe(428);
    const lezer = await publicatieRoute(new Request(url, { method: "POST", headers: bearer(lezerToken, { "if-match": `"${nota.versie}"` }) }), ctx(nota.id));
    expect(lezer.status).toBe(403);
    expect(lezer.headers.get("content-type")).toContain("application/problem+json");
    const ok = await publicatieRoute(new Request(url, { method: "POST", headers: bearer(wooToken, { "if-match": `"${nota.versie}"` }) }), ctx(nota.id));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("etag")).toBe(`"${nota.versie + 1}"`);
    expect(await ok.json()).toMatchObject({ status: "gepubliceerd", publicatie: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
  });
});

describe("DiWoo-metadata", () => {
  it("validates against the XSD 0.9.8 and carries publisher, title, categories, handelingen, relation and identifiers", async () => {
    const f = await exportDiwooXml(await as("woo"), hoofd.nota.id);
    expect(f).toMatchObject({ contentType: "application/xml; charset=utf-8", fileName: `${hoofd.nota.kenmerk}-diwoo.xml` });
    const xml = new TextDecoder().decode(f.bytes);
    const r = xmllintValidate(xml, XSD);
    expect(r.output).toContain("validates");
    expect(r.ok).toBe(true);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<diwoo:Document xmlns:diwoo="https:\/\/standaarden\.overheid\.nl\/diwoo\/metadata\/">\n {2}<diwoo:DiWoo>/);
    expect(xml).toContain(`<diwoo:publisher resource="https://identifier.overheid.nl/tooi/id/ministerie/mnre1034">${MINISTERIE}</diwoo:publisher>`);
    expect(xml).toContain("<diwoo:officieleTitel>Beslisnota: Kabinetsreactie op het ROB-advies ‘Naar een uitvoerende macht’");
    expect(xml).toContain('resource="https://identifier.overheid.nl/tooi/def/thes/kern/c_2977c34f">beslisnota</diwoo:documentsoort>');
    expect(xml).toContain('resource="https://identifier.overheid.nl/tooi/def/thes/kern/c_c76862ab">vergaderstukken Staten-Generaal</diwoo:informatiecategorie>');
    const besluit = await prisma.nota.findUniqueOrThrow({ where: { id: hoofd.nota.id }, select: { besluitOp: true } });
    const { amsterdamTijdstip } = await import("@/lib/domain/diwoo");
    expect(xml).toContain(`>vaststelling</diwoo:soortHandeling><diwoo:atTime>${amsterdamTijdstip(besluit.besluitOp!)}</diwoo:atTime>`);
    expect(xml).toContain(">ondertekening</diwoo:soortHandeling><diwoo:atTime>2025-07-01T00:00:00+02:00</diwoo:atTime>");
    expect(xml).toContain('<diwoo:relation resource="https://zoek.officielebekendmakingen.nl/kst-29362-385.html">Kamerstukken II 2024/25, 29 362, nr. 385, TK-document 2025D31349</diwoo:relation>');
    expect(xml).toContain(`<diwoo:identifier>${hoofd.nota.kenmerk}</diwoo:identifier><diwoo:identifier>Kamerstukken II 2024/25, 29 362, nr. 385</diwoo:identifier>`);
    expect(xml).toContain(`>Kabinetsreactie ROB-advies</diwoo:relation>`);
    expect(xml).not.toContain("Juridisch advies"); // not public
    expect(xml).not.toContain("naamOpsteller");
    const namen = (await prisma.gebruiker.findMany({ select: { naam: true } })).map((g) => g.naam);
    for (const naam of namen) expect(xml).not.toContain(naam);
  });

  it("exists only once the letter is sent (409 before), and through the route as XML", async () => {
    const besloten = await notaBijMinister();
    await expectAppError(exportDiwooXml(await as("woo"), besloten.id), "INVALID_TRANSITION", /verzonden/);
    const r = await diwooRoute(new Request(`http://localhost/api/v1/notas/${hoofd.nota.id}/diwoo.xml`, { headers: bearer(lezerToken) }), ctx(hoofd.nota.id));
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(r.headers.get("content-disposition")).toBe(`attachment; filename="${hoofd.nota.kenmerk}-diwoo.xml"; filename*=UTF-8''${hoofd.nota.kenmerk}-diwoo.xml`);
  });
});

describe("het publicatiepakket", () => {
  it("holds the Kamerbrief, the public nota, the public version of the public bijlagen, a DiWoo record each and the inventarislijst, with predictable names", async () => {
    const f = await exportPublicatiepakket(await as("woo"), hoofd.nota.id);
    expect(f).toMatchObject({ contentType: "application/zip", fileName: `${hoofd.nota.kenmerk}-publicatiepakket.zip` });
    const zip = unzip(f.bytes);
    const k = hoofd.nota.kenmerk;
    expect(Object.keys(zip).sort()).toEqual(
      [
        `${k}-beslisnota-openbaar.pdf`,
        `${k}-bijlage-1-kabinetsreactie-rob-advies.pdf`,
        `${k}-bijlage-1-kabinetsreactie-rob-advies-diwoo.xml`,
        `${k}-diwoo.xml`,
        `${k}-kamerbrief.pdf`,
        `${k}-kamerbrief-diwoo.xml`,
        `${k}-inventarislijst.csv`,
        `${k}-inventarislijst.pdf`,
      ].sort(),
    );
    // The bijlage is drawn anew: its text, the ministry as author (not the original's metadata).
    expect(pdfText(zip[`${k}-bijlage-1-kabinetsreactie-rob-advies.pdf`]!)).toContain("De kabinetsreactie op het ROB-advies.");
    expect(pdfInfo(zip[`${k}-bijlage-1-kabinetsreactie-rob-advies.pdf`]!)).toMatchObject({ Author: MINISTERIE });
    expect(pdfText(zip[`${k}-kamerbrief.pdf`]!)).toContain("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal");
    const openbaar = pdfText(zip[`${k}-beslisnota-openbaar.pdf`]!);
    expect(openbaar).toContain("Legenda Woo-gronden");
    for (const g of GEHEIM) expect(openbaar).not.toContain(g);
    expect(xmllintValidate(new TextDecoder().decode(zip[`${k}-diwoo.xml`]), XSD).ok).toBe(true);
    expect((await laatsteEvent(hoofd.nota.id, "export.publicatiepakket"))?.na).toMatchObject({ sha256: sha(f.bytes), bestanden: expect.arrayContaining([`${k}-diwoo.xml`]) });
  });

  it("after publication carries exactly the published PDF", async () => {
    const { nota } = await verzondenNota();
    const p = await publishNota(await as("woo"), nota.id, nota.versie);
    const zip = unzip((await exportPublicatiepakket(await as("lezer"), nota.id)).bytes);
    expect(sha(zip[`${nota.kenmerk}-beslisnota-openbaar.pdf`]!)).toBe(p.publicatie.sha256);
  });

  it("is refused before the letter is sent", async () => {
    const n = await notaBijMinister();
    await expectAppError(exportPublicatiepakket(await as("woo"), n.id), "INVALID_TRANSITION");
  });
});

describe("de besluitenlijst", () => {
  let lijst: Awaited<ReturnType<typeof verzondenNota>>;

  beforeAll(async () => {
    lijst = await verzondenNota({ mrUitkomst: "aanvaard_met_wijzigingen", vergaderingDagen: 16 });
  });

  it("lists each agendapunt with onderwerp, kenmerk, bewindspersoon, outcome and toelichting", async () => {
    const f = await exportBesluitenlijstPdf(await as("mr"), lijst.vergadering.id);
    expect(f.fileName).toBe(`besluitenlijst-ministerraad-${lijst.vergadering.datum}.pdf`);
    const tekst = pdfText(f.bytes);
    posities(tekst, [`Besluitenlijst ministerraad ${formatDagMetWeekdag(lijst.vergadering.datum)}`, lijst.nota.onderwerp.slice(0, 40)]);
    posities(pdfStructuur(f.bytes), [
      `"${lijst.nota.kenmerk}"`,
      '"Bewindspersoon"',
      `"Minister van Binnenlandse Zaken en Koninkrijksrelaties (${MINISTER})"`,
      '"Uitkomst"',
      '"Aanvaard met wijzigingen"',
      '"Toelichting"',
      '"Met een zin over de uitvoering."',
    ]);
    expect(pdfInfo(f.bytes)).toMatchObject({ Tagged: "yes", Author: MINISTERIE });
    expect((await laatsteEvent(null, "export.besluitenlijst_pdf"))?.na).toMatchObject({ vergaderingId: lijst.vergadering.id, sha256: sha(f.bytes) });
  });

  it("is for the MR roles only (403 for others) and 404 for an unknown meeting", async () => {
    await expectAppError(exportBesluitenlijstPdf(await as("opsteller"), lijst.vergadering.id), "FORBIDDEN");
    await expectAppError(exportBesluitenlijstPdf(await as("lezer"), lijst.vergadering.id), "FORBIDDEN");
    await expectAppError(exportBesluitenlijstPdf(await as("woo"), lijst.vergadering.id), "FORBIDDEN");
    await expectAppError(exportBesluitenlijstPdf(await as("mr"), "00000000-0000-4000-8000-000000000000"), "NOT_FOUND");
    for (const login of ["pz", "bestuursondersteuning", "minister", "beheer"]) {
      expect(pdfText((await exportBesluitenlijstPdf(await as(login), lijst.vergadering.id)).bytes), login).toContain(lijst.nota.kenmerk);
    }
    const r = await besluitenlijstRoute(new Request(`http://localhost/api/v1/mr-vergaderingen/${lijst.vergadering.id}/besluitenlijst.pdf`, { headers: bearer(lezerToken) }), ctx(lijst.vergadering.id));
    expect(r.status).toBe(403);
  });

  it("leaves out the agendapunten of notas the reader may not see", async () => {
    const geheim = await verzondenNota({ rubricering: "Departementaal vertrouwelijk", vergaderingDagen: 16 });
    expect(pdfText((await exportBesluitenlijstPdf(await as("mr"), lijst.vergadering.id)).bytes)).toContain(geheim.nota.kenmerk);
    // A bewindspersoon the rubricated nota is not addressed to does not see it.
    const lezerId = await userId("lezer");
    await prisma.gebruiker.update({ where: { id: lezerId }, data: { rollen: ["bewindspersoon"] } });
    try {
      const tekst = pdfText((await exportBesluitenlijstPdf(await as("lezer"), lijst.vergadering.id)).bytes);
      expect(tekst).toContain(lijst.nota.kenmerk);
      expect(tekst).not.toContain(geheim.nota.kenmerk);
    } finally {
      await prisma.gebruiker.update({ where: { id: lezerId }, data: { rollen: ["lezer"] } });
    }
  });
});

/** The .ics unfolded (RFC 5545 §3.1) into its lines, and its events as property maps. */
function ics(tekst: string) {
  const regels = tekst.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);
  const events: Record<string, string>[] = [];
  let huidig: Record<string, string> | null = null;
  for (const r of regels) {
    if (r === "BEGIN:VEVENT") huidig = {};
    else if (r === "END:VEVENT") {
      events.push(huidig!);
      huidig = null;
    } else if (huidig) {
      const i = r.indexOf(":");
      huidig[r.slice(0, i)] = r.slice(i + 1);
    }
  }
  return { regels, events };
}

describe("de agenda-feed", () => {
  it("gives a secret URL once, and a calendar with the MR meetings and the user's paraaf deadlines as all-day events", async () => {
    let n = await newNota({ onderwerp: `Agendatest ${Math.random().toString(36).slice(2, 7)}` });
    const deadline = plusDagen(vandaag(), 5);
    n = await submitNota(await as("opsteller"), n.id, n.versie, { paraafroute: [{ volgorde: 1, gebruikerId: await userId("afdelingshoofd"), rol: "Afdelingshoofd", deadline }] });

    // A token may not mint a feed secret that would outlive it (403); the signed-in user may.
    const viaToken = await agendaTokenRoute(new Request("http://localhost/api/v1/agenda/token", { method: "POST", headers: bearer((await createToken(await as("afdelingshoofd"), { naam: "Agenda", scope: "schrijven" })).token) }), { params: Promise.resolve({}) });
    expect(viaToken.status).toBe(403);
    const { token, pad } = await renewAgendaToken(await as("afdelingshoofd"));
    const url = `http://localhost${pad}`;
    expect(url).toMatch(/^https?:\/\/[^/]+\/api\/v1\/agenda\/bra_[A-Za-z0-9_-]{43}$/);
    const rij = await prisma.gebruiker.findUniqueOrThrow({ where: { id: await userId("afdelingshoofd") }, select: { agendaTokenHash: true } });
    expect(rij.agendaTokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(rij)).not.toContain(token);

    // The resource without an extension, and the older .ics form that existing subscriptions use.
    const r = await agendaRoute(new Request(url), { params: Promise.resolve({ token }) });
    expect(r.status).toBe(200);
    const ouderAdres = await agendaRoute(new Request(`${url}.ics`), { params: Promise.resolve({ token: `${token}.ics` }) });
    expect(ouderAdres.status).toBe(200);
    expect(ouderAdres.headers.get("deprecation")).toBe("@1796169600");
    expect(ouderAdres.headers.get("sunset")).toBe("Fri, 31 Dec 2027 00:00:00 GMT");
    expect(r.headers.get("deprecation")).toBeNull();
    expect(r.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const { regels, events } = ics(await r.text());
    expect(regels[0]).toBe("BEGIN:VCALENDAR");
    expect(regels).toContain("X-WR-TIMEZONE:Europe/Amsterdam");
    expect(regels.at(-1)).toBe("END:VCALENDAR");
    const mr = events.find((e) => e.UID === `mr-${hoofd.vergadering.datum}@beslisroute`);
    expect(mr?.["DTSTART;VALUE=DATE"]).toBe(hoofd.vergadering.datum.replaceAll("-", ""));
    expect(mr?.["DTEND;VALUE=DATE"]).toBe(plusDagen(hoofd.vergadering.datum, 1).replaceAll("-", ""));
    const paraaf = events.find((e) => e.SUMMARY?.includes(n.kenmerk));
    expect(paraaf).toMatchObject({ "DTSTART;VALUE=DATE": deadline.replaceAll("-", ""), SUMMARY: expect.stringContaining("Paraaf (Afdelingshoofd)") });
    expect(paraaf?.["URL;VALUE=URI"]).toMatch(new RegExp(`^https?://[^/]+/notas/${n.id}$`));
    for (const e of events) {
      expect(e.UID).toBeTruthy();
      expect(Object.keys(e).some((k) => k.startsWith("DTSTART;VALUE=DATE"))).toBe(true);
      expect(Object.keys(e).filter((k) => k.startsWith("DTSTART") && !k.includes("VALUE=DATE"))).toEqual([]);
    }
    expect((await laatsteEvent(null, "agenda.token_vernieuwd"))?.actorId).toBe(await userId("afdelingshoofd"));
  });

  it("invalidates the old URL when the token is renewed; unknown and deactivated give 404", async () => {
    const eerste = await renewAgendaToken(await as("minister"));
    expect((await agendaFeed(`${eerste.token}.ics`, "http://localhost")).contentType).toBe("text/calendar; charset=utf-8");
    const tweede = await renewAgendaToken(await as("minister"));
    await expectAppError(agendaFeed(`${eerste.token}.ics`, "http://localhost"), "NOT_FOUND");
    const oud = await agendaRoute(new Request(`http://localhost/api/v1/agenda/${eerste.token}.ics`), { params: Promise.resolve({ token: `${eerste.token}.ics` }) });
    expect(oud.status).toBe(404);
    expect((await agendaFeed(`${tweede.token}.ics`, "http://localhost")).bytes.byteLength).toBeGreaterThan(100);
    await expectAppError(agendaFeed(tweede.token, "http://localhost"), "NOT_FOUND"); // without .ics
    await expectAppError(agendaFeed("bra_bestaatniet.ics", "http://localhost"), "NOT_FOUND");
    const id = await userId("minister");
    await prisma.gebruiker.update({ where: { id }, data: { actief: false } });
    try {
      await expectAppError(agendaFeed(`${tweede.token}.ics`, "http://localhost"), "NOT_FOUND");
    } finally {
      await prisma.gebruiker.update({ where: { id }, data: { actief: true } });
    }
  });

  it("gives the bewindspersoon the decision deadlines and the opsteller the MR dates, and never a rubricated onderwerp", async () => {
    const onderwerp = `Geheime agendatest ${Math.random().toString(36).slice(2, 7)}`;
    const geheim = await notaBijMinister({ onderwerp, rubricering: "Departementaal vertrouwelijk", uitersteBeslisdatum: plusDagen(vandaag(), 20) });
    const open = await notaBijMinister({ uitersteBeslisdatum: plusDagen(vandaag(), 21) });
    const minister = ics(new TextDecoder().decode((await agendaFeed(`${(await renewAgendaToken(await as("minister"))).token}.ics`, "http://localhost")).bytes));
    const besluit = minister.events.find((e) => e.UID === `besluit-${open.id}@beslisroute`);
    expect(besluit?.["DTSTART;VALUE=DATE"]).toBe(plusDagen(vandaag(), 21).replaceAll("-", ""));
    const rub = minister.events.find((e) => e.UID === `besluit-${geheim.id}@beslisroute`);
    expect(rub?.SUMMARY).toBe(`Besluit: nota ${geheim.kenmerk} (gerubriceerd)`);
    expect(minister.regels.join("\n")).not.toContain(onderwerp);

    const opsteller = ics(new TextDecoder().decode((await agendaFeed(`${(await renewAgendaToken(await as("opsteller"))).token}.ics`, "http://localhost")).bytes));
    const mr = opsteller.events.find((e) => e.UID === `mr-nota-${hoofd.nota.id}-${hoofd.vergadering.datum}@beslisroute`);
    expect(mr?.["DTSTART;VALUE=DATE"]).toBe(hoofd.vergadering.datum.replaceAll("-", ""));
    expect(opsteller.events.some((e) => e.UID?.startsWith("besluit-"))).toBe(false);
  });
});

describe("de routes", () => {
  it("return the file as an attachment with its type, 401 for a wrong token, 404 for an invisible nota", async () => {
    const url = `http://localhost/api/v1/notas/${hoofd.nota.id}/kamerbrief.pdf`;
    const r = await kamerbriefPdfRoute(new Request(url, { headers: bearer(lezerToken) }), ctx(hoofd.nota.id));
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("application/pdf");
    expect(r.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="${hoofd.nota.kenmerk}-kamerbrief\\.pdf"`));
    expect(r.headers.get("cache-control")).toBe("private, no-store");
    const body = await bytesVan(r);
    expect(new TextDecoder().decode(body.slice(0, 5))).toBe("%PDF-");
    expect(Number(r.headers.get("content-length"))).toBe(body.byteLength);

    const docx = await kamerbriefDocxRoute(new Request(url.replace(".pdf", ".docx"), { headers: bearer(lezerToken) }), ctx(hoofd.nota.id));
    expect(docx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(unzipText(await bytesVan(docx), "word/document.xml")).toContain("Geachte voorzitter,");

    const onbekend = await kamerbriefPdfRoute(new Request(url, { headers: bearer("brt_onbekend") }), ctx(hoofd.nota.id));
    expect(onbekend.status).toBe(401);
    expect(onbekend.headers.get("content-type")).toContain("application/problem+json");
    const concept = await newNota();
    const juridisch = (await createToken(await as("juridisch"), { naam: "Exporttest" })).token;
    const verborgen = await kamerbriefPdfRoute(new Request(url, { headers: bearer(juridisch) }), ctx(concept.id));
    expect(verborgen.status).toBe(404);
  });

  it("serve the public HTML as a standalone, script-free file", async () => {
    const r = await openbaarHtmlRoute(new Request(`http://localhost/api/v1/notas/${hoofd.nota.id}/openbare-versie.html`, { headers: bearer(lezerToken) }), ctx(hoofd.nota.id));
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(r.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await r.text();
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(html).toContain(`<meta name="author" content="${MINISTERIE}">`);
    expect(html).not.toContain("<script");
  });
});
