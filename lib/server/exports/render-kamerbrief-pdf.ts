import "server-only";
// The Kamerbrief on A4 in the manner of the Rijkshuisstijl (DOMAIN.md §5): the beeldmerk centred
// at the top edge with the wordmark to its right, the envelope window with the retouradres
// (6.5/9 pt) and the Tweede Kamer's address, the reference column on the right, Datum and Betreft,
// three blank lines, aanhef, body (9/12 pt), sign-off; the following pages repeat Datum and Ons
// kenmerk in the reference column; page numbers. PDF/UA (lib/server/exports/pdf-writer.ts).
import type { KamerbriefModel, Referentie } from "@/lib/domain/kamerbrief-model";
import type { Beeldmerk } from "@/lib/server/exports/beeldmerk";
import { A4, PdfSchrijver } from "@/lib/server/exports/pdf-writer";
import { documentSleutel, gerenderd } from "@/lib/server/exports/render-cache";

const MM = 72 / 25.4;
const LINKS = 70;
const KOLOM = 360; // main column width
const REF_X = 452; // reference column
const REF_BREEDTE = A4.breedte - REF_X - 28;
/** Letter text and the retouradres / reference column, as the template prescribes (size / pitch, pt). */
export const BRIEFTEKST = { grootte: 9, regelafstand: 12 } as const;
export const KLEIN = { grootte: 6.5, regelafstand: 9 } as const;
/** Where the body starts on the following pages, and the reference column beside it. */
const VERVOLG_TOP = 72;

/** The Kamerbrief as PDF, rendered once per distinct input (lib/server/exports/render-cache.ts). */
export function renderKamerbriefPdf(m: KamerbriefModel, beeldmerk: Beeldmerk): Promise<Uint8Array> {
  return gerenderd(documentSleutel("kamerbrief.pdf", m, beeldmerk.png, beeldmerk.svg), () => renderKamerbriefPdfNu(m, beeldmerk));
}

async function renderKamerbriefPdfNu(m: KamerbriefModel, beeldmerk: Beeldmerk): Promise<Uint8Array> {
  const pdf = new PdfSchrijver(
    { titel: m.titel, auteur: m.auteur, onderwerp: m.betreft },
    {
      marges: { top: VERVOLG_TOP, bottom: 80, left: LINKS, right: A4.breedte - LINKS - KOLOM },
      // A blank line (one pitch) between paragraphs, as in the template.
      tekst: { ...BRIEFTEKST, alineaRuimte: BRIEFTEKST.regelafstand },
      koppen: { 1: 9, 2: 9, 3: 9, 4: 9 },
    },
  );
  const { doc } = pdf;
  const brief = pdf.groep("Sect", pdf.root, { title: m.titel });

  // The beeldmerk: 13 mm wide (the box is 13 × 37.125 mm), centred, from the top edge of the page.
  const breedte = beeldmerk.breedteMm * MM;
  const hoogte = beeldmerk.hoogteMm * MM;
  pdf.figuur(brief, m.beeldmerkAlt, () => {
    doc.image(beeldmerk.png, (A4.breedte - breedte) / 2, 0, { width: breedte, height: hoogte });
  });
  // The wordmark to its right.
  pdf.element("P", brief, () => {
    doc.font("regular").fontSize(10).text(m.afzender, A4.breedte / 2 + (13 * MM) / 2 + 8, 58, { width: 200, lineGap: 1 });
  });

  // Envelope window.
  const klein = (tekst: string, x: number, y: number, opties: PDFKit.Mixins.TextOptions = {}) =>
    doc.fontSize(KLEIN.grootte).text(tekst, x, y, { lineGap: pdf.regelruimte(KLEIN.grootte, KLEIN.regelafstand), ...opties });
  if (m.retouradres) {
    pdf.element("P", brief, () => {
      doc.font("regular");
      klein(m.retouradres!, LINKS, 150, { width: KOLOM - 80, lineBreak: false });
    });
  }
  pdf.element("P", brief, () => {
    doc.font("regular").fontSize(BRIEFTEKST.grootte).text(m.geadresseerde.join("\n"), LINKS, 168, { width: KOLOM - 60, lineGap: pdf.regelruimte(BRIEFTEKST.grootte) });
  });
  const naAdres = doc.y;

  // Reference column: the ministry in bold, labels bold, their values regular.
  const kolom = (referenties: readonly Referentie[], parent: PDFKit.PDFStructureElement | null, top: number) => {
    let y = top;
    referenties.forEach((r, i) => {
      const teken = () => {
        const [eerste = "", ...rest] = r.regels;
        if (r.kop) {
          doc.font("vet");
          klein(r.kop, REF_X, y, { width: REF_BREEDTE });
        }
        doc.font(!r.kop && i === 0 ? "vet" : "regular");
        klein(eerste, REF_X, r.kop ? doc.y : y, { width: REF_BREEDTE });
        if (rest.length) {
          doc.font("regular");
          klein(rest.join("\n"), REF_X, doc.y, { width: REF_BREEDTE });
        }
      };
      if (parent) pdf.element("P", parent, teken);
      else teken();
      y = doc.y + KLEIN.regelafstand;
    });
  };
  const referenties = pdf.groep("Div", brief);
  kolom(m.referenties, referenties, 150);
  referenties.end();

  // Datum and Betreft.
  const regel = (label: string, waarde: string, top: number) =>
    pdf.element("P", brief, () => {
      const lineGap = pdf.regelruimte(BRIEFTEKST.grootte);
      doc.font("regular").fontSize(BRIEFTEKST.grootte).text(label, LINKS, top, { width: 60, lineGap });
      doc.text(waarde, LINKS + 62, top, { width: KOLOM - 62, lineGap });
    });
  const datumY = Math.max(naAdres + 40, 265);
  regel("Datum", m.datum, datumY);
  regel("Betreft", m.betreft, doc.y);
  doc.x = LINKS;
  doc.y += 3 * BRIEFTEKST.regelafstand; // three blank lines

  pdf.alinea([{ tekst: m.aanhef }], brief);
  pdf.blokken(m.blokken, false, brief);
  if (m.slot) pdf.alinea([{ tekst: m.slot }], brief);

  // Sign-off: the office title with a comma, room for the signature, the name; on one page.
  const ondertekening = pdf.groep("Div", brief);
  doc.y += BRIEFTEKST.regelafstand;
  pdf.ruimte(110);
  if (m.ondertekening.functie) pdf.alinea([{ tekst: m.ondertekening.functie }], ondertekening, { na: 0 });
  doc.y += 3 * BRIEFTEKST.regelafstand;
  pdf.alinea([{ tekst: m.ondertekening.naam }], ondertekening);
  ondertekening.end();
  brief.end();

  // The following pages repeat Datum and Ons kenmerk in the reference column (running header).
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    pdf.artefact(() => kolom(m.vervolgReferenties, null, VERVOLG_TOP));
  }
  pdf.voettekst((p, n) => `Pagina ${p} van ${n}`, { x: REF_X, breedte: REF_BREEDTE });
  return pdf.bytes();
}
