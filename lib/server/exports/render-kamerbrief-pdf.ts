import "server-only";
// The Kamerbrief on A4 in the manner of the Rijkshuisstijl (DOMAIN.md §5): sender at the top, the
// envelope window with retouradres and the Tweede Kamer's address, the reference column on the
// right, Datum and Betreft, three blank lines, aanhef, body, sign-off, page numbers.
import type { KamerbriefModel } from "@/lib/domain/kamerbrief-model";
import { A4, PdfSchrijver } from "@/lib/server/exports/pdf-schrijver";

const LINKS = 70;
const KOLOM = 360; // main column width
const REF_X = 452; // reference column
const REF_BREEDTE = A4.breedte - REF_X - 28;
const RIJKSBLAUW = "#154273";

export async function renderKamerbriefPdf(m: KamerbriefModel): Promise<Uint8Array> {
  const pdf = new PdfSchrijver(
    { titel: m.titel, auteur: m.auteur, onderwerp: m.betreft },
    { marges: { top: 72, bottom: 80, left: LINKS, right: A4.breedte - LINKS - KOLOM } },
  );
  const { doc } = pdf;
  const brief = pdf.groep("Sect", pdf.root, { title: m.titel });

  // The placeholder mark (the ribbon is not open) and the sender, as the letterhead.
  pdf.artefact(() => doc.rect(A4.breedte / 2 - 9, 0, 18, 62).fill(RIJKSBLAUW).fillColor("black"));
  pdf.element("P", brief, () => {
    doc.font("regular").fontSize(9).text(m.afzender, A4.breedte / 2 + 16, 40, { width: 220 });
  });

  // Envelope window.
  if (m.retouradres) {
    pdf.element("P", brief, () => {
      doc.font("regular").fontSize(7).text(m.retouradres!, LINKS, 150, { width: KOLOM - 80, lineBreak: false });
    });
  }
  pdf.element("P", brief, () => {
    doc.font("regular").fontSize(10).text(m.geadresseerde.join("\n"), LINKS, 168, { width: KOLOM - 60, lineGap: 2 });
  });
  const naAdres = doc.y;

  // Reference column.
  const kolom = pdf.groep("Div", brief);
  let y = 150;
  m.referenties.forEach((r, i) => {
    pdf.element("P", kolom, () => {
      doc.fontSize(7.5);
      // The column opens with the ministry in bold; labels are bold, their values regular.
      const [eerste = "", ...rest] = r.regels;
      if (r.kop) doc.font("vet").text(r.kop, REF_X, y, { width: REF_BREEDTE });
      doc.font(!r.kop && i === 0 ? "vet" : "regular").text(eerste, REF_X, r.kop ? doc.y : y, { width: REF_BREEDTE, lineGap: 1 });
      if (rest.length) doc.font("regular").text(rest.join("\n"), REF_X, doc.y, { width: REF_BREEDTE, lineGap: 1 });
    });
    y = doc.y + 8;
  });
  kolom.end();

  // Datum and Betreft.
  const regel = (label: string, waarde: string, top: number) =>
    pdf.element("P", brief, () => {
      doc.font("regular").fontSize(10).text(label, LINKS, top, { width: 60 });
      doc.text(waarde, LINKS + 62, top, { width: KOLOM - 62 });
    });
  const datumY = Math.max(naAdres + 40, 265);
  regel("Datum", m.datum, datumY);
  regel("Betreft", m.betreft, doc.y + 2);
  doc.x = LINKS;
  doc.moveDown(3); // three blank lines

  pdf.alinea([{ tekst: m.aanhef }], brief, { na: 10 });
  pdf.blokken(m.blokken, false, brief);
  if (m.slot) pdf.alinea([{ tekst: m.slot }], brief);

  // Sign-off: the office title with a comma, room for the signature, the name; on one page.
  const ondertekening = pdf.groep("Div", brief);
  doc.moveDown(1);
  pdf.ruimte(110);
  if (m.ondertekening.functie) pdf.alinea([{ tekst: m.ondertekening.functie }], ondertekening, { na: 0 });
  doc.moveDown(3);
  pdf.alinea([{ tekst: m.ondertekening.naam }], ondertekening);
  ondertekening.end();
  brief.end();

  pdf.voettekst((p, n) => `Pagina ${p} van ${n}`, { x: REF_X, breedte: REF_BREEDTE });
  return pdf.bytes();
}
