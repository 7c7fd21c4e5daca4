// Recognises a beslisnota in plain text (pasted, or extracted from a .docx or PDF) and turns it
// into the shape POST /api/v1/notas accepts. Ministries do not share one template, so the rules are
// about forms, not about one text:
//
// - header fields as `Label: waarde` on one line (colon, tab or a wide gap), or as a label line
//   followed by its value line (PDF text of a header table), also a run of labels followed by as
//   many values;
// - section headings in their variants (Gevraagd besluit, Advies, Beslispunten, Kernpunten,
//   Samenvatting …), with a typo or two, numbered ("2. Kern"), in capitals, or inline
//   ("Aanleiding: tekst …");
// - beslispunten numbered 1. 1) (1) a. a) or bulleted, continued over lines, with sub-points;
//   a lead-in such as "U wordt geadviseerd:" is not a beslispunt;
// - bijlagen as a table (Volgnummer/Nr., Naam/Titel, Informatie), a numbered list, or lines
//   "Bijlage 1 - Titel (openbaar)", with the informatie value and its Woo grounds;
// - page furniture: page numbers and "Pagina 1 van 2" lines, and the letterhead / Datum / Kenmerk
//   block repeated after each page break;
// - inside a section: paragraphs, bullet and numbered lists, numbered sub-headings ("1.
//   Achtergrond") as level-3 headings; redaction marks (5.1.2e) are ordinary text and stay.
//
// Nothing is dropped silently: every input line ends up in a field, in `nietHerkend` (shown on the
// review screen, where the user moves it to a section) or in `weggelaten` (page furniture, shown
// too, with the reason). `herkomst` says per field which heading or label it was recognised from.

import { NOTA_SECTIES, type SectieSleutel } from "@/lib/domain/nota-secties";

export type BijlageInformatieWaarde = "openbaar" | "deels_openbaar" | "niet_openbaar" | "reeds_openbaar";

export interface GeimporteerdeNota {
  onderwerp: string;
  soort: "ter_beslissing" | "ter_informatie";
  mrBehandeling: boolean;
  kamerbrief: boolean;
  uitersteBeslisdatum?: string;
  deadlineReden?: string;
  rubricering?: string;
  aanleiding: string;
  kern: string;
  toelichting: string;
  politiekeContext?: string;
  nietOpenbaar: string;
  motivering: string;
  beslispunten: { tekst: string }[];
  bijlagen: { naam: string; informatie: BijlageInformatieWaarde; gronden: string[]; vindplaats?: string }[];
}

export type Sectie = SectieSleutel;
/** Where a line can be placed: a section, or the onderwerp. */
export type Bestemming = Sectie | "onderwerp";

export interface ImportRegel {
  /** 1-based line number in the text that was read. */
  regel: number;
  tekst: string;
}

export interface ImportResultaat {
  nota: GeimporteerdeNota;
  /** Header fields found as text (Aan, Van, Kenmerk, Datum); datumIso when the date could be read. */
  kop: { aan?: string; van?: string; kenmerk?: string; datum?: string; datumIso?: string; beslisdatum?: string };
  /** Per field: the heading or label as it stood in the document ("Gevraagd besluit", "Betreft:"). */
  herkomst: Partial<Record<Bestemming | "soort" | "aan" | "van" | "datum" | "kenmerk" | "uitersteBeslisdatum", string>>;
  /** Lines that could not be placed in any field: the user places them on the review screen. */
  nietHerkend: ImportRegel[];
  /** Lines left out as page furniture, with the reason (shown on the review screen too). */
  weggelaten: (ImportRegel & { reden: string })[];
  waarschuwingen: string[];
}

/** What POST /api/v1/notas/import answers: the recognised nota plus where everything came from. */
export interface ImportAntwoord {
  nota: GeimporteerdeNota & { aanId?: string; externKenmerk?: string; externDatum?: string };
  kop: ImportResultaat["kop"];
  herkomst: ImportResultaat["herkomst"];
  nietHerkend: ImportResultaat["nietHerkend"];
  weggelaten: ImportResultaat["weggelaten"];
  /** "tekst" for pasted text, "docx" when the Word document was read by its structure. */
  bron: "tekst" | "docx";
  waarschuwingen: string[];
}

// ---------------------------------------------------------------------------------------------
// Headings

// The printed heading and the others officials write for it, from the one list of sections.
const KOPPEN: { sectie: Sectie; namen: string[] }[] = NOTA_SECTIES.map((s) => ({ sectie: s.sleutel, namen: [s.kop.toLowerCase(), ...s.andereKoppen] }));

// The headings as the nota prints them (one list for documents and the importer).
export const SECTIE_LABELS = Object.fromEntries(NOTA_SECTIES.map((s) => [s.sleutel, s.kop])) as Record<Sectie, string>;
export const BESTEMMING_LABELS: Record<Bestemming, string> = { onderwerp: "Onderwerp", ...SECTIE_LABELS };

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

const normaal = (s: string) =>
  s.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z ]/g, " ").replace(/\s+/g, " ").trim();

/** Which section a line heads, allowing a typo or two, a number ("2. Kern") or capitals; null for ordinary text. */
export function herkenKop(regel: string): { sectie: Sectie; exact: boolean } | null {
  let t = regel.trim().replace(/^#{1,4}\s+/, "").replace(/\s*:$/, "");
  const genummerd = /^(?:\d{1,2}|[IVX]{1,4})[.)]?\s+(?=\S)/.exec(t);
  if (genummerd) t = t.slice(genummerd[0].length);
  if (!t || t.length > 60 || /[.!?;,]$/.test(t) || /^\d/.test(t)) return null;
  const n = normaal(t);
  for (const k of KOPPEN) {
    for (const naam of k.namen) {
      if (n === naam) return { sectie: k.sectie, exact: true };
    }
  }
  if (genummerd) return null; // "1. Achtergrond" style sub-headings are never fuzzy section headings
  for (const k of KOPPEN) {
    for (const naam of k.namen) {
      if (naam.length < 6) continue;
      const toegestaan = Math.max(1, Math.floor(naam.length * 0.15));
      if (Math.abs(n.length - naam.length) <= toegestaan && levenshtein(n, naam) <= toegestaan) return { sectie: k.sectie, exact: false };
    }
  }
  return null;
}

/** "Aanleiding: tekst …" on one line: the section and the text after the colon. */
function herkenInlineKop(regel: string): { sectie: Sectie; kop: string; rest: string } | null {
  const m = /^\s*((?:\d{1,2}[.)]\s*)?[A-Za-zÀ-ÿ() ]{3,60}?)\s*:\s+(\S.*)$/.exec(regel);
  if (!m) return null;
  const k = herkenKop(m[1]!);
  if (!k || !k.exact) return null;
  return { sectie: k.sectie, kop: `${m[1]!.trim()}:`, rest: m[2]! };
}

const BANNER = /^\s*(?:beslis)?nota\s+ter\s+(informatie|beslissing|besluitvorming)\s*$/i;
/** A title line that only names the kind of document ("Beslisnota", "Nota"). */
const DOCUMENTSOORT = /^\s*(?:beslisnota|nota|notitie|ministerienota|beslisnota \(openbare versie\))\s*$/i;

// ---------------------------------------------------------------------------------------------
// Header fields

type KopVeld = "aan" | "van" | "datum" | "kenmerk" | "onderwerp" | "soort" | "uitersteBeslisdatum" | "rubricering" | "mrBehandeling" | "kamerbrief" | "overig";

const KOPLABELS: [RegExp, KopVeld][] = [
  [/^aan$/, "aan"],
  [/^van$/, "van"],
  [/^(?:datum|dagtekening)$/, "datum"],
  [/^(?:ons |onze )?(?:kenmerk|referentie|nummer|zaaknummer|documentnummer)$/, "kenmerk"],
  [/^(?:onderwerp|betreft)$/, "onderwerp"],
  [/^soort(?: nota)?$/, "soort"],
  [/^(?:uiterste beslisdatum|beslisdatum|uiterste datum|deadline|besluit gewenst voor|uiterlijk)$/, "uitersteBeslisdatum"],
  [/^(?:rubricering|classificatie)$/, "rubricering"],
  [/^(?:mr behandeling|mr|ministerraad)$/, "mrBehandeling"],
  [/^kamerbrief$/, "kamerbrief"],
  [/^(?:contactpersoon|telefoon|e mail|email|kopie aan|afschrift aan|cc|opgesteld door|behandelaar|paraaf|parafen|bijlage n|bijlagen|aantal bijlagen)$/, "overig"],
];

function kopLabel(t: string): KopVeld | null {
  const n = normaal(t);
  if (!n || n.length > 30) return null;
  for (const [re, veld] of KOPLABELS) if (re.test(n)) return veld;
  return null;
}

/** "Label: waarde", "Label<tab>waarde" or "Label  waarde" (a gap of two or more spaces). */
function kopVeldOpEenRegel(regel: string): { label: string; veld: KopVeld; waarde: string } | null {
  const m = /^\s*([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ()\- ]{0,29}?)\s*(:\s*|\t+\s*|\s{2,})(\S.*)$/.exec(regel);
  const veld = m ? kopLabel(m[1]!) : null;
  if (m && veld) return { label: `${m[1]!.trim()}${m[2]!.startsWith(":") ? ":" : ""}`, veld, waarde: m[3]!.trim() };
  // "Datum 12 maart 2026", "Kenmerk BZK-2026-0001": one space, a value with a digit
  const kort = /^\s*(datum|(?:ons |onze )?kenmerk|referentie)\s+(\S*\d.*)$/i.exec(regel);
  return kort ? { label: kort[1]!, veld: kopLabel(kort[1]!)!, waarde: kort[2]!.trim() } : null;
}

const MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
const pad = (n: number) => String(n).padStart(2, "0");

/** A Dutch date ("12 maart 2026", "12-03-2026", "2026-03-12") as YYYY-MM-DD, or undefined. */
export function leesDatum(t: string): string | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(t);
  const geldig = (j: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(j, m, 0)).getUTCDate();
  if (iso) {
    const [j, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return geldig(j, m, d) ? `${j}-${pad(m)}-${pad(d)}` : undefined;
  }
  const woord = new RegExp(`\\b(\\d{1,2})\\s+(${MAANDEN.join("|")})\\s+(\\d{4})\\b`, "i").exec(t);
  if (woord) {
    const [j, m, d] = [Number(woord[3]), MAANDEN.indexOf(woord[2]!.toLowerCase()) + 1, Number(woord[1])];
    return geldig(j, m, d) ? `${j}-${pad(m)}-${pad(d)}` : undefined;
  }
  const cijfers = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/.exec(t);
  if (cijfers) {
    const [j, m, d] = [Number(cijfers[3]), Number(cijfers[2]), Number(cijfers[1])];
    return geldig(j, m, d) ? `${j}-${pad(m)}-${pad(d)}` : undefined;
  }
  return undefined;
}

const jaNee = (t: string): boolean | undefined => (/^\s*(ja|yes|j)\b/i.test(t) ? true : /^\s*(nee|neen|no|n)\b/i.test(t) ? false : undefined);

// ---------------------------------------------------------------------------------------------
// Page furniture

const PAGINA = /\b(?:pagina|blad|page)\s+\d{1,3}\s*(?:van|\/|of)\s*\d{1,3}\b/i;
const KAAL_NUMMER = /^\s*[-–]?\s*\d{1,3}\s*[-–]?\s*$/;
const sleutel = (t: string) => t.toLowerCase().replace(/\s+/g, " ").trim();

/** The quotes text extraction mangles (“"Gezag → “Gezag), non-breaking spaces, trailing space. */
function schoonRegel(r: string): string {
  return r.replace(/\u00a0/g, " ").replace(/“"/g, "“").replace(/""/g, '"').replace(/\s+$/, "");
}

// ---------------------------------------------------------------------------------------------
// Text inside a section

const OPSOMMING = /^\s*(?:[-–•*·▪●◦o°]|e)\s+(?=\S)/;
const NUMMER_ITEM = /^\s*\(?(\d{1,2})[.)]\s+(?=\S)/;
const LETTER_ITEM = /^\s*\(?([a-z])[.)]\s+(?=\S)/;
const ROMEINS_ITEM = /^\s*\(?((?:i|ii|iii|iv|v|vi|vii|viii|ix|x))[.)]\s+(?=\S)/;
const ALLEEN_MARKER = /^\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[-–•*·▪●◦])\s*$/;
const SUBKOP = /^\s*(\d{1,2})\.(?:(\d{1,2})\.?)?\s+(\S.*)$/;

/** Joins a line broken mid-sentence to the next; a word broken after a hyphen stays one word. */
function voegSamen(a: string, b: string): string {
  return /[A-Za-zÀ-ÿ]-$/.test(a) && /^[a-zà-ÿ]/.test(b) ? `${a}${b}` : `${a} ${b}`;
}

/** A bare list mark on its own line ("1." then the text on the next line, as PDF text gives it) is joined to its text. */
function plakLosseMarkers(regels: ImportRegel[]): ImportRegel[] {
  const uit: ImportRegel[] = [];
  for (let i = 0; i < regels.length; i++) {
    const r = regels[i]!;
    if (ALLEEN_MARKER.test(r.tekst)) {
      let j = i + 1;
      while (j < regels.length && !regels[j]!.tekst.trim()) j++;
      if (j < regels.length && !ALLEEN_MARKER.test(regels[j]!.tekst)) {
        uit.push({ regel: r.regel, tekst: `${r.tekst.trim()} ${regels[j]!.tekst.trim()}` });
        i = j;
        continue;
      }
    }
    uit.push(r);
  }
  return uit;
}

const isKopTekst = (t: string, maxWoorden: number) =>
  t.length <= 90 && t.split(/\s+/).length <= maxWoorden && !/[.!?:;,]$/.test(t) && /^[A-ZÀ-Ý‘'“"(]/.test(t);

/**
 * Rebuilds a section's text in the Markdown subset of lib/domain/tekst.ts: paragraphs from blank
 * lines, list items from bullet marks (also "e " that OCR makes of "•") and numbers, lines within
 * a paragraph or item joined, numbered sub-headings ("1. Achtergrond", "2.1 Kosten") and a short
 * standalone line without final punctuation as sub-headings (### / ####); "### " lines stay.
 */
export function herbouwTekst(invoer: string[], metKoppen = true): string {
  const regels = plakLosseMarkers(invoer.map((tekst, i) => ({ regel: i + 1, tekst }))).map((r) => r.tekst);
  const blokken: string[][] = [];
  let huidig: string[] = [];
  for (const r of regels) {
    if (!r.trim()) {
      if (huidig.length) blokken.push(huidig);
      huidig = [];
    } else huidig.push(r);
  }
  if (huidig.length) blokken.push(huidig);

  const isNummer = (t: string) => NUMMER_ITEM.test(t);
  const uit: string[] = [];
  const lijstEinde = () => {
    if (uit.length && uit[uit.length - 1] !== "") uit.push("");
  };
  for (let b = 0; b < blokken.length; b++) {
    const blok = blokken[b]!;
    let alinea: string | null = null;
    let item: { mark: string; tekst: string } | null = null;
    const sluitAlinea = () => {
      if (alinea === null) return;
      const kop = metKoppen && blok.length === 1 && alinea.length >= 4 && isKopTekst(alinea, 12) && b + 1 < blokken.length;
      lijstEinde();
      uit.push(kop ? `### ${alinea}` : alinea, "");
      alinea = null;
    };
    const sluitItem = () => {
      if (!item) return;
      const vorige = uit.length >= 2 && uit[uit.length - 1] === "" ? uit[uit.length - 2]! : "";
      if (vorige && (item.mark === "-" ? /^- /.test(vorige) : /^\d+\. /.test(vorige))) uit.pop();
      uit.push(`${item.mark} ${item.tekst}`, "");
      item = null;
    };
    for (let i = 0; i < blok.length; i++) {
      const t = blok[i]!.trim();
      if (/^#{3,4} \S/.test(t)) {
        sluitAlinea();
        sluitItem();
        lijstEinde();
        uit.push(t, "");
        continue;
      }
      // a numbered sub-heading: "1. Achtergrond", "2.1 Kosten" — short, no final punctuation, not part of a run of numbered items
      const sub = SUBKOP.exec(t);
      if (metKoppen && sub && isKopTekst(sub[3]!, 10)) {
        const vorige = i > 0 ? blok[i - 1]!.trim() : b > 0 ? (blokken[b - 1]!.at(-1) ?? "").trim() : "";
        const volgende = i + 1 < blok.length ? blok[i + 1]!.trim() : b + 1 < blokken.length ? blokken[b + 1]![0]!.trim() : "";
        const inLijst = (isNummer(vorige) && !isKopTekst(vorige.replace(NUMMER_ITEM, ""), 10)) || (isNummer(volgende) && !isKopTekst(volgende.replace(NUMMER_ITEM, ""), 10));
        if (!inLijst || sub[2]) {
          sluitAlinea();
          sluitItem();
          lijstEinde();
          uit.push(`${sub[2] ? "####" : "###"} ${t}`, "");
          continue;
        }
      }
      const bullet = OPSOMMING.exec(t);
      const echteBullet = bullet && (!/^e\s/.test(t) || /^[A-Z“"‘'(]/.test(t.slice(bullet[0].length)));
      const nummer = NUMMER_ITEM.exec(t);
      const letter = !nummer && !echteBullet ? LETTER_ITEM.exec(t) ?? ROMEINS_ITEM.exec(t) : null;
      if (echteBullet || nummer || letter) {
        sluitAlinea();
        sluitItem();
        const m = (echteBullet ? bullet : nummer ?? letter)!;
        item = { mark: nummer ? `${nummer[1]}.` : "-", tekst: t.slice(m[0].length) };
      } else if (item) {
        item.tekst = voegSamen(item.tekst, t);
      } else {
        alinea = alinea === null ? t : voegSamen(alinea, t);
      }
    }
    sluitAlinea();
    sluitItem();
  }
  return uit.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

// ---------------------------------------------------------------------------------------------
// Beslispunten

const INLEIDING = /:\s*$|^(?:u wordt|wij adviseren|ik adviseer|geadviseerd wordt|voorgesteld wordt|het advies is|u kunt|wij vragen u|gevraagd wordt)\b/i;

type MarkSoort = "getal" | "letter" | "romeins" | "bullet";
function markVan(t: string): { soort: MarkSoort; mark: string; rest: string } | null {
  const n = NUMMER_ITEM.exec(t);
  if (n) return { soort: "getal", mark: n[0].trim(), rest: t.slice(n[0].length) };
  const r = ROMEINS_ITEM.exec(t);
  if (r && r[1] !== "i" && r[1] !== "v" && r[1] !== "x") return { soort: "romeins", mark: r[0].trim(), rest: t.slice(r[0].length) };
  const l = LETTER_ITEM.exec(t);
  if (l) return { soort: "letter", mark: l[0].trim(), rest: t.slice(l[0].length) };
  const b = OPSOMMING.exec(t);
  if (b && (!/^e\s/.test(t) || /^[A-Z“"‘'(]/.test(t.slice(b[0].length)))) return { soort: "bullet", mark: "-", rest: t.slice(b[0].length) };
  return null;
}

function beslispuntenUit(regels: ImportRegel[], nietHerkend: ImportRegel[]): { punten: { tekst: string }[]; inleiding?: string } {
  const punten: string[] = [];
  let soort: MarkSoort | null = null;
  let inleiding: string | undefined;
  let naLeeg = false;
  const samengevoegd = plakLosseMarkers(regels);
  for (let i = 0; i < samengevoegd.length; i++) {
    const t = samengevoegd[i]!.tekst.trim();
    if (!t) {
      naLeeg = punten.length > 0;
      continue;
    }
    if (!punten.length && /^geen beslispunten\b.*$/i.test(t)) {
      // the sentence Beslisroute's own export prints for a nota ter informatie
      inleiding ??= t;
      continue;
    }
    const m = markVan(t);
    if (m && (soort === null || m.soort === soort)) {
      soort = m.soort;
      punten.push(m.rest);
      naLeeg = false;
    } else if (m && punten.length) {
      // a sub-point: kept with its mark inside the beslispunt it belongs to
      punten[punten.length - 1] = `${punten[punten.length - 1]} ${m.soort === "bullet" ? "–" : m.mark} ${m.rest}`;
      naLeeg = false;
    } else if (!punten.length && INLEIDING.test(t) && inleiding === undefined) {
      inleiding = t;
    } else if (punten.length && !naLeeg) {
      punten[punten.length - 1] = voegSamen(punten[punten.length - 1]!, t);
    } else if (!punten.length && soort === null && !/:\s*$/.test(t) && samengevoegd.slice(i + 1).every((x) => !markVan(x.tekst.trim()))) {
      // one unnumbered beslispunt ("Instemmen met …"), or several on lines of their own
      punten.push(t);
      soort = "bullet";
    } else {
      nietHerkend.push({ regel: samengevoegd[i]!.regel, tekst: t });
    }
  }
  return { punten: punten.map((tekst) => ({ tekst: tekst.replace(/\s+/g, " ").trim() })), inleiding };
}

// ---------------------------------------------------------------------------------------------
// Bijlagen

const INFORMATIE: [RegExp, BijlageInformatieWaarde][] = [
  [/\bdeels openbaar\b/i, "deels_openbaar"],
  [/\bgedeeltelijk openbaar\b/i, "deels_openbaar"],
  [/\bniet openbaar\b/i, "niet_openbaar"],
  [/\breeds openbaar\b/i, "reeds_openbaar"],
  [/\bopenbaar\b/i, "openbaar"],
];
const GROND = /\b5\.(?:1\.[12][a-i]|1\.5|2)\b/g;
const TABELKOP = /^\s*(?:volgnummer|nr\.?|nummer|#)\s*(?:[|\t]|\s)\s*(?:naam|titel|omschrijving|document)\b/i;

function splitsInformatie(tekst: string): { naam: string; informatie?: BijlageInformatieWaarde; gronden: string[]; vindplaats?: string } {
  const t = tekst.replace(/\s+/g, " ").trim();
  let beste: { index: number; lengte: number; waarde: BijlageInformatieWaarde } | null = null;
  for (const [re, waarde] of INFORMATIE) {
    const g = new RegExp(re.source, "gi");
    for (const hit of t.matchAll(g)) {
      if (beste && hit.index! <= beste.index) continue;
      // "reeds openbaar" contains "openbaar": take the longest phrase at the last position
      if (beste && hit.index! < beste.index + beste.lengte) continue;
      beste = { index: hit.index!, lengte: hit[0].length, waarde };
    }
  }
  // the phrase that ends with "openbaar" at the last position, widened to "deels/niet/reeds openbaar"
  if (!beste) return { naam: t.replace(/[\s|–—-]+$/, ""), gronden: [] };
  let start = beste.index;
  let waarde = beste.waarde;
  for (const [re, w] of INFORMATIE) {
    const voor = t.slice(0, beste.index + beste.lengte);
    const m = new RegExp(`(?:${re.source})$`, "i").exec(voor);
    if (m && m.index < start) {
      start = m.index;
      waarde = w;
    }
  }
  let naam = t.slice(0, start).replace(/[\s|(,:;–—-]+$/, "").trim();
  let staart = t.slice(beste.index + beste.lengte).trim();
  // "Titel (openbaar)" keeps the closing parenthesis in the tail
  staart = staart.replace(/^\)\s*/, "").replace(/^[(:,;–—-]\s*/, "").replace(/\)\s*$/, "").trim();
  const gronden = [...staart.matchAll(GROND)].map((g) => g[0]);
  let vindplaats: string | undefined;
  if (waarde === "reeds_openbaar") {
    const v = staart.replace(/^(?:via|op|in|zie)\s+/i, "").trim();
    if (v) vindplaats = v;
  }
  if (!naam) naam = t;
  naam = naam.replace(/\s*[|]\s*$/, "");
  return { naam, informatie: waarde, gronden, ...(vindplaats ? { vindplaats } : {}) };
}

function bijlagenUit(regels: ImportRegel[], nietHerkend: ImportRegel[], waarschuwingen: string[], geen: boolean): GeimporteerdeNota["bijlagen"] {
  const rijen: { tekst: string; regel: number }[] = [];
  let laatsteWasLeeg = false;
  for (const r of regels) {
    const t = r.tekst.trim();
    if (!t) {
      laatsteWasLeeg = true;
      continue;
    }
    if (TABELKOP.test(t) || /^(?:volgnummer|nr\.?|nummer|naam|titel|omschrijving|informatie|openbaarheid|status)$/i.test(t)) continue;
    if (/^(?:geen|nvt|n\.v\.t\.?|geen bijlagen)\.?$/i.test(t)) continue;
    const regel =
      /^\s*bijlage\s+(\d{1,3})\s*[:.–—-]?\s*(.*)$/i.exec(t) ??
      /^\s*\(?(\d{1,3})[.)]?(?:\s*[|\t]\s*|\s+|$)(.*)$/.exec(t) ??
      (OPSOMMING.test(t) ? [t, "", t.replace(OPSOMMING, "")] : null);
    if (regel) {
      rijen.push({ tekst: (regel[2] ?? "").replace(/\t/g, " "), regel: r.regel });
      laatsteWasLeeg = false;
    } else if (rijen.length && (!laatsteWasLeeg || !rijen.at(-1)!.tekst || /^[a-zà-ÿ(‘'“]/.test(t) || /^(?:openbaar|deels|niet openbaar|reeds|gedeeltelijk)/i.test(t) || !splitsInformatie(rijen.at(-1)!.tekst).informatie)) {
      const vorige = rijen.at(-1)!;
      vorige.tekst = vorige.tekst ? voegSamen(vorige.tekst, t.replace(/\t/g, " ")) : t.replace(/\t/g, " ");
      laatsteWasLeeg = false;
    } else {
      nietHerkend.push({ regel: r.regel, tekst: t });
    }
  }
  if (geen && rijen.length === 0) return [];
  return rijen.map((rij, i) => {
    const { naam, informatie, gronden, vindplaats } = splitsInformatie(rij.tekst.replace(/\s*\|\s*/g, " | ").replace(/ \| /g, " "));
    if (!informatie) waarschuwingen.push(`Bij bijlage ${i + 1} staat niet of hij openbaar is; aangenomen: openbaar.`);
    const inf = informatie ?? "openbaar";
    return { naam, informatie: inf, gronden: inf === "openbaar" || inf === "reeds_openbaar" ? [] : gronden, ...(vindplaats ? { vindplaats } : {}) };
  });
}

// ---------------------------------------------------------------------------------------------
// The whole nota


export function importeerNota(tekst: string): ImportResultaat {
  const waarschuwingen: string[] = [];
  const nietHerkend: ImportRegel[] = [];
  const weggelaten: ImportResultaat["weggelaten"] = [];
  const herkomst: ImportResultaat["herkomst"] = {};
  const kop: ImportResultaat["kop"] = {};

  // 1. Lines, page breaks, page numbers
  const ruw = tekst.replace(/\r\n?/g, "\n").split("\n");
  const regels: ImportRegel[] = [];
  const paginagrens = new Set<number>(); // index in `regels` of the first line after a page break
  let grens = false;
  ruw.forEach((r, i) => {
    let t = schoonRegel(r);
    if (t.includes("\f")) {
      grens = true;
      t = t.replace(/\f/g, "");
    }
    if (PAGINA.test(t) && t.split(/\s+/).length <= 14) {
      weggelaten.push({ regel: i + 1, tekst: t.trim(), reden: "paginanummer" });
      grens = true;
      return;
    }
    if (grens && t.trim()) {
      paginagrens.add(regels.length);
      grens = false;
    }
    regels.push({ regel: i + 1, tekst: t });
  });

  // 2. Where the sections start (for the header area and repeated page headers)
  const eersteKop = regels.findIndex((r) => herkenKop(r.tekst) || herkenInlineKop(r.tekst));
  const kopGebied = new Set(regels.slice(0, eersteKop < 0 ? regels.length : eersteKop).map((r) => sleutel(r.tekst)).filter(Boolean));
  const nabijGrens = (idx: number): boolean => {
    // within the first 8 non-blank lines after a page break, or the last 3 before one
    let n = 0;
    for (let j = idx; j >= 0 && n < 8; j--) {
      if (regels[j]!.tekst.trim()) n++;
      if (paginagrens.has(j)) return true;
    }
    n = 0;
    for (let j = idx + 1; j < regels.length && n < 3; j++) {
      if (paginagrens.has(j)) return true;
      if (regels[j]!.tekst.trim()) n++;
    }
    return n < 3; // the foot of the last page
  };
  const aantal = new Map<string, number>();
  for (const r of regels) {
    const s = sleutel(r.tekst);
    if (s) aantal.set(s, (aantal.get(s) ?? 0) + 1);
  }
  const meubilair = new Set<number>();
  regels.forEach((r, idx) => {
    const s = sleutel(r.tekst);
    if (!s || (aantal.get(s) ?? 0) < 2) return;
    if (herkenKop(r.tekst)) return; // repeated headings are handled below
    if (idx < (eersteKop < 0 ? regels.length : eersteKop)) {
      // in the header area only a letterhead line is furniture, never a field, a label or its value
      const vorige = regels.slice(0, idx).reverse().find((x) => x.tekst.trim());
      if (kopVeldOpEenRegel(r.tekst) || kopLabel(r.tekst.replace(/:\s*$/, "")) || (vorige && kopLabel(vorige.tekst.replace(/:\s*$/, "")))) return;
      if (regels.some((x, j) => j > idx && sleutel(x.tekst) === s && nabijGrens(j))) meubilair.add(idx);
      return;
    }
    if (nabijGrens(idx) && (kopGebied.has(s) || regels.some((x, j) => j !== idx && sleutel(x.tekst) === s && nabijGrens(j)))) meubilair.add(idx);
  });
  // bare page numbers: always outside the bijlagen (where a bare number starts a table row); there
  // only at a page break or at the end
  const isPaginanummer = (idx: number, inBijlagen: boolean) =>
    KAAL_NUMMER.test(regels[idx]!.tekst) && (!inBijlagen || paginagrens.has(idx + 1) || paginagrens.has(idx) || !regels.slice(idx + 1).some((x) => x.tekst.trim()));

  // 3. Walk the lines: header area, then sections
  let onderwerp = "";
  const secties = new Map<Sectie, ImportRegel[]>();
  let huidig: Sectie | null = null;
  let soort: GeimporteerdeNota["soort"] | undefined;
  let mrKop: boolean | undefined;
  let kamerbriefKop: boolean | undefined;
  let uitersteBeslisdatum: string | undefined;
  let deadlineReden: string | undefined;
  let rubricering: string | undefined;
  let bijlagenGeen = false;
  let openLabels: { label: string; veld: KopVeld; regel: number }[] = [];
  let laatsteVeld: { veld: KopVeld; regel: number } | null = null;
  let titel: ImportRegel | null = null;

  const zetVeld = (veld: KopVeld, label: string, waarde: string, regel: number, vervolg = false) => {
    const w = waarde.trim();
    switch (veld) {
      case "onderwerp":
        if (!vervolg && titel) {
          // the document's title gives way to its Onderwerp field, and is kept as a line to place
          // (unless it only repeats the onderwerp: "Beslisnota: <onderwerp>")
          if (normaal(titel.tekst).includes(normaal(w))) herkomst.soort ??= titel.tekst;
          else nietHerkend.push(titel);
          titel = null;
          herkomst.onderwerp = label;
        }
        onderwerp = vervolg ? voegSamen(onderwerp, w) : w;
        herkomst.onderwerp ??= label;
        break;
      case "aan":
      case "van":
        kop[veld] = vervolg && kop[veld] ? voegSamen(kop[veld]!, w) : w;
        herkomst[veld] ??= label;
        break;
      case "kenmerk":
        kop.kenmerk = w;
        herkomst.kenmerk = label;
        break;
      case "datum":
        kop.datum = w;
        herkomst.datum = label;
        if (leesDatum(w)) kop.datumIso = leesDatum(w);
        break;
      case "soort":
        if (/informatie/i.test(w)) soort = "ter_informatie";
        else if (/beslis|besluit/i.test(w)) soort = "ter_beslissing";
        else nietHerkend.push({ regel, tekst: `${label} ${w}` });
        herkomst.soort = label;
        break;
      case "uitersteBeslisdatum": {
        const d = leesDatum(w);
        kop.beslisdatum = w;
        if (d) uitersteBeslisdatum = d;
        const reden = /\(([^)]+)\)/.exec(w)?.[1] ?? (/\b(MR|ministerraad)\b.*$/i.exec(w.replace(/^.*?\d{4}\s*[,–-]?\s*/, ""))?.[0]);
        if (reden) deadlineReden = reden.trim();
        if (!d && !/^geen$/i.test(w)) nietHerkend.push({ regel, tekst: `${label} ${w}` });
        herkomst.uitersteBeslisdatum = label;
        break;
      }
      case "rubricering":
        if (!/^(?:ongerubriceerd|geen|nvt)$/i.test(w)) rubricering = w;
        break;
      case "mrBehandeling":
        mrKop = jaNee(w);
        if (mrKop === undefined) nietHerkend.push({ regel, tekst: `${label} ${w}` });
        break;
      case "kamerbrief":
        kamerbriefKop = jaNee(w);
        if (kamerbriefKop === undefined) nietHerkend.push({ regel, tekst: `${label} ${w}` });
        break;
      case "overig":
        nietHerkend.push({ regel, tekst: `${label.replace(/:?$/, ":")} ${w}` });
        break;
    }
  };

  const gezien = new Set<Sectie>();
  const begin = (sectie: Sectie, kopTekst: string, exact: boolean) => {
    if (!exact) waarschuwingen.push(`De kop "${kopTekst.trim()}" is gelezen als "${SECTIE_LABELS[sectie]}".`);
    gezien.add(sectie);
    herkomst[sectie] = kopTekst.trim();
    huidig = sectie;
    secties.set(sectie, []);
    // a label line without its value before the first section is kept as a line to place
    for (const l of openLabels) nietHerkend.push({ regel: l.regel, tekst: l.label });
    openLabels = [];
    laatsteVeld = null;
  };

  regels.forEach((r, idx) => {
    let t = r.tekst;
    // a heading by its style (from a .docx): "# titel", "## kop"
    const stijlKop = /^\s*(#{1,2}) (\S.*)$/.exec(t);
    if (stijlKop) {
      const kopTekst = stijlKop[2]!.trim();
      t = kopTekst;
      const sectie = herkenKop(kopTekst) ?? KOPPEN.flatMap((k) => k.namen.map((naam) => ({ sectie: k.sectie, naam }))).filter((k) => k.naam.length >= 4 && normaal(kopTekst).startsWith(`${k.naam} `)).map((k) => ({ sectie: k.sectie, exact: true }))[0];
      if (sectie && !(gezien.has(sectie.sectie) && sectie.sectie !== huidig)) {
        if (sectie.sectie !== huidig) begin(sectie.sectie, kopTekst, true);
        else weggelaten.push({ regel: r.regel, tekst: kopTekst, reden: "herhaalde kop" });
        return;
      }
      if (!huidig && !BANNER.test(kopTekst) && !DOCUMENTSOORT.test(kopTekst)) {
        if (!onderwerp) {
          onderwerp = kopTekst;
          herkomst.onderwerp = "titel van het document";
          titel = { regel: r.regel, tekst: kopTekst };
        } else nietHerkend.push({ regel: r.regel, tekst: kopTekst });
        return;
      }
      if (huidig && !BANNER.test(kopTekst)) {
        secties.get(huidig)!.push({ regel: r.regel, tekst: `### ${kopTekst}` });
        return;
      }
    }
    if (meubilair.has(idx) || isPaginanummer(idx, huidig === "bijlagen")) {
      weggelaten.push({ regel: r.regel, tekst: t.trim(), reden: KAAL_NUMMER.test(t) ? "paginanummer" : "herhaalde paginakop of -voet" });
      return;
    }
    if (!t.trim()) {
      if (huidig) secties.get(huidig)!.push(r);
      else laatsteVeld = null;
      return;
    }
    const banner = BANNER.exec(t);
    if (banner) {
      soort = banner[1]!.toLowerCase() === "informatie" ? "ter_informatie" : "ter_beslissing";
      herkomst.soort = t.trim();
      return;
    }
    if (!huidig && DOCUMENTSOORT.test(t)) {
      herkomst.soort ??= t.trim();
      return;
    }
    if (!huidig) {
      // header area
      const bijlagenAantal = /^\s*bijlagen?(?:\s*\(n\))?\s*:\s*(\d{1,3})\s*$/i.exec(t);
      if (bijlagenAantal) {
        nietHerkend.push({ regel: r.regel, tekst: t.trim() });
        return;
      }
      const eenRegel = kopVeldOpEenRegel(t);
      if (eenRegel && !herkenInlineKop(t)) {
        zetVeld(eenRegel.veld, eenRegel.label, eenRegel.waarde, r.regel);
        laatsteVeld = { veld: eenRegel.veld, regel: r.regel };
        openLabels = [];
        return;
      }
      const label = kopLabel(t.replace(/:\s*$/, ""));
      if (label && !herkenKop(t)) {
        openLabels.push({ label: t.trim().replace(/:?$/, ""), veld: label, regel: r.regel });
        laatsteVeld = null;
        return;
      }
      if (openLabels.length && !herkenKop(t) && !herkenInlineKop(t)) {
        const l = openLabels.shift()!;
        zetVeld(l.veld, l.label, t, r.regel);
        laatsteVeld = { veld: l.veld, regel: r.regel };
        return;
      }
      if (laatsteVeld && (laatsteVeld.veld === "onderwerp" || laatsteVeld.veld === "aan" || laatsteVeld.veld === "van") && !herkenKop(t) && !herkenInlineKop(t) && /^[a-zà-ÿ(‘'“]/.test(t.trim())) {
        zetVeld(laatsteVeld.veld, "", t, r.regel, true);
        return;
      }
    }
    const inline = herkenInlineKop(t);
    const k = inline ? null : herkenKop(t);
    if (inline && !(gezien.has(inline.sectie) && inline.sectie !== huidig)) {
      if (inline.sectie === "bijlagen" && /^(?:geen|nvt|n\.v\.t\.?)\.?$/i.test(inline.rest.trim())) {
        begin("bijlagen", `${inline.kop} ${inline.rest.trim()}`, true);
        bijlagenGeen = true;
        return;
      }
      if (inline.sectie !== huidig) begin(inline.sectie, inline.kop, true);
      secties.get(inline.sectie)!.push({ regel: r.regel, tekst: inline.rest });
      return;
    }
    if (k && k.sectie !== huidig) {
      if (gezien.has(k.sectie)) {
        // the heading of a section already read: a page header after a page break, or a second
        // part of that section ("Toelichting (vervolg)"); either way nothing of it is lost
        weggelaten.push({ regel: r.regel, tekst: t.trim(), reden: "herhaalde kop" });
        return;
      }
      begin(k.sectie, t, k.exact);
      return;
    }
    if (k && k.sectie === huidig) {
      weggelaten.push({ regel: r.regel, tekst: t.trim(), reden: "herhaalde kop" });
      return;
    }
    if (huidig) secties.get(huidig)!.push(r);
    else nietHerkend.push({ regel: r.regel, tekst: t.trim() });
  });
  for (const l of openLabels) nietHerkend.push({ regel: l.regel, tekst: l.label });

  // 4. Sections
  for (const s of ["aanleiding", "kern", "toelichting", "beslispunten"] as Sectie[]) {
    if (!gezien.has(s)) waarschuwingen.push(`De sectie "${SECTIE_LABELS[s]}" is niet gevonden.`);
  }
  const tekstVan = (s: Sectie) => herbouwTekst((secties.get(s) ?? []).map((r) => r.tekst), s === "toelichting" || s === "politiekeContext");
  const besl = beslispuntenUit(secties.get("beslispunten") ?? [], nietHerkend);
  if (besl.inleiding) herkomst.beslispunten = `${herkomst.beslispunten ?? ""} (inleiding: "${besl.inleiding}")`.trim();
  if (gezien.has("beslispunten") && !besl.punten.length) waarschuwingen.push(`Er zijn geen beslispunten gevonden onder "${herkomst.beslispunten}".`);
  const bijlagen = bijlagenUit(secties.get("bijlagen") ?? [], nietHerkend, waarschuwingen, bijlagenGeen);
  const nota: GeimporteerdeNota = {
    onderwerp,
    soort: soort ?? (besl.punten.length ? "ter_beslissing" : "ter_informatie"),
    mrBehandeling: false,
    kamerbrief: false,
    aanleiding: tekstVan("aanleiding"),
    kern: tekstVan("kern"),
    toelichting: tekstVan("toelichting"),
    nietOpenbaar: tekstVan("nietOpenbaar") || "NVT",
    motivering: tekstVan("motivering"),
    beslispunten: besl.punten,
    bijlagen,
  };
  const politiek = tekstVan("politiekeContext");
  if (politiek) nota.politiekeContext = politiek;
  if (uitersteBeslisdatum) nota.uitersteBeslisdatum = uitersteBeslisdatum;
  if (rubricering) nota.rubricering = rubricering;
  if (soort === "ter_informatie" && besl.punten.length) {
    waarschuwingen.push("De nota heet ter informatie maar heeft beslispunten; controleer de soort.");
  }

  if (!nota.onderwerp) {
    const kopInToelichting = /^### (.+)$/m.exec(nota.toelichting)?.[1];
    if (kopInToelichting) {
      nota.onderwerp = kopInToelichting.slice(0, 300);
      herkomst.onderwerp = "eerste tussenkop van de Toelichting";
    }
    waarschuwingen.push(kopInToelichting ? "Er staat geen onderwerp in de tekst; controleer het voorgestelde onderwerp." : "Er staat geen onderwerp in de tekst; vul het onderwerp in.");
  }
  const alles = `${nota.aanleiding}\n${nota.kern}\n${besl.punten.map((b) => b.tekst).join("\n")}`;
  if (mrKop !== undefined) nota.mrBehandeling = mrKop;
  else if (/\b(MR|ministerraad)\b/i.test(alles)) {
    nota.mrBehandeling = true;
    waarschuwingen.push("De tekst noemt de ministerraad: MR-behandeling is aangezet.");
  }
  if (deadlineReden) nota.deadlineReden = deadlineReden;
  else if (nota.mrBehandeling) {
    const mr = new RegExp(`\\b(?:MR|ministerraad)\\b.{0,40}?\\b(\\d{1,2}) (${MAANDEN.join("|")})\\b|\\b(\\d{1,2}) (${MAANDEN.join("|")})\\b.{0,40}?\\b(?:MR|ministerraad)\\b`, "i").exec(nota.aanleiding);
    if (mr) nota.deadlineReden = `MR ${mr[1] ?? mr[3]} ${(mr[2] ?? mr[4])!.toLowerCase()}`;
  }
  if (kamerbriefKop !== undefined) nota.kamerbrief = kamerbriefKop;
  else if (/\b(TK|Tweede Kamer|Eerste Kamer|Kamerbrief|Kamer(?:leden)?brief|brief aan de Kamer)\b/i.test(alles) || bijlagen.some((b) => /\b(TK-brief|Kamerbrief|brief aan de (?:Tweede|Eerste) Kamer)\b/i.test(b.naam))) {
    nota.kamerbrief = true;
    waarschuwingen.push("De tekst noemt een brief aan de Kamer: Kamerbrief is aangezet.");
  }
  if (nietHerkend.length) {
    waarschuwingen.push(`${nietHerkend.length === 1 ? "Eén regel is" : `${nietHerkend.length} regels zijn`} niet herkend; u vindt ze onder "Niet herkend" en kunt ze naar een sectie verplaatsen.`);
  }
  nietHerkend.sort((a, b) => a.regel - b.regel);
  weggelaten.sort((a, b) => a.regel - b.regel);
  return { nota, kop, herkomst, nietHerkend, weggelaten, waarschuwingen };
}

// ---------------------------------------------------------------------------------------------
// Matching "Aan" to a bewindspersoon

const afkorting = (s: string) =>
  s
    .split(/\s+/)
    .filter((w) => /^[A-ZÀ-Ý]/.test(w))
    .map((w) => w[0])
    .join("")
    .toLowerCase();

/**
 * The bewindspersoon an "Aan" field means: by name ("M. van den Berg" too), by title ("Minister
 * van Binnenlandse Zaken en Koninkrijksrelaties", "de minister van BZK"), or null.
 */
export function kiesBewindspersoon<T extends { id: string; naam: string; ambtstitel: string | null }>(aan: string, kandidaten: readonly T[]): T | null {
  const a = normaal(aan);
  const achternaam = (naam: string) => normaal(naam).split(" ").slice(-1)[0] ?? "";
  for (const k of kandidaten) if (a.includes(normaal(k.naam))) return k;
  for (const k of kandidaten) {
    if (!k.ambtstitel) continue;
    const titel = normaal(k.ambtstitel);
    const zonderLidwoord = a.replace(/^(?:de|aan de|aan)\s+/, "");
    if (zonderLidwoord && (a.includes(titel) || titel === zonderLidwoord)) return k;
    // "minister van BZK": the office word and the initials of the ministry
    const m = /^(minister|staatssecretaris|minister-president)\s+(?:van|voor)\s+(.+)$/i.exec(k.ambtstitel);
    const am = /\b(minister|staatssecretaris|minister president)\s+(?:van|voor)\s+([a-z]{2,8})\b/.exec(a);
    if (m && am && normaal(m[1]!) === am[1] && afkorting(m[2]!) === am[2]) return k;
  }
  const metAchternaam = kandidaten.filter((k) => achternaam(k.naam).length > 2 && new RegExp(`\\b${achternaam(k.naam)}\\b`).test(a));
  return metAchternaam.length === 1 ? metAchternaam[0]! : null;
}
