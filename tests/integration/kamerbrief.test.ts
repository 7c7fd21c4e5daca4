// The Kamerbrief as the ministry has it (issue 14), read back from the files: the beeldmerk in a
// real Word header and at the top of the PDF's first page, the second page's reference column,
// the language, the type sizes, no "Bijlage(n) 0", the letter's own kenmerk (issue 13), PDF/UA
// markers, and the letters of two different organisations.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { saveKamerbrief } from "@/lib/server/kamerbrief/save-kamerbrief";
import { exportKamerbriefPdf } from "@/lib/server/exports/kamerbrief-pdf";
import { exportKamerbriefDocx } from "@/lib/server/exports/kamerbrief-docx";
import { createOnderdeel } from "@/lib/server/organisatie/create-onderdeel";
import { setOrganisatieLogo } from "@/lib/server/organisatie/set-organisatie-logo";
import { updateOrganisatie } from "@/lib/server/organisatie/update-organisatie";
import { setAmbtstitel } from "@/lib/server/gebruikers/set-ambtstitel";
import { createNota } from "@/lib/server/notas/create-nota";
import { loadActor } from "@/lib/server/session";
import { as, ensureSeed, expectAppError, newNota, prisma, userId } from "@/tests/support/fixtures";
import { docxParagrafen, pdfAfbeeldingen, pdfObjecten, pdfRegels, pdfText, pdfVolg, pdfXmp, posities, unzip, unzipText } from "@/tests/support/read-back";

const MINISTERIE = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties";
/** A4 in points, and 1 mm in points. */
const A4_BREEDTE = 595.28;
const MM = 72 / 25.4;
/** Fira Sans: ascender 935 + descender 265 per 1000 units; pdftotext's line box is 1.2 × the font size. */
const FIRA_REGELHOOGTE = 1.2;

/** Fourteen paragraphs of about three lines each: the letter runs onto a second page. */
const LANGE_TEKST = Array.from({ length: 14 }, (_, i) => `Alinea ${i + 1}. Het kabinet wil de middelen flexibel en doelmatig inzetten; de ervaring van de uitvoering telt, en daarom loopt deze alinea over meer dan twee regels van de brief heen.`).join("\n\n");

async function brief(extra: Record<string, unknown> = {}, nota: Record<string, unknown> = {}) {
  const n = await newNota(nota);
  const opgeslagen = await saveKamerbrief(await as("opsteller"), n.id, n.versie, { datum: "2025-07-01", betreft: "Voortgang van de aanpak", tekst: "Hierbij informeer ik u over de voortgang.", ...extra });
  return opgeslagen;
}

let kort: Awaited<ReturnType<typeof brief>>;
let lang: Awaited<ReturnType<typeof brief>>;

beforeAll(async () => {
  await ensureSeed();
  kort = await brief();
  lang = await brief({ tekst: LANGE_TEKST, onsKenmerk: "2025-0000396582", uwKenmerk: "2025Z13826" }, { bijlagen: [{ naam: "Rapport", informatie: "openbaar" }, { naam: "Concept-Kamerbrief", informatie: "openbaar" }] });
}, 120_000);
afterAll(() => prisma.$disconnect());

describe("the letter's own kenmerk and ondertekenaar (PUT /kamerbrief contract)", () => {
  it("stores the onsKenmerk given and shows it on the letter; Uw kenmerk when given", async () => {
    expect(lang.kamerbriefDocument?.onsKenmerk).toBe("2025-0000396582");
    const tekst = pdfText((await exportKamerbriefPdf(await as("opsteller"), lang.id)).bytes);
    posities(tekst, ["Ons kenmerk", "2025-0000396582", "Uw kenmerk", "2025Z13826", "Bijlage(n)"]);
    expect(tekst).not.toContain(lang.kenmerk);
  });

  it("defaults to the nota's kenmerk only when none is given", async () => {
    expect(kort.kamerbriefDocument?.onsKenmerk).toBe(kort.kenmerk);
    const n = await saveKamerbrief(await as("opsteller"), kort.id, kort.versie, { betreft: "Voortgang", tekst: "Tekst.", onsKenmerk: "2025-0000000001" });
    expect(n.kamerbriefDocument?.onsKenmerk).toBe("2025-0000000001");
    const terug = await saveKamerbrief(await as("opsteller"), n.id, n.versie, { betreft: "Voortgang", tekst: "Tekst.", onsKenmerk: null });
    expect(terug.kamerbriefDocument?.onsKenmerk).toBe(kort.kenmerk);
    kort = terug;
  });

  it("lets the ondertekenaar default to the bewindspersoon the nota is addressed to, and refuses a non-bewindspersoon", async () => {
    expect(kort.kamerbriefDocument?.ondertekenaarId).toBe(await userId("minister"));
    await expectAppError(saveKamerbrief(await as("opsteller"), kort.id, kort.versie, { betreft: "x", tekst: "y", ondertekenaarId: await userId("lezer") }), "VALIDATION_FAILED", /bewindspersoon/);
    await expectAppError(saveKamerbrief(await as("opsteller"), kort.id, kort.versie, { betreft: "x", tekst: "y", onsKenmerk: "x".repeat(101) }), "VALIDATION_FAILED");
    await expectAppError(saveKamerbrief(await as("opsteller"), kort.id, kort.versie, { betreft: "x", tekst: "y", onbekend: 1 }), "VALIDATION_FAILED");
  });
});

describe("the Kamerbrief as PDF", () => {
  it("has the beeldmerk 13 mm wide, centred, from the top edge of page 1 only, as a Figure with alternative text", async () => {
    const f = await exportKamerbriefPdf(await as("opsteller"), lang.id);
    const beelden = pdfAfbeeldingen(f.bytes);
    expect(beelden).toHaveLength(1);
    const [b] = beelden;
    expect(b!.pagina).toBe(1);
    expect(b!.breedte).toBeCloseTo(13 * MM, 1); // 36.85 pt
    expect(b!.hoogte).toBeCloseTo(37.125 * MM, 1); // 105.24 pt: the placeholder has the ribbon's size
    expect(b!.x + b!.breedte / 2).toBeCloseTo(A4_BREEDTE / 2, 1);
    expect(b!.top).toBeCloseTo(0, 3);
    const o = pdfObjecten(f.bytes);
    const figuren = Object.values(o.objecten).filter((v) => v["/S"] === "/Figure");
    expect(figuren.map((v) => v["/Alt"])).toEqual([`u:Logo ${MINISTERIE}`]);
  });

  it("is marked PDF/UA: structure tree, Marked, language nl-NL, the title shown, pdfuaid:part 1", async () => {
    const f = await exportKamerbriefPdf(await as("opsteller"), kort.id);
    const o = pdfObjecten(f.bytes);
    const catalogus = pdfVolg(o, o.trailer["/Root"]);
    expect(catalogus["/Type"]).toBe("/Catalog");
    expect(catalogus["/Lang"]).toBe("u:nl-NL");
    expect(pdfVolg(o, catalogus["/MarkInfo"])["/Marked"]).toBe(true);
    expect(pdfVolg(o, catalogus["/ViewerPreferences"])["/DisplayDocTitle"]).toBe(true);
    expect(pdfVolg(o, catalogus["/StructTreeRoot"])["/Type"]).toBe("/StructTreeRoot");
    expect(pdfXmp(f.bytes)).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
  });

  it("sets the letter at 9 pt on a 12 pt pitch and the retouradres at 6.5 pt on 9", async () => {
    const regels = pdfRegels((await exportKamerbriefPdf(await as("opsteller"), lang.id)).bytes, 1);
    const regel = (begin: string) => regels.find((r) => r.tekst.startsWith(begin)) ?? expect.fail(`geen regel "${begin}"`);
    const grootte = (r: { hoogte: number }) => r.hoogte / FIRA_REGELHOOGTE;
    expect(grootte(regel("Retouradres Postbus 20011 2500 EA Den Haag"))).toBeCloseTo(6.5, 2);
    expect(grootte(regel("Geachte voorzitter,"))).toBeCloseTo(9, 2);
    expect(grootte(regel("Aan de Voorzitter van de Tweede Kamer"))).toBeCloseTo(9, 2);
    expect(grootte(regel("Alinea 1."))).toBeCloseTo(9, 2);
    // The lines of the first paragraph follow each other at 12 pt; the address lines too.
    const i = regels.findIndex((r) => r.tekst.startsWith("Alinea 1."));
    expect(regels[i + 1]!.y - regels[i]!.y).toBeCloseTo(12, 2);
    expect(regel("Postbus 20018").y - regel("Aan de Voorzitter").y).toBeCloseTo(12, 2);
    // The reference column at 6.5 pt on 9: "Ons kenmerk" and its value.
    expect(grootte(regel("Ons kenmerk"))).toBeCloseTo(6.5, 2);
    expect(regel("2025-0000396582").y - regel("Ons kenmerk").y).toBeCloseTo(9, 2);
  });

  it("repeats Datum and Ons kenmerk in the reference column of the second page, and only that", async () => {
    const f = await exportKamerbriefPdf(await as("opsteller"), lang.id);
    const tweede = pdfRegels(f.bytes, 2);
    const kolom = tweede.filter((r) => r.x > 400).map((r) => r.tekst);
    expect(kolom).toEqual(["Datum", "1 juli 2025", "Ons kenmerk", "2025-0000396582", "Pagina 2 van 2"]);
    const eerste = pdfRegels(f.bytes, 1).filter((r) => r.x > 400).map((r) => r.tekst);
    expect(eerste).toContain("Bijlage(n)");
    expect(eerste).not.toContain("Datum");
  });

  it("has no Bijlage(n) line when the letter has none", async () => {
    const n = await brief({}, { bijlagen: [] });
    const tekst = pdfText((await exportKamerbriefPdf(await as("opsteller"), n.id)).bytes);
    expect(tekst).not.toContain("Bijlage(n)");
    expect(tekst).toContain("Ons kenmerk");
  });
});

describe("the Kamerbrief as .docx", () => {
  it("has a first-page header (titlePg) with the beeldmerk floating at the top edge, centred, 13 × 37.125 mm, with alt text, as PNG and SVG", async () => {
    const f = await exportKamerbriefDocx(await as("opsteller"), lang.id);
    const delen = unzip(f.bytes);
    const document = unzipText(f.bytes, "word/document.xml");
    expect(document).toContain("<w:titlePg/>");
    const rels = unzipText(f.bytes, "word/_rels/document.xml.rels");
    const eersteId = /<w:headerReference w:type="first" r:id="(rId\d+)"\/>/.exec(document)?.[1];
    const vervolgId = /<w:headerReference w:type="default" r:id="(rId\d+)"\/>/.exec(document)?.[1];
    const doel = (id: string | undefined) => new RegExp(`Id="${id}" Type="[^"]+/header" Target="([^"]+)"`).exec(rels)?.[1];
    const eerste = unzipText(f.bytes, `word/${doel(eersteId)}`);
    const vervolg = unzipText(f.bytes, `word/${doel(vervolgId)}`);
    expect(eerste).toMatch(/<wp:anchor [^>]*>/);
    expect(eerste).toContain('<wp:positionH relativeFrom="page"><wp:align>center</wp:align></wp:positionH>');
    expect(eerste).toContain('<wp:positionV relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionV>');
    // 13 mm × 37.125 mm in EMU (36,000 per mm).
    expect(eerste).toContain('<wp:extent cx="468000" cy="1336500"/>');
    expect(eerste).toContain(`descr="Logo ${MINISTERIE}"`);
    const media = Object.keys(delen).filter((d) => d.startsWith("word/media/"));
    expect(media.map((d) => d.split(".").pop()).sort()).toEqual(["png", "svg"]);
    // The wordmark and the reference column (in frames on the page) are in the first header.
    const kop = docxParagrafen(eerste);
    posities(kop.join("\n"), [MINISTERIE, MINISTERIE, "Directie Democratie en Bestuur", "Turfmarkt 147", "2511 DP Den Haag", "Postbus 20011", "2500 EA Den Haag", "www.rijksoverheid.nl", "Ons kenmerk", "2025-0000396582", "Uw kenmerk", "2025Z13826", "Bijlage(n)", "1"]);
    expect(eerste).toMatch(/<w:framePr [^>]*w:hAnchor="page" w:vAnchor="page"\/>/);
    // The following pages: Datum and Ons kenmerk, nothing else, and no image.
    expect(docxParagrafen(vervolg).filter(Boolean)).toEqual(["Datum", "1 juli 2025", "Ons kenmerk", "2025-0000396582"]);
    expect(vervolg).not.toContain("<w:drawing>");
  });

  it("sets nl-NL on the styles, the letter at 9/12 pt and the retouradres at 6.5/9 pt", async () => {
    const styles = unzipText((await exportKamerbriefDocx(await as("opsteller"), kort.id)).bytes, "word/styles.xml");
    expect(styles).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr>[^]*?<w:lang w:val="nl-NL"\/>[^]*?<\/w:rPrDefault>/);
    const stijl = (id: string) => new RegExp(`<w:style w:type="paragraph" w:styleId="${id}"[^>]*>([^]*?)</w:style>`).exec(styles)?.[1] ?? "";
    for (const id of ["Normal", "BriefTekst", "Retouradres", "Referentie"]) expect(stijl(id), id).toContain('<w:lang w:val="nl-NL"/>');
    // Sizes in half-points, line pitch in twentieths of a point, exact.
    expect(stijl("BriefTekst")).toContain('<w:sz w:val="18"/>');
    expect(stijl("BriefTekst")).toMatch(/<w:spacing [^>]*w:line="240" w:lineRule="exact"\/>/);
    expect(stijl("Retouradres")).toContain('<w:sz w:val="13"/>');
    expect(stijl("Retouradres")).toMatch(/<w:spacing [^>]*w:line="180" w:lineRule="exact"\/>/);
  });

  it("has no Bijlage(n) line when the letter has none", async () => {
    const n = await brief({}, { bijlagen: [] });
    const f = await exportKamerbriefDocx(await as("opsteller"), n.id);
    const alles = Object.keys(unzip(f.bytes)).filter((d) => /^word\/(document|header\d+)\.xml$/.test(d)).map((d) => docxParagrafen(unzipText(f.bytes, d)).join("\n")).join("\n");
    expect(alles).not.toContain("Bijlage(n)");
    expect(alles).toContain("Ons kenmerk");
  });
});

describe("a letter downloaded again (the render cache, issue 8)", () => {
  it("gives the same bytes to every reader of the same letter, and each download is logged with their hash", async () => {
    const b = await brief({ tekst: "Eerste versie van de brief over de uitvoering." });
    for (const exporteer of [exportKamerbriefDocx, exportKamerbriefPdf]) {
      const een = await exporteer(await as("opsteller"), b.id);
      const twee = await exporteer(await as("lezer"), b.id);
      expect(Buffer.from(twee.bytes).equals(Buffer.from(een.bytes))).toBe(true);
    }
    const log = await prisma.download.findMany({ where: { notaId: b.id }, orderBy: { id: "asc" }, select: { actie: true, sha256: true } });
    expect(log.map((d) => d.actie)).toEqual(["export.kamerbrief_docx", "export.kamerbrief_docx", "export.kamerbrief_pdf", "export.kamerbrief_pdf"]);
    expect(log[0]!.sha256).toBe(log[1]!.sha256);
    expect(log[2]!.sha256).toBe(log[3]!.sha256);
  });

  it("never gives the letter as it was before a change: new text, new date", async () => {
    const b = await brief({ tekst: "Eerste versie van de brief over de uitvoering." });
    const oudDocx = docxParagrafen(unzipText((await exportKamerbriefDocx(await as("opsteller"), b.id)).bytes, "word/document.xml"));
    const oudPdf = pdfText((await exportKamerbriefPdf(await as("opsteller"), b.id)).bytes);
    expect(oudDocx).toContain("Eerste versie van de brief over de uitvoering.");
    expect(oudPdf).toContain("Eerste versie van de brief over de uitvoering.");
    const n = await saveKamerbrief(await as("opsteller"), b.id, b.versie, { datum: "2025-07-08", betreft: "Voortgang van de aanpak", tekst: "Tweede versie, na overleg met de uitvoering." });
    const nieuwDocx = docxParagrafen(unzipText((await exportKamerbriefDocx(await as("opsteller"), n.id)).bytes, "word/document.xml"));
    const nieuwPdf = pdfText((await exportKamerbriefPdf(await as("opsteller"), n.id)).bytes);
    expect(nieuwDocx).toContain("Tweede versie, na overleg met de uitvoering.");
    expect(nieuwDocx).not.toContain("Eerste versie van de brief over de uitvoering.");
    expect(nieuwPdf).toContain("Tweede versie, na overleg met de uitvoering.");
    expect(nieuwPdf).toContain("8 juli 2025");
    expect(nieuwPdf).not.toContain("Eerste versie");
    expect(nieuwPdf).not.toContain("1 juli 2025");
  });
});

describe("any ministry: the organisation as data", () => {
  it("writes two organisations' letters each on their own letter paper, with their own kenmerk prefix", async () => {
    const tag = randomUUID().slice(0, 8);
    const ocw = await prisma.organisatieonderdeel.create({ data: { naam: "Ministerie van Onderwijs, Cultuur en Wetenschap", soort: "ministerie" } });
    const directie = await prisma.organisatieonderdeel.create({ data: { naam: "Directie Voortgezet Onderwijs", soort: "directie", parentId: ocw.id } });
    const opsteller = await prisma.gebruiker.create({ data: { email: `opsteller-${tag}@ocw.test`, naam: "Opsteller OCW", rollen: ["opsteller"], organisatieonderdeelId: directie.id, wachtwoordHash: "x" } });
    const minister = await prisma.gebruiker.create({
      data: { email: `minister-${tag}@ocw.test`, naam: "E. Dijkgraaf", rollen: ["bewindspersoon"], ambtstitel: "Minister van Onderwijs, Cultuur en Wetenschap", organisatieonderdeelId: ocw.id, wachtwoordHash: "x" },
    });
    const beheer = await as("beheer");
    await updateOrganisatie(beheer, ocw.id, {
      naam: ocw.naam,
      afkorting: "ocw",
      postbus: "Postbus 16375",
      postcodePlaats: "2500 BJ Den Haag",
      bezoekadres: "Rijnstraat 50\nDen Haag",
      website: "www.rijksoverheid.nl/ocw",
    });
    await expectAppError(updateOrganisatie(beheer, ocw.id, { naam: ocw.naam, afkorting: "BZK" }), "CONFLICT");
    await expectAppError(updateOrganisatie(beheer, ocw.id, { naam: ocw.naam, afkorting: "OCW", postbus: "Postbus 1" }), "VALIDATION_FAILED");
    await expectAppError(updateOrganisatie(await as("opsteller"), ocw.id, { naam: ocw.naam, afkorting: "OCW" }), "FORBIDDEN");
    // Stored in capitals: the kenmerk prefix.
    expect((await prisma.organisatieonderdeel.findUniqueOrThrow({ where: { id: ocw.id } })).afkorting).toBe("OCW");
    const ocwCaller = { actor: (await loadActor(opsteller.id))!, requestId: `test-${tag}` };
    // The page header names each official's own organisation.
    expect(ocwCaller.actor.organisatie).toBe("Ministerie van Onderwijs, Cultuur en Wetenschap");
    expect((await as("opsteller")).actor.organisatie).toBe(MINISTERIE);
    let n = await createNota(ocwCaller, {
      onderwerp: "Lerarentekort",
      soort: "ter_beslissing",
      aanId: minister.id,
      kamerbrief: true,
      aanleiding: "a",
      kern: "k",
      toelichting: "t",
      nietOpenbaar: "NVT",
      motivering: "m",
      beslispunten: [{ tekst: "Instemmen" }],
    });
    expect(n.kenmerk).toMatch(/^OCW-\d{4}-\d{6}$/);
    n = await saveKamerbrief(ocwCaller, n.id, n.versie, { datum: "2025-09-12", betreft: "Lerarentekort", tekst: "Hierbij informeer ik u over het lerarentekort." });
    const ocwTekst = pdfText((await exportKamerbriefPdf(ocwCaller, n.id)).bytes);
    posities(ocwTekst, [`Ministerie van Onderwijs, Cultuur en`, "Retouradres Postbus 16375 2500 BJ Den Haag", "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"]);
    posities(ocwTekst, ["Directie Voortgezet Onderwijs", "Rijnstraat 50", "Postbus 16375", "www.rijksoverheid.nl/ocw", "Ons kenmerk", n.kenmerk]);
    posities(ocwTekst, ["De minister van Onderwijs, Cultuur en Wetenschap,", "E. Dijkgraaf"]);
    expect(ocwTekst).not.toContain("Binnenlandse Zaken");
    expect(ocwTekst).not.toContain("20011");
    // The BZK letter, made at the same time, keeps its own paper.
    const bzk = pdfText((await exportKamerbriefPdf(await as("opsteller"), kort.id)).bytes);
    expect(bzk).toContain("Retouradres Postbus 20011 2500 EA Den Haag");
    expect(bzk).toContain("Turfmarkt 147");
    expect(bzk).not.toContain("16375");
    expect(kort.kenmerk).toMatch(/^BZK-\d{4}-\d{6}$/);
    // The letter's author is the organisation.
    const docx = unzipText((await exportKamerbriefDocx(ocwCaller, n.id)).bytes, "docProps/core.xml");
    expect(docx).toContain(`<dc:creator>${ocw.naam}</dc:creator>`);
    // The suite shares one database: the second organisation's officials leave the stage, so later
    // files still see one bewindspersoon (the importer picks the only one when "Aan" is missing).
    await prisma.gebruiker.updateMany({ where: { id: { in: [opsteller.id, minister.id] } }, data: { actief: false } });
  });

  it("prints the beeldmerk uploaded on Beheer (PNG) instead of the placeholder, and refuses what is not PNG or SVG", async () => {
    const bzk = await prisma.organisatieonderdeel.findFirstOrThrow({ where: { soort: "ministerie", afkorting: "BZK" } });
    const beheer = await as("beheer");
    // A 2 × 4 pixel PNG (red), as base64.
    const png = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAIAAAAECAYAAACk7+45AAAAEUlEQVR4nGM8w8DwnwEI8DAAjrwHMQ6lc/YAAAAASUVORK5CYII=", "base64"));
    await expectAppError(setOrganisatieLogo(beheer, bzk.id, { naam: "logo.gif", bytes: new TextEncoder().encode("GIF89a....") }), "UNSUPPORTED_MEDIA_TYPE");
    await expectAppError(setOrganisatieLogo(await as("opsteller"), bzk.id, { naam: "logo.png", bytes: png }), "FORBIDDEN");
    await setOrganisatieLogo(beheer, bzk.id, { naam: "logo.png", bytes: png });
    try {
      const f = await exportKamerbriefDocx(await as("opsteller"), kort.id);
      const media = Object.entries(unzip(f.bytes)).filter(([d]) => d.startsWith("word/media/"));
      expect(media).toHaveLength(1);
      expect(Buffer.from(media[0]![1]).equals(Buffer.from(png))).toBe(true);
      // 2 × 4 px is wider than the ribbon's box: 13 mm wide, 26 mm high.
      const eerste = Object.keys(unzip(f.bytes)).filter((d) => /^word\/header\d+\.xml$/.test(d)).map((d) => unzipText(f.bytes, d)).find((x) => x.includes("<w:drawing>"))!;
      expect(eerste).toContain('<wp:extent cx="468000" cy="936000"/>');
      const [b] = pdfAfbeeldingen((await exportKamerbriefPdf(await as("opsteller"), kort.id)).bytes);
      expect(b!.breedte).toBeCloseTo(13 * MM, 1);
      expect(b!.hoogte).toBeCloseTo(26 * MM, 1);
      const event = await prisma.auditEvent.findFirst({ where: { actie: "organisatie.logo_gewijzigd" }, orderBy: { seq: "desc" } });
      expect(event?.na).toMatchObject({ id: bzk.id, type: "image/png", grootte: png.byteLength });
    } finally {
      await setOrganisatieLogo(beheer, bzk.id, null);
    }
  });

  it("lets the beheerder add directies and DG's under the right parent, and set a bewindspersoon's exact title (audited)", async () => {
    const beheer = await as("beheer");
    const bzk = await prisma.organisatieonderdeel.findFirstOrThrow({ where: { soort: "ministerie", afkorting: "BZK" } });
    const afdeling = await prisma.organisatieonderdeel.findFirstOrThrow({ where: { soort: "afdeling" } });
    const naam = `DG Wonen en Ruimte ${randomUUID().slice(0, 6)}`;
    const dg = await createOnderdeel(beheer, { naam, afkorting: "DGWR", soort: "dg", parentId: bzk.id });
    const directie = await createOnderdeel(beheer, { naam: "Directie Woningmarkt", soort: "directie", parentId: dg.id });
    expect((await prisma.organisatieonderdeel.findUniqueOrThrow({ where: { id: directie.id } })).parentId).toBe(dg.id);
    await expectAppError(createOnderdeel(beheer, { naam: "Directie Ergens", soort: "directie", parentId: afdeling.id }), "VALIDATION_FAILED");
    await expectAppError(createOnderdeel(beheer, { naam, soort: "dg", parentId: bzk.id }), "CONFLICT");
    await expectAppError(createOnderdeel(await as("opsteller"), { naam: "X", soort: "dg", parentId: bzk.id }), "FORBIDDEN");
    expect((await prisma.auditEvent.findFirst({ where: { actie: "organisatie.onderdeel_aangemaakt" }, orderBy: { seq: "desc" } }))?.na).toMatchObject({ id: directie.id, parentId: dg.id });

    const minister = await userId("minister");
    const oud = (await prisma.gebruiker.findUniqueOrThrow({ where: { id: minister } })).ambtstitel;
    await setAmbtstitel(beheer, minister, { ambtstitel: "Minister voor Volkshuisvesting en Ruimtelijke Ordening" });
    try {
      const tekst = pdfText((await exportKamerbriefPdf(await as("opsteller"), kort.id)).bytes);
      expect(tekst).toContain("De minister voor Volkshuisvesting en Ruimtelijke Ordening,");
      expect((await prisma.auditEvent.findFirst({ where: { actie: "gebruiker.ambtstitel_gewijzigd" }, orderBy: { seq: "desc" } }))?.voor).toEqual({ ambtstitel: oud });
    } finally {
      await setAmbtstitel(beheer, minister, { ambtstitel: oud });
    }
    await expectAppError(setAmbtstitel(beheer, await userId("lezer"), { ambtstitel: "Minister" }), "VALIDATION_FAILED", /bewindspersoon/);
  });
});
