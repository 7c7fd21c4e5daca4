import "server-only";
// A thin layer over pdfkit for tagged (accessible) A4 PDFs in Fira Sans: a structure tree under a
// Document root (H1/H2/H3, P, L/LI/Lbl/LBody, Table), page furniture marked as Artifact, and
// metadata that names the ministry, never a person. See docs/exports.md.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import type { Inline, TekstBlok } from "@/lib/domain/tekst";
import { weglatingLabel } from "@/lib/domain/tekst";
import { woffNaarSfnt } from "@/lib/server/exports/woff";

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const FONTBESTANDEN = {
  regular: "fira-sans-latin-400-normal.woff",
  vet: "fira-sans-latin-700-normal.woff",
  cursief: "fira-sans-latin-400-italic.woff",
  vetCursief: "fira-sans-latin-700-italic.woff",
} as const;
type Font = keyof typeof FONTBESTANDEN;

let fontCache: Record<Font, Buffer> | undefined;

/** The Fira Sans WOFF files from @fontsource, unpacked once per process. */
export function fonts(): Record<Font, Buffer> {
  if (!fontCache) {
    const dir = join(process.cwd(), "node_modules", "@fontsource", "fira-sans", "files");
    fontCache = Object.fromEntries(Object.entries(FONTBESTANDEN).map(([k, f]) => [k, woffNaarSfnt(readFileSync(join(dir, f)))])) as Record<Font, Buffer>;
  }
  return fontCache;
}

export interface PdfMeta {
  titel: string;
  /** The ministry. Never a person's name. */
  auteur: string;
  onderwerp?: string;
}

/** A piece of a line in one style. */
export interface Run {
  tekst: string;
  vet?: boolean;
  cursief?: boolean;
}

export interface Marges {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export const A4 = { breedte: 595.28, hoogte: 841.89 } as const;

/** Inline content as runs. Withheld passages: their grounds (public) or the content in brackets with the grounds (internal). */
export function runsVan(inlines: readonly Inline[], openbaar: boolean, stijl: { vet?: boolean; cursief?: boolean } = {}): Run[] {
  const uit: Run[] = [];
  for (const i of inlines) {
    switch (i.type) {
      case "tekst":
        uit.push({ tekst: i.tekst, ...stijl });
        break;
      case "vet":
        uit.push(...runsVan(i.inhoud, openbaar, { ...stijl, vet: true }));
        break;
      case "cursief":
        uit.push(...runsVan(i.inhoud, openbaar, { ...stijl, cursief: true }));
        break;
      case "nietOpenbaar":
        if (openbaar) uit.push({ tekst: weglatingLabel(i.gronden), vet: true });
        else uit.push({ tekst: `[${i.gronden.join(", ")}: `, vet: true }, ...runsVan(i.inhoud, openbaar, stijl), { tekst: "]", vet: true });
        break;
    }
  }
  return uit.filter((r) => r.tekst.length > 0);
}

export const plat = (runs: readonly Run[]) => runs.map((r) => r.tekst).join("");

export class PdfSchrijver {
  readonly doc: Doc;
  readonly root: Struct;
  private readonly chunks: Buffer[] = [];
  private readonly klaar: Promise<Uint8Array>;
  readonly marges: Marges;
  /** Body text size and line pitch (pt); without a pitch pdfkit's own line height plus 2 pt. */
  readonly tekst: { grootte: number; regelafstand: number | null; alineaRuimte?: number };

  /** Heading sizes per level (pt). */
  readonly kopGroottes: Record<1 | 2 | 3 | 4, number>;

  constructor(meta: PdfMeta, opties: { marges?: Marges; tekst?: { grootte: number; regelafstand: number | null; alineaRuimte?: number }; koppen?: Record<1 | 2 | 3 | 4, number> } = {}) {
    this.kopGroottes = opties.koppen ?? { 1: 16, 2: 12.5, 3: 11, 4: 10 };
    this.marges = opties.marges ?? { top: 72, bottom: 72, left: 72, right: 72 };
    this.tekst = opties.tekst ?? { grootte: 10, regelafstand: null };
    const f = fonts();
    this.doc = new PDFDocument({
      size: "A4",
      pdfVersion: "1.7",
      // PDF/UA-1: tagged, with a language, the title shown in the window, the identification in XMP.
      // (pdfkit supports "PDF/UA"; its type definitions list only the PDF/A subsets.)
      subset: "PDF/UA" as PDFKit.Mixins.PDFSubsets,
      tagged: true,
      lang: "nl-NL",
      displayTitle: true,
      bufferPages: true,
      margins: this.marges,
      // Our own font from the start: pdfkit then never loads its standard (Helvetica) data files,
      // which a bundler would not ship. (The type says string; pdfkit takes the bytes too.)
      font: f.regular as unknown as string,
      info: { Title: meta.titel, Author: meta.auteur, Subject: meta.onderwerp ?? meta.titel, Creator: "Beslisroute", Producer: "Beslisroute" },
    });
    for (const [naam, data] of Object.entries(f)) this.doc.registerFont(naam, data);
    this.doc.font("regular").fontSize(10).lineGap(2);
    this.doc.on("data", (c: Buffer) => this.chunks.push(c));
    this.klaar = new Promise((resolve, reject) => {
      this.doc.on("end", () => resolve(new Uint8Array(Buffer.concat(this.chunks))));
      this.doc.on("error", reject);
    });
    this.root = this.doc.struct("Document");
    this.doc.addStructure(this.root);
  }

  get breedte(): number {
    return A4.breedte - this.marges.left - this.marges.right;
  }

  /** A grouping element (Sect, Div, L …) under `parent`; end it with `.end()`. */
  groep(type: string, parent: Struct = this.root, opties: PDFKit.Mixins.StructureElementOptions = {}): Struct {
    const el = this.doc.struct(type, opties);
    parent.add(el);
    return el;
  }

  /** The extra space between lines that gives a line pitch of `regelafstand` at `grootte` in the current font. */
  regelruimte(grootte: number, regelafstand: number | null = this.tekst.grootte === grootte ? this.tekst.regelafstand : null): number {
    if (regelafstand === null) return 2;
    this.doc.fontSize(grootte);
    return regelafstand - this.doc.currentLineHeight(true);
  }

  /** An image with its alternative text, tagged as a Figure (PDF/UA: every figure has Alt). */
  figuur(parent: Struct, alt: string, teken: () => void): void {
    parent.add(this.doc.struct("Figure", { alt }, () => teken()));
  }

  /** Marked content for `type` under `parent`, drawn by `teken`. */
  element(type: string, parent: Struct, teken: () => void, opties: PDFKit.Mixins.StructureElementOptions = {}): void {
    parent.add(this.doc.struct(type, opties, () => teken()));
  }

  font(run: Pick<Run, "vet" | "cursief">): Font {
    return run.vet ? (run.cursief ? "vetCursief" : "vet") : run.cursief ? "cursief" : "regular";
  }

  /** Runs as one flowing paragraph (continued text), at the current position or at x/y. */
  schrijfRuns(runs: readonly Run[], opties: PDFKit.Mixins.TextOptions & { x?: number; y?: number; grootte?: number } = {}): void {
    const { x, y, grootte = this.tekst.grootte, ...tekstOpties } = opties;
    const lijst = runs.length > 0 ? runs : [{ tekst: " " }];
    const lineGap = tekstOpties.lineGap ?? this.regelruimte(grootte);
    this.doc.fontSize(grootte);
    lijst.forEach((r, i) => {
      this.doc.font(this.font(r));
      const laatste = i === lijst.length - 1;
      const o = { width: this.breedte, ...tekstOpties, lineGap, continued: !laatste };
      if (i === 0 && x !== undefined) this.doc.text(r.tekst, x, y ?? this.doc.y, o);
      else this.doc.text(r.tekst, o);
    });
    this.doc.font("regular");
  }

  /** Starts a new page unless `hoogte` points still fit above the bottom margin. */
  ruimte(hoogte: number): void {
    if (this.doc.y + hoogte > this.doc.page.maxY()) {
      this.doc.addPage();
      this.doc.x = this.marges.left;
    }
  }

  /** The height `runs` take at `breedte` (in the regular face; close enough to keep lines together). */
  hoogte(runs: readonly Run[], breedte: number, grootte = this.tekst.grootte): number {
    const lineGap = this.regelruimte(grootte);
    this.doc.font("regular").fontSize(grootte);
    return this.doc.heightOfString(plat(runs) || " ", { width: breedte, lineGap });
  }

  kop(tekst: string, niveau: 1 | 2 | 3 | 4, parent: Struct = this.root, opties: { x?: number; breedte?: number } = {}): void {
    const grootte = this.kopGroottes[niveau];
    this.doc.moveDown(niveau <= 2 ? 0.6 : 0.3);
    // Keep a heading with at least three lines of what follows.
    this.ruimte(grootte * 1.4 + 3 * 14);
    // Bookmarks for the main headings, so a reader can jump through a long nota.
    if (niveau <= 2) this.doc.outline.addItem(tekst);
    this.element(`H${niveau}`, parent, () => this.schrijfRuns([{ tekst, vet: true }], { grootte, x: opties.x ?? this.marges.left, width: opties.breedte ?? this.breedte, paragraphGap: 4 }));
  }

  alinea(runs: readonly Run[], parent: Struct = this.root, opties: { x?: number; breedte?: number; grootte?: number; na?: number } = {}): void {
    // No single line left alone at the foot of a page.
    this.ruimte(Math.min(this.hoogte(runs, opties.breedte ?? this.breedte, opties.grootte), 2 * 14));
    this.element("P", parent, () =>
      this.schrijfRuns(runs, { x: opties.x ?? this.marges.left, width: opties.breedte ?? this.breedte, grootte: opties.grootte, paragraphGap: opties.na ?? this.tekst.alineaRuimte ?? 6 }),
    );
  }

  /** A list with its own labels ("•" or "1."), tagged L > LI > Lbl + LBody. */
  lijst(items: readonly (readonly Run[])[], geordend: boolean, parent: Struct = this.root, opties: { x?: number; breedte?: number } = {}): void {
    const x = opties.x ?? this.marges.left;
    const breedte = opties.breedte ?? this.breedte;
    const inspringing = geordend ? 18 : 12;
    const l = this.groep("L", parent);
    items.forEach((item, i) => {
      // An item of a few lines stays on one page; a long one at least starts with two lines.
      const h = this.hoogte(item, breedte - inspringing);
      this.ruimte(h <= 4 * 14 ? h : 2 * 14);
      const li = this.groep("LI", l);
      const y = this.doc.y;
      this.element("Lbl", li, () => {
        this.doc.font("regular").fontSize(this.tekst.grootte).text(geordend ? `${i + 1}.` : "•", x, y, { width: inspringing, lineBreak: false });
      });
      this.element("LBody", li, () => this.schrijfRuns(item, { x: x + inspringing, y, width: breedte - inspringing, paragraphGap: 3 }));
      li.end();
    });
    l.end();
    this.doc.x = x;
    this.doc.moveDown(0.3);
  }

  /** Blocks of the Markdown subset: paragraphs, sub-headings (H3/H4) and lists. */
  blokken(blokken: readonly TekstBlok[], openbaar: boolean, parent: Struct = this.root, opties: { x?: number; breedte?: number } = {}): void {
    for (const b of blokken) {
      if (b.type === "alinea") this.alinea(runsVan(b.inhoud, openbaar), parent, opties);
      else if (b.type === "kop") this.kop(plat(runsVan(b.inhoud, openbaar)), b.niveau, parent, opties);
      else this.lijst(b.items.map((item) => runsVan(item, openbaar)), b.geordend, parent, opties);
    }
  }

  /**
   * A table of text cells: with `kop` a header row (TH); with `rijkoppen` the first cell of each
   * row is a TH (a label/value table).
   */
  tabel(
    kop: readonly string[] | null,
    rijen: readonly (readonly string[])[],
    parent: Struct = this.root,
    opties: { kolommen?: (number | "*")[]; rijkoppen?: boolean } = {},
  ): void {
    this.doc.x = this.marges.left;
    this.doc.font("regular").fontSize(9);
    const kopCel = (text: string) => ({ text, type: "TH" as const, font: { src: "vet" } });
    const data = [
      ...(kop ? [kop.map(kopCel)] : []),
      ...rijen.map((r) => r.map((text, i) => (opties.rijkoppen && i === 0 ? kopCel(text) : { text: text || " " }))),
    ];
    const kolommen = opties.kolommen;
    this.doc.table({
      structParent: parent,
      position: { x: this.marges.left },
      maxWidth: this.breedte,
      columnStyles: kolommen ?? "*",
      defaultStyle: { padding: [3, 4, 3, 4], border: 0.5, borderColor: "#777777" },
      data,
    } as unknown as PDFKit.Mixins.TableOptionsWithData);
    this.doc.font("regular").fontSize(10);
    this.doc.x = this.marges.left;
    this.doc.moveDown(0.5);
  }

  /** Page furniture (headers, footers, rules): marked as Artifact, so screen readers skip it. */
  artefact(teken: () => void): void {
    this.doc.markContent("Artifact", { type: "Pagination" });
    teken();
    this.doc.endMarkedContent();
  }

  /** A footer line on every page, e.g. "Pagina 1 van 3". */
  voettekst(tekst: (pagina: number, totaal: number) => string, opties: { x?: number; breedte?: number; align?: "left" | "center" | "right" } = {}): void {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const onder = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.artefact(() => {
        this.doc
          .font("regular")
          .fontSize(7.5)
          .fillColor("#444444")
          .text(tekst(i + 1 - range.start, range.count), opties.x ?? this.marges.left, A4.hoogte - 40, {
            width: opties.breedte ?? this.breedte,
            align: opties.align ?? "left",
            lineBreak: false,
          })
          .fillColor("black");
      });
      this.doc.page.margins.bottom = onder;
    }
  }

  /** Ends the document and returns its bytes. */
  async bytes(): Promise<Uint8Array> {
    this.root.end();
    this.doc.end();
    return this.klaar;
  }
}
