// The two upload routes (a bijlage's file, the .docx import) and the JSON body limit, through the
// route handlers with real request streams: an oversized body is refused with 413 before it is
// read when it says its length, and as soon as it passes the limit when it does not (chunked) —
// counted by the stream itself, so "before buffering" is measured, not assumed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph } from "docx";
import { createToken } from "@/lib/server/tokens/create-token";
import { POST as bijlagePost } from "@/app/api/v1/notas/[id]/bijlagen/[volgnummer]/bestand/route";
import { POST as importPost } from "@/app/api/v1/notas/import/route";
import { as, ensureSeed, newNota, prisma } from "@/tests/support/fixtures";

beforeAll(() => ensureSeed(), 120_000);
afterAll(() => prisma.$disconnect());

const MB = 1024 * 1024;
let token = "";
beforeAll(async () => {
  token = (await createToken(await as("opsteller"), { naam: "uploadtest", scope: "schrijven" })).token;
});

/** A body that counts what the server pulls from it: `stukken` chunks of `grootte` bytes, the first starting with `begin`. */
function telStroom(stukken: number, grootte: number, begin = new Uint8Array()) {
  const teller = { gelezen: 0, afgebroken: false };
  let i = 0;
  const stroom = new ReadableStream<Uint8Array>({
    pull(c) {
      if (i >= stukken) return c.close();
      const stuk = new Uint8Array(grootte);
      if (i === 0) stuk.set(begin);
      i++;
      teller.gelezen += grootte;
      c.enqueue(stuk);
    },
    cancel() {
      teller.afgebroken = true;
    },
  }, { highWaterMark: 0 });
  return { stroom, teller };
}

function verzoek(url: string, body: BodyInit, headers: Record<string, string>): Request {
  return new Request(`http://localhost${url}`, { method: "POST", body, headers: { authorization: `Bearer ${token}`, ...headers }, duplex: "half" } as RequestInit);
}

const BOUNDARY = "----beslisroute-test";
function multipartDelen(veld: string, bestandsnaam: string, type: string, inhoud: Uint8Array): Uint8Array[] {
  const kop = new TextEncoder().encode(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${veld}"; filename="${bestandsnaam}"\r\nContent-Type: ${type}\r\n\r\n`);
  const staart = new TextEncoder().encode(`\r\n--${BOUNDARY}--\r\n`);
  return [kop, inhoud, staart];
}
/** The parts as a stream without a Content-Length (as a chunked upload arrives). */
function chunked(delen: Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({ pull: (c) => (i < delen.length ? c.enqueue(delen[i++]!) : c.close()) });
}
const MULTIPART = { "content-type": `multipart/form-data; boundary=${BOUNDARY}` };

async function probleem(res: Response): Promise<{ status: number; detail: string; type: string }> {
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const body = (await res.json()) as { status: number; detail: string };
  return { status: res.status, detail: body.detail, type: res.headers.get("content-type")! };
}

const ctxBijlage = (id: string) => ({ params: Promise.resolve({ id, volgnummer: "1" }) });

describe("a bijlage's file (POST /notas/{id}/bijlagen/{volgnummer}/bestand)", () => {
  it("a Content-Length over the limit is refused with 413 before one byte is read", async () => {
    const n = await newNota();
    const { stroom, teller } = telStroom(40, MB);
    const res = await bijlagePost(verzoek(`/api/v1/notas/${n.id}/bijlagen/1/bestand`, stroom, { ...MULTIPART, "if-match": `"${n.versie}"`, "content-length": String(40 * MB) }), ctxBijlage(n.id));
    expect(await probleem(res)).toMatchObject({ status: 413, detail: "Een bijlage mag hoogstens 20 MB groot zijn." });
    expect(teller.gelezen).toBe(0);
  });

  it("a chunked body (no Content-Length) is cut off at 20 MB with 413: the rest is never read", async () => {
    const n = await newNota();
    const { stroom, teller } = telStroom(40, MB);
    const res = await bijlagePost(verzoek(`/api/v1/notas/${n.id}/bijlagen/1/bestand`, stroom, { ...MULTIPART, "if-match": `"${n.versie}"` }), ctxBijlage(n.id));
    expect(await probleem(res)).toMatchObject({ status: 413, detail: "Een bijlage mag hoogstens 20 MB groot zijn." });
    // 20 MB + 64 kB envelope: the 21st megabyte is the last one pulled
    expect(teller.gelezen).toBeLessThanOrEqual(22 * MB);
    expect(teller.afgebroken).toBe(true);
    expect((await prisma.bijlage.findFirstOrThrow({ where: { notaId: n.id, volgnummer: 1 } })).sha256).toBeNull();
  });

  it("a chunked upload within the limit is stored whole: its size and fingerprint are the file's", async () => {
    const n = await newNota();
    const pdf = new Uint8Array(3 * MB + 17);
    pdf.set(new TextEncoder().encode("%PDF-1.4\n"));
    const res = await bijlagePost(verzoek(`/api/v1/notas/${n.id}/bijlagen/1/bestand`, chunked(multipartDelen("bestand", "advies.pdf", "application/pdf", pdf)), { ...MULTIPART, "if-match": `"${n.versie}"` }), ctxBijlage(n.id));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { bijlagen: { bestand: { naam: string; grootte: number } | null }[] };
    expect(body.bijlagen[0]!.bestand).toMatchObject({ naam: "advies.pdf", grootte: 3 * 1024 * 1024 + 17 });
  });

  it("a body that is not multipart is 415, one without the field 'bestand' 400 beside the field", async () => {
    const n = await newNota();
    const url = `/api/v1/notas/${n.id}/bijlagen/1/bestand`;
    const json = await bijlagePost(verzoek(url, "{}", { "content-type": "application/json", "if-match": `"${n.versie}"` }), ctxBijlage(n.id));
    expect(await probleem(json)).toMatchObject({ status: 415, detail: 'Stuur het bestand als multipart/form-data in het veld "bestand".' });
    const leeg = await bijlagePost(verzoek(url, chunked(multipartDelen("iets", "a.pdf", "application/pdf", new Uint8Array([37]))), { ...MULTIPART, "if-match": `"${n.versie}"` }), ctxBijlage(n.id));
    expect(await probleem(leeg)).toMatchObject({ status: 400, detail: "Kies een bestand." });
    const kapot = await bijlagePost(verzoek(url, "dit is geen multipart", { ...MULTIPART, "if-match": `"${n.versie}"` }), ctxBijlage(n.id));
    expect(await probleem(kapot)).toMatchObject({ status: 400, detail: "Het formulier kon niet worden gelezen." });
  });
});

async function kleineDocx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: "Subsidiekader gemeentelijke herindeling", heading: HeadingLevel.TITLE, alignment: AlignmentType.LEFT }),
          new Paragraph({ text: "Aanleiding", heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: "Drie gemeenten vragen om een herindelingsadvies." }),
          new Paragraph({ text: "Geadviseerd besluit", heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: "Instemmen met het advies." }),
          new Paragraph({ text: "Kern", heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: "Het kader blijft ongewijzigd." }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const ctxImport = { params: Promise.resolve({}) };

describe("the .docx import (POST /notas/import)", () => {
  it("reads a Word document sent as multipart without a Content-Length", async () => {
    const docx = await kleineDocx();
    const res = await importPost(verzoek("/api/v1/notas/import", chunked(multipartDelen("bestand", "nota.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx)), MULTIPART), ctxImport);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { bron: string; nota: { onderwerp: string; aanleiding: string; kern: string } };
    expect(body.bron).toBe("docx");
    expect(body.nota).toMatchObject({ onderwerp: "Subsidiekader gemeentelijke herindeling", aanleiding: "Drie gemeenten vragen om een herindelingsadvies.", kern: "Het kader blijft ongewijzigd." });
  });

  it("refuses a PDF sent as the Word document with 415 and a Dutch message beside the field", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");
    const res = await importPost(verzoek("/api/v1/notas/import", chunked(multipartDelen("bestand", "nota.docx", "application/pdf", pdf)), MULTIPART), ctxImport);
    const p = await probleem(res);
    expect(p).toMatchObject({ status: 415, detail: "Alleen Word-documenten (.docx) kunnen worden ingelezen." });
  });

  it("a chunked upload over 20 MB is cut off with 413; a JSON body over 2 MB too", async () => {
    const { stroom, teller } = telStroom(30, MB);
    const groot = await importPost(verzoek("/api/v1/notas/import", stroom, MULTIPART), ctxImport);
    expect(await probleem(groot)).toMatchObject({ status: 413, detail: "Een document mag hoogstens 20 MB groot zijn." });
    expect(teller.gelezen).toBeLessThanOrEqual(22 * MB);

    const tekst = JSON.stringify({ tekst: "x".repeat(3 * MB) });
    const json = await importPost(verzoek("/api/v1/notas/import", chunked([new TextEncoder().encode(tekst)]), { "content-type": "application/json" }), ctxImport);
    expect(await probleem(json)).toMatchObject({ status: 413, detail: "Een verzoek mag hoogstens 2 MB JSON bevatten." });
  });

  it("JSON that is not JSON is 400, not 500", async () => {
    const res = await importPost(verzoek("/api/v1/notas/import", "{tekst: ", { "content-type": "application/json" }), ctxImport);
    expect(await probleem(res)).toMatchObject({ status: 400, detail: "De inhoud is geen geldige JSON." });
  });
});
