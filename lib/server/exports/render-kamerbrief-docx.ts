import "server-only";
// The Kamerbrief as an editable Word document (docx): real paragraphs with styles, the envelope
// window and the reference column in a borderless two-column table, Datum/Betreft on a tab stop,
// numbered and bulleted lists from the Markdown subset, and "Pagina X van Y" from PAGE and
// NUMPAGES fields in the footer. Core properties name the ministry, never a person.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
  type IBorderOptions,
  type ParagraphChild,
} from "docx";
import type { KamerbriefModel } from "@/lib/domain/kamerbrief-model";
import type { Inline, TekstBlok } from "@/lib/domain/tekst";

const FONT = "Verdana";
const pt = (n: number) => Math.round(n * 2); // docx sizes are half-points
const mm = convertMillimetersToTwip;

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
      for (const item of b.items) {
        uit.push(
          new Paragraph({
            style: "BriefTekst",
            numbering: { reference: b.geordend ? "genummerd" : "opsomming", level: 0, instance: lijstNummer },
            children: runs(item),
          }),
        );
      }
    }
  }
  return uit;
}

const GEEN: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const geenRanden = { top: GEEN, bottom: GEEN, left: GEEN, right: GEEN };

const klein = (text: string, bold = false): Paragraph => new Paragraph({ style: "Referentie", children: [new TextRun({ text, bold })] });

export async function renderKamerbriefDocx(m: KamerbriefModel): Promise<Uint8Array> {
  const venster: Paragraph[] = [
    ...(m.retouradres ? [new Paragraph({ style: "Retouradres", children: [new TextRun(m.retouradres)] })] : []),
    ...m.geadresseerde.map((regel) => new Paragraph({ style: "BriefTekst", spacing: { after: 0 }, children: [new TextRun(regel)] })),
  ];
  const referenties: Paragraph[] = m.referenties.flatMap((r, i) => {
    const regels = r.kop ? [klein(r.kop, true), ...r.regels.map((t) => klein(t))] : r.regels.map((t, j) => klein(t, i === 0 && j === 0));
    return [...regels, klein("")];
  });
  const kop = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: mm(170), type: WidthType.DXA },
    columnWidths: [mm(125), mm(45)],
    borders: { ...geenRanden, insideHorizontal: GEEN, insideVertical: GEEN },
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: mm(125), type: WidthType.DXA }, borders: geenRanden, children: venster }),
          new TableCell({ width: { size: mm(45), type: WidthType.DXA }, borders: geenRanden, children: referenties }),
        ],
      }),
    ],
  });
  const regel = (label: string, waarde: string) =>
    new Paragraph({ style: "BriefTekst", spacing: { after: 0 }, tabStops: [{ type: TabStopType.LEFT, position: mm(22) }], children: [new TextRun(label), new TextRun({ text: `\t${waarde}` })] });
  const leeg = () => new Paragraph({ style: "BriefTekst", spacing: { after: 0 }, children: [] });
  const paginanummer: ParagraphChild[] = [new TextRun({ children: ["Pagina ", PageNumber.CURRENT, " van ", PageNumber.TOTAL_PAGES] })];

  const doc = new Document({
    creator: m.auteur,
    lastModifiedBy: m.auteur,
    title: m.titel,
    subject: m.betreft,
    description: "Kamerbrief, gemaakt met Beslisroute",
    styles: {
      default: { document: { run: { font: FONT, size: pt(9.5) } } },
      paragraphStyles: [
        { id: "BriefTekst", name: "Brieftekst", basedOn: "Normal", quickFormat: true, run: { font: FONT, size: pt(9.5) }, paragraph: { spacing: { after: 120, line: 276 } } },
        { id: "BriefKop", name: "Briefkop", basedOn: "BriefTekst", next: "BriefTekst", quickFormat: true, run: { bold: true }, paragraph: { spacing: { before: 120, after: 60 }, keepNext: true } },
        { id: "BriefSubkop", name: "Briefsubkop", basedOn: "BriefTekst", next: "BriefTekst", quickFormat: true, run: { italics: true }, paragraph: { keepNext: true } },
        { id: "Retouradres", name: "Retouradres", basedOn: "Normal", run: { font: FONT, size: pt(6.5) }, paragraph: { spacing: { after: 120 } } },
        { id: "Referentie", name: "Referentiegegevens", basedOn: "Normal", run: { font: FONT, size: pt(6.5) }, paragraph: { spacing: { after: 0 } } },
        { id: "Afzender", name: "Afzender", basedOn: "Normal", run: { font: FONT, size: pt(9) }, paragraph: { alignment: AlignmentType.LEFT, indent: { left: mm(85) } } },
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
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(20), bottom: mm(25), left: mm(25), right: mm(15), footer: mm(10) },
          },
        },
        footers: { default: new Footer({ children: [new Paragraph({ style: "Referentie", alignment: AlignmentType.RIGHT, children: paginanummer })] }) },
        children: [
          new Paragraph({ style: "Afzender", spacing: { after: 720 }, children: [new TextRun(m.afzender)] }),
          kop,
          leeg(),
          regel("Datum", m.datum),
          regel("Betreft", m.betreft),
          leeg(),
          leeg(),
          leeg(),
          new Paragraph({ style: "BriefTekst", children: [new TextRun(m.aanhef)] }),
          ...blokken(m.blokken),
          ...(m.slot ? [new Paragraph({ style: "BriefTekst", children: [new TextRun(m.slot)] })] : []),
          leeg(),
          ...(m.ondertekening.functie ? [new Paragraph({ style: "BriefTekst", keepNext: true, spacing: { after: 0 }, children: [new TextRun(m.ondertekening.functie)] })] : []),
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
