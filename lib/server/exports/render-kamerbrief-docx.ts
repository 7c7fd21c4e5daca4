import "server-only";
// The Kamerbrief as an editable Word document (docx), laid out as the Rijkshuisstijl letter
// template: a first-page header (titlePage) with the beeldmerk floating at the top edge of the
// page, centred, the wordmark to its right and the reference column in a frame on the right; a
// header for the following pages repeating Datum and Ons kenmerk in that column; the body in a
// 127 mm column with the envelope window (retouradres 6.5/9 pt, address), Datum/Betreft on a tab
// stop, text at 9/12 pt, numbered and bulleted lists; "Pagina X van Y" from PAGE and NUMPAGES
// fields. Every style is in Dutch (nl-NL), so Word's proofing works. Core properties name the
// ministry, never a person.
import {
  AlignmentType,
  Document,
  FrameAnchorType,
  Footer,
  Header,
  HorizontalPositionAlign,
  HorizontalPositionRelativeFrom,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
  TextWrappingType,
  VerticalPositionRelativeFrom,
  convertMillimetersToTwip,
  type IFrameOptions,
  type ParagraphChild,
} from "docx";
import type { KamerbriefModel, Referentie } from "@/lib/domain/kamerbrief-model";
import type { Inline, TekstBlok } from "@/lib/domain/tekst";
import type { Beeldmerk } from "@/lib/server/exports/beeldmerk";
import { documentSleutel, gerenderd } from "@/lib/server/exports/render-cache";

const FONT = "Verdana";
const TAAL = { value: "nl-NL" } as const;
const pt = (n: number) => Math.round(n * 2); // docx sizes are half-points
const mm = convertMillimetersToTwip;
/** Line pitch, exact, in twips (1/20 pt). */
const regel = (ptHoogte: number) => ({ line: Math.round(ptHoogte * 20), lineRule: LineRuleType.EXACT });
/** Millimetres to docx's image pixels (96 to the inch). */
const px = (millimeter: number) => (millimeter / 25.4) * 96;

const LINKS_MM = 24.7;
const KOLOM_MM = 127;
const REF_X_MM = 159.5;
const REF_BREEDTE_MM = 40;
const TOP_MM = 25.4;
/** The envelope window starts this far from the top of the page. */
const VENSTER_MM = 53;

function runs(inlines: readonly Inline[], stijl: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  const uit: TextRun[] = [];
  for (const i of inlines) {
    if (i.type === "tekst") uit.push(new TextRun({ text: i.tekst, ...stijl }));
    else if (i.type === "vet") uit.push(...runs(i.inhoud, { ...stijl, bold: true }));
    else if (i.type === "cursief") uit.push(...runs(i.inhoud, { ...stijl, italics: true }));
    else uit.push(...runs(i.inhoud, stijl)); // (the model has no not-public passages left)
  }
  return uit;
}

function blokken(lijst: readonly TekstBlok[]): Paragraph[] {
  const uit: Paragraph[] = [];
  let lijstNummer = 0;
  for (const b of lijst) {
    if (b.type === "alinea") uit.push(new Paragraph({ style: "BriefTekst", children: runs(b.inhoud) }));
    else if (b.type === "kop") uit.push(new Paragraph({ style: b.niveau === 3 ? "BriefKop" : "BriefSubkop", children: runs(b.inhoud) }));
    else {
      lijstNummer++;
      b.items.forEach((item, i) => {
        uit.push(
          new Paragraph({
            style: "BriefTekst",
            // Items follow each other; a blank line after the list.
            spacing: { after: i === b.items.length - 1 ? 240 : 0 },
            numbering: { reference: b.geordend ? "genummerd" : "opsomming", level: 0, instance: lijstNummer },
            children: runs(item),
          }),
        );
      });
    }
  }
  return uit;
}

/** The reference column as paragraphs in one frame at (x, y) mm from the page's corner. */
function referentiekolom(referenties: readonly Referentie[], yMm: number): Paragraph[] {
  const frame: IFrameOptions = {
    type: "absolute",
    position: { x: mm(REF_X_MM), y: mm(yMm) },
    width: mm(REF_BREEDTE_MM),
    anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
  };
  // Word merges consecutive paragraphs with the same frame properties into one frame.
  const klein = (text: string, bold = false): Paragraph => new Paragraph({ style: "Referentie", frame, children: text ? [new TextRun({ text, bold })] : [] });
  return referenties.flatMap((r, i) => {
    const alinea = r.kop ? [klein(r.kop, true), ...r.regels.map((t) => klein(t))] : r.regels.map((t, j) => klein(t, i === 0 && j === 0));
    return i < referenties.length - 1 ? [...alinea, klein("")] : alinea;
  });
}

function beeldmerkRun(b: Beeldmerk, alt: string): ImageRun {
  const gemeen = {
    transformation: { width: px(b.breedteMm), height: px(b.hoogteMm) },
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.PAGE, align: HorizontalPositionAlign.CENTER },
      verticalPosition: { relative: VerticalPositionRelativeFrom.PAGE, offset: 0 },
      allowOverlap: true,
      wrap: { type: TextWrappingType.NONE },
    },
    altText: { name: "Beeldmerk", title: alt, description: alt },
  };
  return b.svg
    ? new ImageRun({ type: "svg", data: b.svg, fallback: { type: "png", data: b.png }, ...gemeen })
    : new ImageRun({ type: "png", data: b.png, ...gemeen });
}

/** The Kamerbrief as .docx, rendered once per distinct input (lib/server/exports/render-cache.ts). */
export function renderKamerbriefDocx(m: KamerbriefModel, beeldmerk: Beeldmerk): Promise<Uint8Array> {
  return gerenderd(documentSleutel("kamerbrief.docx", m, beeldmerk.png, beeldmerk.svg), () => renderKamerbriefDocxNu(m, beeldmerk));
}

async function renderKamerbriefDocxNu(m: KamerbriefModel, beeldmerk: Beeldmerk): Promise<Uint8Array> {
  const venster: Paragraph[] = [
    ...(m.retouradres ? [new Paragraph({ style: "Retouradres", spacing: { before: mm(VENSTER_MM - TOP_MM) }, children: [new TextRun(m.retouradres)] })] : []),
    ...m.geadresseerde.map((r, i) => new Paragraph({ style: "BriefTekst", spacing: { after: 0, ...(i === 0 && !m.retouradres ? { before: mm(VENSTER_MM - TOP_MM + 4) } : {}) }, children: [new TextRun(r)] })),
  ];
  const kopregel = (label: string, waarde: string) =>
    new Paragraph({ style: "BriefTekst", spacing: { after: 0 }, tabStops: [{ type: TabStopType.LEFT, position: mm(22) }], children: [new TextRun(label), new TextRun({ text: `\t${waarde}` })] });
  const leeg = () => new Paragraph({ style: "BriefTekst", spacing: { after: 0 }, children: [] });
  const paginanummer: ParagraphChild[] = [new TextRun({ children: ["Pagina ", PageNumber.CURRENT, " van ", PageNumber.TOTAL_PAGES] })];

  const eersteKop = new Header({
    children: [
      new Paragraph({ style: "Referentie", children: [beeldmerkRun(beeldmerk, m.beeldmerkAlt)] }),
      new Paragraph({
        style: "Afzender",
        frame: {
          type: "absolute",
          position: { x: mm(105 + 6.5 + 3), y: mm(20.5) },
          width: mm(70),
          anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
        },
        children: [new TextRun(m.afzender)],
      }),
      ...referentiekolom(m.referenties, VENSTER_MM),
    ],
  });
  const vervolgKop = new Header({ children: referentiekolom(m.vervolgReferenties, TOP_MM) });

  const doc = new Document({
    creator: m.auteur,
    lastModifiedBy: m.auteur,
    title: m.titel,
    subject: m.betreft,
    description: "Kamerbrief, gemaakt met Beslisroute",
    styles: {
      default: { document: { run: { font: FONT, size: pt(9), language: TAAL } } },
      paragraphStyles: [
        { id: "Normal", name: "Normal", run: { font: FONT, size: pt(9), language: TAAL } },
        { id: "BriefTekst", name: "Brieftekst", basedOn: "Normal", quickFormat: true, run: { font: FONT, size: pt(9), language: TAAL }, paragraph: { spacing: { after: 240, ...regel(12) } } },
        { id: "BriefKop", name: "Briefkop", basedOn: "BriefTekst", next: "BriefTekst", quickFormat: true, run: { bold: true, language: TAAL }, paragraph: { spacing: { before: 0, after: 0, ...regel(12) }, keepNext: true } },
        { id: "BriefSubkop", name: "Briefsubkop", basedOn: "BriefTekst", next: "BriefTekst", quickFormat: true, run: { italics: true, language: TAAL }, paragraph: { keepNext: true } },
        { id: "Retouradres", name: "Retouradres", basedOn: "Normal", run: { font: FONT, size: pt(6.5), language: TAAL }, paragraph: { spacing: { after: 180, ...regel(9) } } },
        { id: "Referentie", name: "Referentiegegevens", basedOn: "Normal", run: { font: FONT, size: pt(6.5), language: TAAL }, paragraph: { spacing: { after: 0, ...regel(9) } } },
        { id: "Afzender", name: "Afzender", basedOn: "Normal", run: { font: FONT, size: pt(10), language: TAAL }, paragraph: { alignment: AlignmentType.LEFT } },
      ],
    },
    numbering: {
      config: [
        { reference: "opsomming", levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: mm(6), hanging: mm(4) } } } }] },
        { reference: "genummerd", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: mm(7), hanging: mm(5) } } } }] },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(TOP_MM), bottom: mm(28), left: mm(LINKS_MM), right: mm(210 - LINKS_MM - KOLOM_MM), header: mm(5), footer: mm(12) },
          },
        },
        headers: { first: eersteKop, default: vervolgKop },
        footers: {
          first: new Footer({ children: [new Paragraph({ style: "Referentie", indent: { left: mm(REF_X_MM - LINKS_MM) }, children: paginanummer })] }),
          default: new Footer({ children: [new Paragraph({ style: "Referentie", indent: { left: mm(REF_X_MM - LINKS_MM) }, children: [new TextRun({ children: ["Pagina ", PageNumber.CURRENT, " van ", PageNumber.TOTAL_PAGES] })] })] }),
        },
        children: [
          ...venster,
          leeg(),
          leeg(),
          leeg(),
          kopregel("Datum", m.datum),
          kopregel("Betreft", m.betreft),
          leeg(),
          leeg(),
          leeg(),
          new Paragraph({ style: "BriefTekst", children: [new TextRun(m.aanhef)] }),
          ...blokken(m.blokken),
          ...(m.slot ? [new Paragraph({ style: "BriefTekst", children: [new TextRun(m.slot)] })] : []),
          leeg(),
          ...(m.ondertekening.functie ? [new Paragraph({ style: "BriefTekst", keepNext: true, keepLines: true, children: [new TextRun(m.ondertekening.functie)] })] : []),
          leeg(),
          leeg(),
          leeg(),
          new Paragraph({ style: "BriefTekst", children: [new TextRun(m.ondertekening.naam)] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
