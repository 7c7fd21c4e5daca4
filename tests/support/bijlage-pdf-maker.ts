// A PDF bijlage as an outside party would send it: text that names officials and others, an
// author and title in the info dictionary, XMP metadata, a comment (text annotation) and an
// embedded file. Made with pdfkit, read back by the tests with poppler.
import PDFDocument from "pdfkit";

export async function maakBijlagePdf(regels: readonly string[], opties: { auteur?: string; titel?: string; notitie?: string; bijlage?: string; pagina2?: readonly string[] } = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({ info: { Author: opties.auteur ?? "Sanne de Vries", Title: opties.titel ?? "Concept van Pieter Jansen", Subject: "Intern" } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const klaar = new Promise<Uint8Array>((resolve) => doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  doc.fontSize(11);
  let y = 72;
  for (const r of regels) {
    doc.text(r, 72, y, { lineBreak: false });
    y += 18;
  }
  if (opties.notitie) doc.note(72, y + 20, 20, 20, opties.notitie);
  if (opties.bijlage) doc.file(Buffer.from(opties.bijlage), { name: "bron.txt", description: opties.bijlage });
  if (opties.pagina2) {
    doc.addPage();
    y = 72;
    for (const r of opties.pagina2) {
      doc.text(r, 72, y, { lineBreak: false });
      y += 18;
    }
  }
  // XMP metadata naming the author.
  (doc as unknown as { appendXML?: (x: string) => void; metadata?: unknown }).appendXML?.(
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>${opties.auteur ?? "Sanne de Vries"}</rdf:li></rdf:Seq></dc:creator></rdf:Description>`,
  );
  doc.end();
  return klaar;
}
