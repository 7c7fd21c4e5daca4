import "server-only";
// The public version of a bijlage as a new PDF (issue 16, point 3; the plan is
// lib/domain/bijlage-weglakken.ts). Reading: unpdf (PDF.js, Apache-2.0, in the process). Writing:
// pdfkit, a fresh file with the same page sizes, each text item redrawn where it stood in Fira Sans,
// a withheld passage as a black area with its ground in white. Nothing of the original file is
// copied: no withheld text, no images, no metadata (author, title, XMP), no annotations or comments,
// no attachments, no hidden layers, no scripts. See docs/WOO.md for why not MuPDF.
import PDFDocument from "pdfkit";
import { getDocumentProxy } from "unpdf";
import type { GeplandePagina, PdfPagina } from "@/lib/domain/bijlage-weglakken";
import { fonts } from "@/lib/server/exports/pdf-writer";
import { leesArchief } from "@/lib/server/bestanden/archief-controle";

type TekstInhoud = { items: ({ str?: string; transform?: number[]; width?: number; height?: number; hasEOL?: boolean } | { type: string })[] };

/** The pages of a PDF with their text items; null when the file is not a PDF that can be read. */
export async function leesPdf(bytes: Uint8Array): Promise<PdfPagina[] | null> {
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { stopAtErrors: false });
    const uit: PdfPagina[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const pagina = await pdf.getPage(n);
      const vp = pagina.getViewport({ scale: 1 });
      const inhoud = (await pagina.getTextContent()) as unknown as TekstInhoud;
      const items = inhoud.items.flatMap((i) => {
        if (!("str" in i) || typeof i.str !== "string" || !i.transform) return [];
        const [a = 0, b = 0, , , e = 0, f = 0] = i.transform;
        return [{ tekst: i.str, x: e, y: f, grootte: Math.hypot(a, b) || i.height || 10, breedte: i.width ?? 0, regeleinde: !!i.hasEOL }];
      });
      uit.push({ breedte: vp.width, hoogte: vp.height, items });
    }
    await pdf.loadingTask.destroy();
    return uit;
  } catch {
    return null;
  }
}

/** What a PDF shows and carries for a leak check: the text of every page, the info dictionary, the XMP, annotation contents, attachment names. */
export async function pdfAlleTekst(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const delen: string[] = [];
  const meta = await pdf.getMetadata();
  delen.push(JSON.stringify(meta.info ?? {}));
  const xmp = meta.metadata as unknown as { getAll?: () => unknown } | null;
  if (xmp?.getAll) delen.push(JSON.stringify(xmp.getAll()));
  const bijlagen = (await pdf.getAttachments()) as unknown as Record<string, { filename?: string }> | null;
  if (bijlagen) delen.push(...Object.values(bijlagen).map((b) => b.filename ?? "bijlage"));
  for (let n = 1; n <= pdf.numPages; n++) {
    const pagina = await pdf.getPage(n);
    const inhoud = (await pagina.getTextContent()) as unknown as TekstInhoud;
    delen.push(inhoud.items.map((i) => ("str" in i ? `${i.str}${i.hasEOL ? "\n" : ""}` : "")).join(""));
    for (const a of (await pagina.getAnnotations()) as { contentsObj?: { str?: string }; title?: string; subtype?: string }[]) delen.push(`${a.subtype ?? ""} ${a.title ?? ""} ${a.contentsObj?.str ?? ""}`);
  }
  await pdf.loadingTask.destroy();
  return delen.join("\n");
}

/** Draws the planned pages as a new PDF. */
export async function tekenOpenbarePdf(paginas: readonly GeplandePagina[], meta: { titel: string; auteur: string }): Promise<Uint8Array> {
  const f = fonts();
  const doc = new PDFDocument({
    autoFirstPage: false,
    pdfVersion: "1.7",
    font: f.regular as unknown as string,
    info: { Title: meta.titel, Author: meta.auteur, Subject: meta.titel, Creator: "Beslisroute", Producer: "Beslisroute" },
  });
  doc.registerFont("regular", f.regular);
  doc.registerFont("vet", f.vet);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const klaar = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  for (const p of paginas) {
    doc.addPage({ size: [p.breedte, p.hoogte], margin: 0 });
    for (const item of p.items) {
      const grootte = Math.max(2, Math.min(item.grootte, 72));
      doc.font("regular").fontSize(grootte);
      const vol = item.stukken.map((s) => s.tekst).join("");
      const gemeten = doc.widthOfString(vol);
      const schaal = gemeten > 0 && item.breedte > 0 ? item.breedte / gemeten : 1;
      const basislijn = p.hoogte - item.y;
      let x = item.x;
      for (const s of item.stukken) {
        const breedte = doc.font("regular").fontSize(grootte).widthOfString(s.tekst) * schaal;
        if (s.gronden === null) {
          if (s.tekst.trim()) doc.fillColor("black").text(s.tekst, x, basislijn, { lineBreak: false, baseline: "alphabetic", characterSpacing: 0 });
        } else {
          const label = s.gronden.length ? `[${s.gronden.join(", ")}]` : "";
          const labelGrootte = label ? Math.max(4, Math.min(grootte, (grootte * Math.max(breedte, 1)) / Math.max(doc.font("vet").fontSize(grootte).widthOfString(label), 1))) : grootte;
          const vak = Math.max(breedte, label ? doc.font("vet").fontSize(labelGrootte).widthOfString(label) : 0);
          doc.rect(x, basislijn - grootte * 0.8, vak, grootte * 1.05).fill("black");
          if (label) doc.font("vet").fontSize(labelGrootte).fillColor("white").text(label, x, basislijn, { lineBreak: false, baseline: "alphabetic" });
        }
        x += breedte;
      }
    }
  }
  doc.end();
  return klaar;
}

const A4 = { breedte: 595.28, hoogte: 841.89 };

/** A .docx bijlage as pages of text items (A4, Fira Sans 10 pt, wrapped), via mammoth in the guarded worker. */
export async function docxAlsPaginas(bytes: Uint8Array): Promise<PdfPagina[] | null> {
  let html: string;
  try {
    html = (await leesArchief(bytes, "docx-html")).html ?? "";
  } catch {
    return null;
  }
  const alineas = [...html.matchAll(/<(p|h[1-6]|li|td|th)[^>]*>([\s\S]*?)<\/\1>/g)]
    .map((m) => m[2]!.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").trim())
    .filter(Boolean);
  const meet = new PDFDocument({ autoFirstPage: false, font: fonts().regular as unknown as string });
  meet.fontSize(10);
  const breedte = A4.breedte - 144;
  const paginas: PdfPagina[] = [];
  let pagina: PdfPagina = { ...A4, items: [] };
  let y = A4.hoogte - 72;
  const regel = (tekst: string) => {
    if (y < 72) {
      paginas.push(pagina);
      pagina = { ...A4, items: [] };
      y = A4.hoogte - 72;
    }
    pagina.items.push({ tekst, x: 72, y, grootte: 10, breedte: meet.widthOfString(tekst), regeleinde: true });
    y -= 14;
  };
  for (const a of alineas) {
    let huidig = "";
    for (const woord of a.split(/\s+/)) {
      const kandidaat = huidig ? `${huidig} ${woord}` : woord;
      if (huidig && meet.widthOfString(kandidaat) > breedte) {
        regel(huidig);
        huidig = woord;
      } else huidig = kandidaat;
    }
    if (huidig) regel(huidig);
    y -= 6;
  }
  paginas.push(pagina);
  return paginas;
}
