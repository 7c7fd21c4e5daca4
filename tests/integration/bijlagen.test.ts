import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { crc32 } from "node:zlib";
import { Document, Packer, Paragraph } from "docx";
import { MAX_BIJLAGE_BYTES } from "@/lib/domain/bestandstype";
import { uploadBijlage } from "@/lib/server/notas/upload-bijlage";
import { submitNota } from "@/lib/server/notas/submit-nota";
import { recordParaaf } from "@/lib/server/notas/record-paraaf";
import { verifyAuditChain } from "@/lib/server/audit/verify-chain";
import type { NotaDto } from "@/lib/server/notas/nota-dto";
import { as, ensureSeed, expectAppError, newNota, prisma, standardRoute } from "@/tests/support/fixtures";

beforeAll(ensureSeed);
afterAll(() => prisma.$disconnect());

const MIME = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  odt: "application/vnd.oasis.opendocument.text",
};

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const ascii = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));

/** A minimal but complete PDF: one empty A4 page, with a correct cross-reference table. */
function minimalPdf(): Uint8Array {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> >>",
  ];
  let out = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return ascii(out);
}

/** A ZIP archive with stored (uncompressed) entries, local headers and central directory. */
function storedZip(entries: { name: string; data: string | Uint8Array }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const data = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : Buffer.from(e.data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

const odf = (mimetype: string) =>
  storedZip([
    { name: "mimetype", data: mimetype },
    { name: "META-INF/manifest.xml", data: `<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>` },
    { name: "content.xml", data: `<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>` },
  ]);

const contentTypes = (main: string) =>
  `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="${main}"/></Types>`;

async function realDocx(): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: [new Paragraph("Kabinetsreactie op het ROB-advies")] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

async function upload(n: NotaDto, bytes: Uint8Array, naam = "bijlage.pdf", login = "opsteller", versie = n.versie, volgnummer = "1") {
  return uploadBijlage(await as(login), n.id, volgnummer, versie, { naam, bytes });
}

async function expectUnchanged(n: NotaDto, p: Promise<unknown>, code: Parameters<typeof expectAppError>[1]) {
  const events = await prisma.auditEvent.count({ where: { notaId: n.id } });
  await expectAppError(p, code);
  const row = await prisma.nota.findUniqueOrThrow({ where: { id: n.id }, include: { bijlagen: true } });
  expect(row.versie).toBe(n.versie);
  expect(row.bijlagen[0]!.sha256).toBe(n.bijlagen[0]!.bestand?.sha256 ?? null);
  expect(await prisma.auditEvent.count({ where: { notaId: n.id } })).toBe(events);
}

describe("accepted files", () => {
  it("stores a real PDF with its sha256 and size, raises the version and writes an audit event", async () => {
    const n = await newNota();
    const pdf = minimalPdf();
    const caller = await as("opsteller");
    const na = await uploadBijlage(caller, n.id, "1", n.versie, { naam: "Kabinetsreactie.pdf", bytes: pdf });
    expect(na.versie).toBe(n.versie + 1);
    expect(na.bijlagen[0]!.bestand).toEqual({ naam: "Kabinetsreactie.pdf", type: MIME.pdf, grootte: pdf.byteLength, sha256: sha256(pdf), geuploadOp: expect.any(String) });

    const row = await prisma.bijlage.findFirstOrThrow({ where: { notaId: n.id, volgnummer: 1 } });
    expect(row.sha256).toBe(sha256(pdf));
    expect(row.grootte).toBe(pdf.byteLength);
    expect(row.mimeType).toBe(MIME.pdf);
    expect(Buffer.from(row.inhoud!).equals(Buffer.from(pdf))).toBe(true);

    const events = await prisma.auditEvent.findMany({ where: { notaId: n.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.actie)).toEqual(["nota.aangemaakt", "bijlage.bestand_toegevoegd"]);
    expect(events[1]).toMatchObject({
      actorId: caller.actor.id,
      requestId: caller.requestId,
      versie: na.versie,
      voor: null,
      na: { volgnummer: 1, naam: "Kabinetsreactie.pdf", type: "pdf", grootte: pdf.byteLength, sha256: sha256(pdf) },
    });
    // The content itself is not in the audit trail, only its fingerprint.
    expect(JSON.stringify(events[1]!.na)).not.toContain("%PDF");
    expect((await verifyAuditChain(prisma)).ok).toBe(true);
  });

  it("accepts a .docx made by Word-compatible software", async () => {
    const n = await newNota();
    const docx = await realDocx();
    const na = await upload(n, docx, "Reactie.docx");
    expect(na.bijlagen[0]!.bestand).toMatchObject({ naam: "Reactie.docx", type: MIME.docx, grootte: docx.byteLength, sha256: sha256(docx) });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { notaId: n.id, actie: "bijlage.bestand_toegevoegd" } });
    expect(event.na).toMatchObject({ type: "docx" });
  });

  it("accepts an OpenDocument text and an Excel workbook", async () => {
    const n = await newNota({ bijlagen: [{ naam: "Tekst", informatie: "openbaar" }, { naam: "Cijfers", informatie: "openbaar" }] });
    let na = await upload(n, odf(MIME.odt), "tekst.odt");
    expect(na.bijlagen[0]!.bestand?.type).toBe(MIME.odt);
    const xlsx = storedZip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "xl/workbook.xml", data: "<workbook/>" },
    ]);
    na = await upload(na, xlsx, "cijfers.xlsx", "opsteller", na.versie, "2");
    expect(na.bijlagen.map((b) => b.bestand?.type)).toEqual([MIME.odt, MIME.xlsx]);
  });

  it("decides the type by the content, not by the name", async () => {
    const n = await newNota();
    const na = await upload(n, minimalPdf(), "scan.docx");
    expect(na.bijlagen[0]!.bestand).toMatchObject({ naam: "scan.docx", type: MIME.pdf });
    await expectUnchanged(na, upload(na, ascii("Dit is gewoon tekst.\n"), "rapport.pdf"), "UNSUPPORTED_MEDIA_TYPE");
  });

  it("replaces an earlier file, with the old fingerprint in the audit event", async () => {
    const n = await newNota();
    const eerste = minimalPdf();
    const v2 = await upload(n, eerste, "v1.pdf");
    const docx = await realDocx();
    const v3 = await upload(v2, docx, "v2.docx");
    expect(v3.versie).toBe(v2.versie + 1);
    expect(v3.bijlagen[0]!.bestand).toMatchObject({ naam: "v2.docx", sha256: sha256(docx) });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { notaId: n.id, versie: v3.versie } });
    expect(event.voor).toEqual({ sha256: sha256(eerste), naam: "v1.pdf" });
  });

  it("accepts a file while the nota is retour", async () => {
    let n = await newNota();
    n = await submitNota(await as("opsteller"), n.id, n.versie, { paraafroute: await standardRoute() });
    n = await recordParaaf(await as("afdelingshoofd"), n.id, n.versie, { oordeel: "niet_akkoord", opmerking: "Bijlage ontbreekt." });
    expect(n.status).toBe("retour");
    const na = await upload(n, minimalPdf());
    expect(na.status).toBe("retour");
    expect(na.bijlagen[0]!.bestand?.type).toBe(MIME.pdf);
  });

  it("keeps only the base name of a file name with a path", async () => {
    const n = await newNota();
    let na = await upload(n, minimalPdf(), "../../etc/passwd.pdf");
    expect(na.bijlagen[0]!.bestand?.naam).toBe("passwd.pdf");
    na = await upload(na, minimalPdf(), "C:\\Users\\sanne\\Documenten\\nota.pdf");
    expect(na.bijlagen[0]!.bestand?.naam).toBe("nota.pdf");
    na = await upload(na, minimalPdf(), "bij\u0000la\nge\u007f.pdf");
    expect(na.bijlagen[0]!.bestand?.naam).toBe("bijlage.pdf");
    na = await upload(na, minimalPdf(), "map/");
    expect(na.bijlagen[0]!.bestand?.naam).toBe("bijlage");
    const row = await prisma.bijlage.findFirstOrThrow({ where: { notaId: n.id, volgnummer: 1 } });
    expect(row.bestandsnaam).toBe("bijlage");
  });

  it("accepts exactly 20 MB", async () => {
    const n = await newNota();
    const bytes = new Uint8Array(MAX_BIJLAGE_BYTES);
    bytes.set(minimalPdf());
    const na = await upload(n, bytes);
    expect(na.bijlagen[0]!.bestand?.grootte).toBe(20 * 1024 * 1024);
  });
});

describe("refused files", () => {
  it("refuses an executable, plain text, a plain ZIP and other ODF types as UNSUPPORTED_MEDIA_TYPE", async () => {
    const n = await newNota();
    await expectUnchanged(n, upload(n, ascii("MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000PE\u0000\u0000"), "setup.exe"), "UNSUPPORTED_MEDIA_TYPE");
    await expectUnchanged(n, upload(n, ascii("Beste collega,\nHierbij de stukken.\n"), "brief.txt"), "UNSUPPORTED_MEDIA_TYPE");
    await expectUnchanged(n, upload(n, ascii("<html><body>%PDF-1.4</body></html>"), "pagina.pdf"), "UNSUPPORTED_MEDIA_TYPE");
    await expectUnchanged(n, upload(n, storedZip([{ name: "readme.txt", data: "hallo" }]), "archief.zip"), "UNSUPPORTED_MEDIA_TYPE");
    await expectUnchanged(n, upload(n, odf("application/vnd.oasis.opendocument.spreadsheet"), "cijfers.ods"), "UNSUPPORTED_MEDIA_TYPE");
  });

  it("does not pass off an ODF template or master document as an .odt", async () => {
    const n = await newNota();
    await expectUnchanged(n, upload(n, odf("application/vnd.oasis.opendocument.text-template"), "sjabloon.ott"), "UNSUPPORTED_MEDIA_TYPE");
    await expectUnchanged(n, upload(n, odf("application/vnd.oasis.opendocument.text-master"), "hoofd.odm"), "UNSUPPORTED_MEDIA_TYPE");
  });

  it("refuses Office documents with macros (.docm, .xlsm)", async () => {
    const n = await newNota();
    const docm = storedZip([
      { name: "[Content_Types].xml", data: contentTypes("application/vnd.ms-word.document.macroEnabled.main+xml") },
      { name: "word/document.xml", data: "<w:document/>" },
      { name: "word/vbaProject.bin", data: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) },
    ]);
    await expectUnchanged(n, upload(n, docm, "nota.docm"), "UNSUPPORTED_MEDIA_TYPE");
    await expectUnchanged(n, upload(n, docm, "nota.docx"), "UNSUPPORTED_MEDIA_TYPE");
    const xlsm = storedZip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "xl/workbook.xml", data: "<workbook/>" },
      { name: "xl/vbaProject.bin", data: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) },
    ]);
    await expectUnchanged(n, upload(n, xlsm, "cijfers.xlsx"), "UNSUPPORTED_MEDIA_TYPE");
  });

  it("refuses more than 20 MB with PAYLOAD_TOO_LARGE", async () => {
    const n = await newNota();
    const bytes = new Uint8Array(20 * 1024 * 1024 + 1);
    bytes.set(ascii("%PDF-1.4\n"));
    await expectUnchanged(n, upload(n, bytes), "PAYLOAD_TOO_LARGE");
  });

  it("refuses an empty file with VALIDATION_FAILED", async () => {
    const n = await newNota();
    const e = await expectAppError(upload(n, new Uint8Array(0)), "VALIDATION_FAILED");
    expect(e.errors).toEqual([{ path: "bestand", message: expect.any(String) }]);
  });
});

describe("who and when", () => {
  it("refuses a stale version with STALE_VERSION", async () => {
    const n = await newNota();
    const na = await upload(n, minimalPdf(), "eerste.pdf");
    await expectUnchanged(na, upload(na, await realDocx(), "tweede.docx", "opsteller", n.versie), "STALE_VERSION");
    expect((await prisma.bijlage.findFirstOrThrow({ where: { notaId: n.id } })).bestandsnaam).toBe("eerste.pdf");
  });

  it("lets exactly one of two simultaneous uploads on the same version win", async () => {
    const n = await newNota();
    const pdf = minimalPdf();
    const docx = await realDocx();
    const results = await Promise.allSettled([upload(n, pdf, "a.pdf"), upload(n, docx, "b.docx")]);
    const won = results.filter((r): r is PromiseFulfilledResult<NotaDto> => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.code).toBe("STALE_VERSION");
    const row = await prisma.bijlage.findFirstOrThrow({ where: { notaId: n.id, volgnummer: 1 } });
    expect(row.sha256).toBe(won[0]!.value.bijlagen[0]!.bestand!.sha256);
    expect(await prisma.auditEvent.count({ where: { notaId: n.id, actie: "bijlage.bestand_toegevoegd" } })).toBe(1);
  });

  it("refuses an upload while the nota is in paraaf (INVALID_TRANSITION)", async () => {
    let n = await newNota();
    n = await submitNota(await as("opsteller"), n.id, n.versie, { paraafroute: await standardRoute() });
    expect(n.status).toBe("in_paraaf");
    await expectUnchanged(n, upload(n, minimalPdf()), "INVALID_TRANSITION");
  });

  it("hides the nota from someone of another directie (NOT_FOUND) and refuses a lezer (FORBIDDEN)", async () => {
    const n = await newNota();
    await expectUnchanged(n, upload(n, minimalPdf(), "x.pdf", "juridisch"), "NOT_FOUND");
    await expectUnchanged(n, upload(n, minimalPdf(), "x.pdf", "minister"), "NOT_FOUND");
    await expectUnchanged(n, upload(n, minimalPdf(), "x.pdf", "lezer"), "FORBIDDEN");
    await expectUnchanged(n, upload({ ...n, id: "00000000-0000-4000-8000-000000000000" }, minimalPdf()), "NOT_FOUND");
  });

  it("refuses a bijlage number the nota does not have (NOT_FOUND)", async () => {
    const n = await newNota();
    await expectUnchanged(n, upload(n, minimalPdf(), "x.pdf", "opsteller", n.versie, "2"), "NOT_FOUND");
    await expectUnchanged(n, upload(n, minimalPdf(), "x.pdf", "opsteller", n.versie, "abc"), "NOT_FOUND");
  });
});
