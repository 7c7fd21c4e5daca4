// The public version of a PDF bijlage (issue 16, point 3), planned from the text the PDF holds:
// the same redaction as the nota (officials in every form, e-mail addresses, phone numbers, the
// woo_coordinator's redactions and confirmed candidates) over each page's text, then per text item
// the pieces that stay and the pieces that become their ground. The server draws a NEW file from
// this plan (lib/server/publicatie/bijlage-pdf.ts): what is withheld is never copied, so it is not
// under a black box but gone. Pure.
import type { Inline } from "@/lib/domain/tekst";
import type { WooGrond } from "@/lib/domain/woo-gronden";
import { maakWeglakker, type WeglakOpties } from "@/lib/domain/openbare-versie";

/** One text item as a PDF reader gives it: its string and where it stands (PDF units, origin bottom left). */
export interface PdfTekstItem {
  tekst: string;
  x: number;
  y: number;
  grootte: number;
  breedte: number;
  /** A line ends after this item. */
  regeleinde: boolean;
}

export interface PdfPagina {
  breedte: number;
  hoogte: number;
  items: PdfTekstItem[];
}

export interface Stuk {
  tekst: string;
  /** null: stays; else withheld on these grounds (the ground is drawn instead). */
  gronden: WooGrond[] | null;
}

export interface GeplandItem extends Omit<PdfTekstItem, "tekst"> {
  stukken: Stuk[];
}

export interface GeplandePagina {
  breedte: number;
  hoogte: number;
  items: GeplandItem[];
  /** What a reader of the public page sees, withheld passages as "[5.1.2e]". */
  openbareTekst: string;
  /** The same, with a break (\u0000) where something is withheld: for candidate detection. */
  zichtbaar: string;
}

/** The text of a page, items joined as a reader reads them, with each item's offset. */
export function paginaTekst(p: PdfPagina): { tekst: string; begin: number[] } {
  let tekst = "";
  const begin: number[] = [];
  p.items.forEach((item, i) => {
    const vorige = p.items[i - 1];
    if (vorige && !vorige.regeleinde && !/\s$/.test(vorige.tekst) && !/^\s/.test(item.tekst) && item.x > vorige.x + vorige.breedte + item.grootte * 0.1) tekst += " ";
    begin.push(tekst.length);
    tekst += item.tekst;
    if (item.regeleinde) tekst += "\n";
  });
  return { tekst, begin };
}

/** Withheld ranges [begin, end) of a text, with their grounds. */
function bereiken(inlines: readonly Inline[]): { begin: number; eind: number; gronden: WooGrond[] }[] {
  const uit: { begin: number; eind: number; gronden: WooGrond[] }[] = [];
  let pos = 0;
  const lengte = (lijst: readonly Inline[]): number => lijst.reduce((n, i) => n + (i.type === "tekst" ? i.tekst.length : lengte(i.inhoud)), 0);
  for (const i of inlines) {
    const n = i.type === "tekst" ? i.tekst.length : lengte(i.inhoud);
    if (i.type === "nietOpenbaar") uit.push({ begin: pos, eind: pos + n, gronden: i.gronden });
    pos += n;
  }
  return uit;
}

export function planPagina(p: PdfPagina, opties: WeglakOpties): GeplandePagina {
  const { tekst, begin } = paginaTekst(p);
  const weg = bereiken(maakWeglakker(opties).inlines([{ type: "tekst", tekst }]));
  let openbareTekst = "";
  let zichtbaar = "";
  let pos = 0;
  for (const b of weg) {
    openbareTekst += tekst.slice(pos, b.begin) + `[${b.gronden.join(", ")}]`;
    zichtbaar += tekst.slice(pos, b.begin) + " \u0000 ";
    pos = b.eind;
  }
  openbareTekst += tekst.slice(pos);
  zichtbaar += tekst.slice(pos);
  const items = p.items.map((item, i): GeplandItem => {
    const van = begin[i]!;
    const tot = van + item.tekst.length;
    const stukken: Stuk[] = [];
    let k = van;
    for (const b of weg) {
      if (b.eind <= k || b.begin >= tot) continue;
      if (b.begin > k) stukken.push({ tekst: tekst.slice(k, b.begin), gronden: null });
      const eind = Math.min(b.eind, tot);
      // The ground is drawn once, in the item where the withheld passage starts.
      stukken.push({ tekst: tekst.slice(Math.max(b.begin, k), eind), gronden: b.begin >= van ? b.gronden : [] });
      k = eind;
    }
    if (k < tot) stukken.push({ tekst: tekst.slice(k, tot), gronden: null });
    const { tekst: _weg, ...rest } = item;
    void _weg;
    return { ...rest, stukken };
  });
  return { breedte: p.breedte, hoogte: p.hoogte, items, openbareTekst, zichtbaar };
}
