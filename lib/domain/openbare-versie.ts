// The public (Woo) version of a beslisnota, generated from the data (DOMAIN.md §3, §6):
// - the names, initials + surname, e-mail addresses and phone numbers of officials become "5.1.2e",
//   wherever they occur; the typed references (contactpersoon, the people in the paraaf block) are
//   withheld as a whole;
// - e-mail addresses and Dutch phone numbers are withheld whoever they belong to (fail closed);
// - passages the opsteller marked `{{grond: …}}` become their ground code (lib/domain/tekst.ts);
// - manual redactions of the woo_coordinator (a string + a ground) become that ground;
// - the bewindspersoon's name stays, and so do the annotations marked openbaar;
// - a legend lists the grounds used.
// Pure: the caller passes the officials, the names to keep and the manual redactions.
import { mapText, type Inline, type TekstBlok } from "@/lib/domain/tekst";
import { checkGrondenCombinatie, WOO_GROND_CODES, type WooGrond } from "@/lib/domain/woo-gronden";
import { wooGrondSchema } from "@/lib/domain/woo-grond-schema";
import { verplichteTekst, z } from "@/lib/domain/validatie";
import { behoudenPatronen, letterlijk, naamPatronen } from "@/lib/domain/naamvormen";
import {
  alleInlines,
  escapeHtml,
  legendaVan,
  inlinePlainText,
  renderNotaHtml,
  type Legenda,
  type NotaDocument,
  type NotaSectie,
  type Persoon,
} from "@/lib/domain/nota-document";

/** Officials' personal data are withheld on this ground. */
export const PERSOONSGEGEVENS: WooGrond = "5.1.2e";

export interface HandmatigeWeglakking {
  tekst: string;
  grond: WooGrond;
}

export interface WeglakOpties {
  /** Officials: their name, initials + surname, e-mail address and phone number are withheld. */
  ambtenaren: readonly Persoon[];
  /** Names that always stay (the bewindspersonen), even where they look like an official's. */
  behouden: readonly string[];
  /** Manual redactions of the woo_coordinator. They win over `behouden`. */
  weglakkingen?: readonly HandmatigeWeglakking[];
}

// ---------------------------------------------------------------------------------------------
// Patterns

const VOOR = "(?<![\\p{L}\\p{N}])";
const NA = "(?![\\p{L}\\p{N}])";
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Any e-mail address. */
export const EMAIL_PATROON = "[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)+";

/**
 * A Dutch phone number: 0 or +31 / 0031 (optionally with "(0)"), then nine digits with single
 * separators (space, hyphen, dot, or the ")" after an area code in brackets; the "(" is only taken
 * when that ")" follows). Matches 06-12345678,
 * 06 1234 5678, 070 426 1234, +31 6 12345678, (070) 4261234, +31 (0)70 426 1234. A kenmerk such as
 * BZK-2025-000001, a date such as 01-07-2025, a TK number such as 2025D31349 or the account number
 * inside an IBAN (NL91 ABNA 0417 1643 00: a candidate of woo-kandidaten.ts) does not match.
 */
export const TELEFOON_PATROON =
  "(?<![\\p{L}\\p{N}+])(?<![A-Z]{2}\\d{2}\\s?[A-Z]{4}\\s?)(?:(?:\\+|00)31[\\s\\-]*(?:\\(0\\)[\\s\\-]*)?|\\((?=0\\d{1,4}\\))0|0)[1-9](?:(?:[\\s.\\-]|\\)\\s*)?\\d){8}(?!\\d)";

interface Patroon {
  re: RegExp;
  grond: WooGrond;
  handmatig: boolean;
}

function telefoonPatroon(telefoon: string): string | null {
  const cijfers = telefoon.replace(/\D/g, "");
  if (cijfers.length < 8) return null; // an extension like "1234" would hit years and numbers everywhere
  const sep = "[\\s.\\-()]*";
  const reeks = (s: string) => s.split("").join(sep);
  const varianten = [reeks(cijfers)];
  if (cijfers.startsWith("0") && !cijfers.startsWith("00")) varianten.push(`(?:\\+|00)31${sep}(?:\\(0\\)${sep})?${reeks(cijfers.slice(1))}`);
  // Stored in international notation ("+32 2 …", "0032 2 …"): written with either prefix. (Without
  // this the "+" before the digits kept "+32 2 123 45 67" from matching at all.)
  const internationaal = cijfers.startsWith("00") ? cijfers.slice(2) : /^\s*\+/.test(telefoon) ? cijfers : null;
  if (internationaal) varianten.push(`(?:\\+|00)${sep}${reeks(internationaal)}`);
  return `(?<![\\p{L}\\p{N}+])(?:${varianten.join("|")})(?!\\d)`;
}

/**
 * One official's patterns, compiled the first time a text could contain them: a ministry has
 * thousands of officials and a text names a few, and compiling and running every official's
 * patterns over every text cost seconds per public version (issue 8). Each pattern of a person
 * contains their surname, e-mail address or phone digits as written, so a text without any of
 * those cannot match one of them (`kanVoorkomen`).
 */
interface PersoonPatronen {
  persoon: Persoon;
  achternaam: string | null;
  email: string | null;
  telefoon: string | null;
  patronen?: Patroon[];
}

interface Patronen {
  /** Manual redactions and the generic e-mail and phone patterns: run on every text. */
  wegen: Patroon[];
  personen: PersoonPatronen[];
  houden: RegExp[];
}

const re = (bron: string) => new RegExp(bron, "giu");

function persoonPatronen(a: Persoon): Patroon[] {
  const uit: Patroon[] = naamPatronen(a).map((p) => ({ re: p.re, grond: PERSOONSGEGEVENS, handmatig: false }));
  if (a.email?.trim()) uit.push({ re: re(VOOR + escapeRe(a.email.trim()) + NA), grond: PERSOONSGEGEVENS, handmatig: false });
  const tel = a.telefoon ? telefoonPatroon(a.telefoon) : null;
  if (tel) uit.push({ re: re(tel), grond: PERSOONSGEGEVENS, handmatig: false });
  return uit;
}

function patronen(opties: WeglakOpties): Patronen {
  const behouden = opties.behouden.map((n) => n.trim()).filter((n) => n.length >= 2);
  const isBehouden = (naam: string) => behouden.some((b) => b.localeCompare(naam.trim(), "nl", { sensitivity: "accent" }) === 0);
  const wegen: Patroon[] = [];
  for (const w of opties.weglakkingen ?? []) {
    if (w.tekst.trim().length > 0) wegen.push({ re: re(letterlijk(w.tekst)), grond: w.grond, handmatig: true });
  }
  const personen: PersoonPatronen[] = [];
  for (const a of opties.ambtenaren) {
    if (isBehouden(a.naam)) continue;
    const tel = a.telefoon?.replace(/\D/g, "") ?? "";
    personen.push({
      persoon: a,
      achternaam: a.naam.trim().toLowerCase().split(/\s+/).at(-1) || null,
      email: a.email?.trim().toLowerCase() || null,
      telefoon: tel.length >= 8 ? tel.replace(/^0+/, "") : null,
    });
  }
  wegen.push({ re: re(EMAIL_PATROON), grond: PERSOONSGEGEVENS, handmatig: false });
  wegen.push({ re: re(TELEFOON_PATROON), grond: PERSOONSGEGEVENS, handmatig: false });
  return { wegen, personen, houden: behouden.flatMap(behoudenPatronen) };
}

/** Whether `tekst` could contain one of this person's patterns at all (see PersoonPatronen). */
function kanVoorkomen(p: Pick<PersoonPatronen, "achternaam" | "email" | "telefoon">, plat: string, cijfers: string): boolean {
  return (!!p.achternaam && plat.includes(p.achternaam)) || (!!p.email && plat.includes(p.email)) || (!!p.telefoon && cijfers.includes(p.telefoon));
}

/** The patterns to run over `tekst`: the fixed ones and those of every official it could name. */
function patronenVoor(tekst: string, p: Patronen): Patroon[] {
  const plat = tekst.toLowerCase();
  const cijfers = tekst.replace(/\D/g, "");
  const uit = [...p.wegen];
  for (const pp of p.personen) {
    if (!kanVoorkomen(pp, plat, cijfers)) continue;
    pp.patronen ??= persoonPatronen(pp.persoon);
    uit.push(...pp.patronen);
  }
  return uit;
}

// ---------------------------------------------------------------------------------------------
// Matching one text

interface Treffer {
  begin: number;
  eind: number;
  automatisch: Set<WooGrond>;
  handmatig: Set<WooGrond>;
}

const wetsvolgorde = (codes: Iterable<WooGrond>): WooGrond[] => {
  const set = new Set(codes);
  return WOO_GROND_CODES.filter((c) => set.has(c));
};

function grondenVan(t: Treffer): WooGrond[] {
  const alle = wetsvolgorde([...t.handmatig, ...t.automatisch]);
  // 5.1.5 may not stand with another 5.1 ground on one passage: then the woo_coordinator's choice wins.
  return checkGrondenCombinatie(alle) === null ? alle : wetsvolgorde(t.handmatig);
}

function zoek(tekst: string, p: Patronen): Treffer[] {
  const beschermd: [number, number][] = [];
  for (const re of p.houden) for (const m of tekst.matchAll(re)) beschermd.push([m.index, m.index + m[0].length]);
  const ruw: Treffer[] = [];
  for (const w of patronenVoor(tekst, p)) {
    for (const m of tekst.matchAll(w.re)) {
      if (m[0].length === 0) continue;
      const begin = m.index;
      const eind = begin + m[0].length;
      if (!w.handmatig && beschermd.some(([b, e]) => begin < e && eind > b)) continue;
      ruw.push({ begin, eind, automatisch: new Set(w.handmatig ? [] : [w.grond]), handmatig: new Set(w.handmatig ? [w.grond] : []) });
    }
  }
  ruw.sort((a, b) => a.begin - b.begin || b.eind - a.eind);
  const uit: Treffer[] = [];
  for (const t of ruw) {
    const laatste = uit[uit.length - 1];
    if (laatste && t.begin < laatste.eind) {
      laatste.eind = Math.max(laatste.eind, t.eind);
      for (const g of t.automatisch) laatste.automatisch.add(g);
      for (const g of t.handmatig) laatste.handmatig.add(g);
    } else {
      uit.push(t);
    }
  }
  return uit;
}

function lakTekst(tekst: string, p: Patronen): Inline[] {
  const treffers = zoek(tekst, p);
  if (treffers.length === 0) return [{ type: "tekst", tekst }];
  const uit: Inline[] = [];
  let pos = 0;
  for (const t of treffers) {
    if (t.begin > pos) uit.push({ type: "tekst", tekst: tekst.slice(pos, t.begin) });
    uit.push({ type: "nietOpenbaar", gronden: grondenVan(t), inhoud: [{ type: "tekst", tekst: tekst.slice(t.begin, t.eind) }] });
    pos = t.eind;
  }
  if (pos < tekst.length) uit.push({ type: "tekst", tekst: tekst.slice(pos) });
  return uit;
}

/** What a reader sees: withheld passages become a separator that no name can run across. */
function zichtbaar(inlines: readonly Inline[]): string {
  let uit = "";
  for (const i of inlines) {
    if (i.type === "tekst") uit += i.tekst;
    else if (i.type === "nietOpenbaar") uit += "\u0000";
    else uit += zichtbaar(i.inhoud);
  }
  return uit;
}

/** Bold and italic dropped (withheld passages kept), adjacent text merged. */
function vlak(inlines: readonly Inline[]): Inline[] {
  const uit: Inline[] = [];
  const voeg = (tekst: string) => {
    const laatste = uit[uit.length - 1];
    if (laatste?.type === "tekst") uit[uit.length - 1] = { type: "tekst", tekst: laatste.tekst + tekst };
    else uit.push({ type: "tekst", tekst });
  };
  const loop = (lijst: readonly Inline[]) => {
    for (const i of lijst) {
      if (i.type === "tekst") voeg(i.tekst);
      else if (i.type === "nietOpenbaar") uit.push(i);
      else loop(i.inhoud);
    }
  };
  loop(inlines);
  return uit;
}

export interface Weglakker {
  /** Inline content with every match withheld. */
  inlines(inlines: readonly Inline[]): Inline[];
  blokken(blokken: readonly TekstBlok[]): TekstBlok[];
  /** The identifiers (names, e-mail addresses, phone numbers; not manual strings) visible in `tekst`. */
  resten(tekst: string): string[];
}

export function maakWeglakker(opties: WeglakOpties): Weglakker {
  const p = patronen(opties);
  const automatisch: Patronen = { ...p, wegen: p.wegen.filter((w) => !w.handmatig) };
  const pas = (inlines: readonly Inline[]) =>
    (mapText([{ type: "alinea", inhoud: [...inlines] }], (tekst, ctx) => (ctx.nietOpenbaar ? [{ type: "tekst", tekst }] : lakTekst(tekst, p)))[0] as {
      inhoud: Inline[];
    }).inhoud;
  const inlines = (invoer: readonly Inline[]): Inline[] => {
    // A name split by markup ("**Sanne** de Vries") is not found per text leaf: when a match in the
    // run's visible text crosses the border of two text leaves, drop the markup of this run.
    const grenzen = new Set<number>();
    let pos = 0;
    const loop = (lijst: readonly Inline[]) => {
      for (const i of lijst) {
        if (i.type === "tekst") pos += i.tekst.length;
        else if (i.type === "nietOpenbaar") pos += 1;
        else loop(i.inhoud);
        grenzen.add(pos);
      }
    };
    loop(invoer);
    const kruist = zoek(zichtbaar(invoer), p).some((t) => [...grenzen].some((g) => g > t.begin && g < t.eind));
    return kruist ? pas(vlak(invoer)) : pas(invoer);
  };
  return {
    inlines,
    blokken: (blokken) =>
      blokken.map((b): TekstBlok => (b.type === "lijst" ? { ...b, items: b.items.map(inlines) } : { ...b, inhoud: inlines(b.inhoud) })),
    resten: (tekst) => zoek(tekst, automatisch).map((t) => tekst.slice(t.begin, t.eind)),
  };
}

// ---------------------------------------------------------------------------------------------
// The document

export interface OpenbareVersie {
  /** Everything, with what the public version withholds marked (for the reviewer's side-by-side). */
  gemarkeerd: NotaDocument;
  /** What is published: as `gemarkeerd`, without the annotations that are not openbaar. */
  document: NotaDocument;
  legenda: Legenda[];
}

const persoonsgegevens = (inlines: readonly Inline[]): Inline[] =>
  inlines.length > 0 ? [{ type: "nietOpenbaar", gronden: [PERSOONSGEGEVENS], inhoud: [...inlines] }] : [];

function gebruikteGrondenVan(doc: NotaDocument): WooGrond[] {
  const gevonden = new Set<WooGrond>();
  const loop = (inlines: readonly Inline[]) => {
    for (const i of inlines) {
      if (i.type === "tekst") continue;
      if (i.type === "nietOpenbaar") for (const g of i.gronden) gevonden.add(g);
      else loop(i.inhoud);
    }
  };
  for (const inlines of alleInlines(doc)) loop(inlines);
  for (const s of doc.secties) if (s.soort === "bijlagen") for (const r of s.rijen) for (const g of r.gronden) gevonden.add(g);
  return wetsvolgorde(gevonden);
}

/**
 * The officials that can occur in `tekst` at all: their surname, e-mail address or phone digits
 * appear in it. Only an optimisation (a ministry has thousands of officials, a nota names a few):
 * every pattern of a person contains one of these.
 */
export function kandidaten(ambtenaren: readonly Persoon[], tekst: string): Persoon[] {
  const p = patronen({ ambtenaren, behouden: [] });
  const plat = tekst.toLowerCase();
  const cijfers = tekst.replace(/\D/g, "");
  return p.personen.filter((pp) => kanVoorkomen(pp, plat, cijfers)).map((pp) => pp.persoon);
}

export function maakOpenbareVersie(doc: NotaDocument, opties: WeglakOpties): OpenbareVersie {
  const alles = alleInlines(doc)
    .map((i) => inlinePlainText(i))
    .join("\n");
  const w = maakWeglakker({ ...opties, ambtenaren: kandidaten(opties.ambtenaren, alles) });
  const sectie = (s: NotaSectie): NotaSectie => {
    switch (s.soort) {
      case "tekst":
        return { ...s, blokken: w.blokken(s.blokken) };
      case "beslispunten":
        return { ...s, punten: s.punten.map((p) => ({ ...p, tekst: w.inlines(p.tekst), wijziging: p.wijziging ? w.inlines(p.wijziging) : null })) };
      case "bijlagen":
        return { ...s, rijen: s.rijen.map((r) => ({ ...r, naam: w.inlines(r.naam), informatie: w.inlines(r.informatie) })) };
    }
  };
  const gemarkeerd: NotaDocument = {
    kenmerk: doc.kenmerk,
    onderwerp: w.inlines(doc.onderwerp),
    kopvelden: doc.kopvelden.map((k) => ({ ...k, waarde: k.persoonsgegevens ? persoonsgegevens(k.waarde) : w.inlines(k.waarde) })),
    secties: doc.secties.map(sectie),
    annotaties: doc.annotaties.map((a) => ({ ...a, tekst: w.inlines(a.tekst) })),
    paraafblok: doc.paraafblok
      ? {
          ronde: doc.paraafblok.ronde,
          rijen: doc.paraafblok.rijen.map((r) => ({ ...r, rol: w.inlines(r.rol), wie: persoonsgegevens(r.wie), opmerking: w.inlines(r.opmerking) })),
        }
      : null,
  };
  const document: NotaDocument = { ...gemarkeerd, annotaties: gemarkeerd.annotaties.filter((a) => a.openbaar) };
  return { gemarkeerd, document, legenda: legendaVan(gebruikteGrondenVan(document)) };
}

/** The text a reader of the public version sees, field by field (for leak checks). */
export function openbareTekst(doc: NotaDocument): string {
  return alleInlines(doc)
    .map((i) => inlinePlainText(i, { openbaar: true }))
    .join("\n");
}

/**
 * Officials' identifiers still visible in a public document (should be none). The publication
 * refuses a public version for which this is not empty.
 */
export function lekkenIn(doc: NotaDocument, opties: WeglakOpties): string[] {
  return maakWeglakker({ ...opties, weglakkingen: [] }).resten(openbareTekst(doc));
}

/** A public title: withheld parts replaced by their grounds, as everywhere else. */
export function openbareTitel(doc: NotaDocument): string {
  return inlinePlainText(doc.onderwerp, { openbaar: true });
}

const HTML_STIJL = `body{font-family:"Fira Sans",Verdana,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#000}
dl.br-nota-kop{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:bold}dd{margin:0}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #666;padding:.25rem .5rem;text-align:left;vertical-align:top}
.br-weggelakt{font-weight:bold;background:#000;color:#fff;padding:0 .2em}mark.br-niet-openbaar{background:#ffe08a}`;

/** A complete, standalone HTML file of the public version. `auteur` is the ministry, never a person. */
export function openbareVersieHtml(versie: Pick<OpenbareVersie, "document" | "legenda">, meta: { auteur: string }): string {
  const titel = `Openbare versie beslisnota ${versie.document.kenmerk}: ${openbareTitel(versie.document)}`;
  return [
    "<!doctype html>",
    `<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="author" content="${escapeHtml(meta.auteur)}"><meta name="generator" content="Beslisroute">`,
    `<title>${escapeHtml(titel)}</title><style>${HTML_STIJL}</style></head>`,
    `<body><main>`,
    `<p class="br-openbaar">Openbare versie op grond van de Wet open overheid. Weggelakte passages tonen de Woo-grond; zie de legenda.</p>`,
    renderNotaHtml(versie.document, { openbaar: true, legenda: versie.legenda }),
    `</main></body></html>`,
  ].join("\n");
}

/** POST /api/v1/notas/{id}/weglakkingen: a string to withhold everywhere in the nota, on a ground. */
export const weglakkingSchema = z
  .object({
    tekst: verplichteTekst("de tekst die weggelakt moet worden", 500).refine((t) => t.length >= 2, "Een weglakking is ten minste twee tekens lang."),
    grond: wooGrondSchema,
  })
  .strict();
