// Recognises a beslisnota in plain text (pasted, or extracted from a .docx or PDF) and turns it
// into the shape POST /api/v1/notas accepts, with warnings for what it was unsure of. Tolerant of
// what text extraction does to a nota: misspelled headings ("Geadyviseerd besluit"), bullets read
// as letters ("e Het advies…"), page-break debris (page numbers, repeated headers) and lines
// broken in the middle of a sentence.

import { SECTIEKOPPEN } from "@/lib/domain/nota-document";
export interface GeimporteerdeNota {
  onderwerp: string;
  soort: "ter_beslissing" | "ter_informatie";
  mrBehandeling: boolean;
  kamerbrief: boolean;
  uitersteBeslisdatum?: string;
  deadlineReden?: string;
  aanleiding: string;
  kern: string;
  toelichting: string;
  politiekeContext?: string;
  nietOpenbaar: string;
  motivering: string;
  beslispunten: { tekst: string }[];
  bijlagen: { naam: string; informatie: "openbaar" | "deels_openbaar" | "niet_openbaar" | "reeds_openbaar"; gronden: string[] }[];
}

export interface ImportResultaat {
  nota: GeimporteerdeNota;
  /** Header fields found as text (Aan, Van, Kenmerk, Datum), for the caller to resolve. */
  kop: { aan?: string; van?: string; kenmerk?: string; datum?: string };
  waarschuwingen: string[];
}

type Sectie = "aanleiding" | "beslispunten" | "kern" | "toelichting" | "politiekeContext" | "nietOpenbaar" | "motivering" | "bijlagen";

const KOPPEN: { sectie: Sectie; namen: string[] }[] = [
  { sectie: "aanleiding", namen: ["aanleiding"] },
  { sectie: "beslispunten", namen: ["geadviseerd besluit", "geadviseerde besluiten", "besluit", "advies"] },
  { sectie: "kern", namen: ["kern"] },
  { sectie: "toelichting", namen: ["toelichting"] },
  { sectie: "politiekeContext", namen: ["politieke context"] },
  { sectie: "nietOpenbaar", namen: ["informatie die niet openbaar gemaakt kan worden", "informatie die niet openbaar kan worden gemaakt", "niet openbare informatie"] },
  { sectie: "motivering", namen: ["motivering"] },
  { sectie: "bijlagen", namen: ["bijlagen", "bijlage"] },
];

// The headings as the nota prints them (one list for documents and the importer).
const { geadviseerdBesluit, ...andereKoppen } = SECTIEKOPPEN;
const LABELS: Record<Sectie, string> = { ...andereKoppen, beslispunten: geadviseerdBesluit };

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

const normaal = (s: string) => s.toLowerCase().normalize("NFKD").replace(/[^a-z ]/g, "").replace(/\s+/g, " ").trim();

/** Which section a line heads, allowing a typo or two; null for ordinary text. */
export function herkenKop(regel: string): { sectie: Sectie; exact: boolean } | null {
  const t = regel.trim().replace(/:$/, "");
  if (!t || t.length > 60 || /[.!?;,]$/.test(t) || /^\d/.test(t)) return null;
  const n = normaal(t);
  for (const k of KOPPEN) {
    for (const naam of k.namen) {
      if (n === naam) return { sectie: k.sectie, exact: true };
      const toegestaan = naam.length <= 5 ? 1 : Math.max(1, Math.floor(naam.length * 0.15));
      if (Math.abs(n.length - naam.length) <= toegestaan && levenshtein(n, naam) <= toegestaan) return { sectie: k.sectie, exact: false };
    }
  }
  return null;
}

const OPSOMMING = /^\s*(?:[-–•*·▪o°]|e)\s+(?=\S)/;
const NUMMERING = /^\s*(\d{1,2})[.)]\s+(?=\S)/;
const RUIS = [/^\s*\d{1,3}\s*$/, /^\s*pagina \d+ (van|\/) \d+\s*$/i, /^\s*\f\s*$/];

/** Joins a line broken mid-sentence to the next; a word broken after a hyphen stays one word. */
function voegSamen(a: string, b: string): string {
  return /[A-Za-zÀ-ÿ]-$/.test(a) && /^[a-zà-ÿ]/.test(b) ? `${a}${b}` : `${a} ${b}`;
}

function isRuis(regel: string): boolean {
  return RUIS.some((r) => r.test(regel));
}

/** The quotes text extraction mangles (“"Gezag → “Gezag). */
function schoonRegel(r: string): string {
  return r.replace(/\u00a0/g, " ").replace(/“"/g, "“").replace(/""/g, '"').replace(/\s+$/, "");
}

/**
 * Rebuilds a section's text in the Markdown subset: paragraphs from blank lines, list items from
 * bullet marks (also "e " that OCR makes of "•"), lines within a paragraph or item joined, a short
 * standalone line without final punctuation as a sub-heading (###).
 */
export function herbouwTekst(regels: string[], metKoppen = true): string {
  const blokken: string[][] = [];
  let huidig: string[] = [];
  for (const r of regels) {
    if (!r.trim()) {
      if (huidig.length) blokken.push(huidig);
      huidig = [];
    } else huidig.push(r);
  }
  if (huidig.length) blokken.push(huidig);

  const uit: string[] = [];
  let vorigeWasLijst = false;
  for (const blok of blokken) {
    const items: string[] = [];
    let alinea: string | null = null;
    let isLijst = false;
    for (const regel of blok) {
      const t = regel.trim();
      const bullet = OPSOMMING.exec(t);
      if (bullet && /^[A-Z“"‘'(]/.test(t.slice(bullet[0].length)) || (bullet && !/^e\s/.test(t))) {
        items.push(t.slice(bullet[0].length));
        isLijst = true;
      } else if (isLijst && items.length) {
        items[items.length - 1] = voegSamen(items[items.length - 1]!, t);
      } else {
        alinea = alinea === null ? t : voegSamen(alinea, t);
      }
    }
    if (alinea !== null) {
      const kop = metKoppen && !isLijst && blok.length === 1 && alinea.length <= 90 && alinea.split(/\s+/).length >= 3 && !/[.!?:;,]$/.test(alinea) && /^[A-Z‘'“]/.test(alinea);
      if (uit.length && vorigeWasLijst) uit.push("");
      uit.push(kop ? `### ${alinea}` : alinea);
      uit.push("");
      vorigeWasLijst = false;
    }
    if (items.length) {
      for (const item of items) uit.push(`- ${item}`);
      uit.push("");
      vorigeWasLijst = true;
    }
  }
  return uit.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

function beslispuntenUit(regels: string[], waarschuwingen: string[]): { tekst: string }[] {
  const punten: string[] = [];
  for (const r of regels) {
    const t = r.trim();
    if (!t) continue;
    const m = NUMMERING.exec(t) ?? OPSOMMING.exec(t);
    if (m) punten.push(t.slice(m[0].length));
    else if (punten.length) punten[punten.length - 1] = voegSamen(punten[punten.length - 1]!, t);
    else punten.push(t);
  }
  if (!punten.length) waarschuwingen.push("Er zijn geen beslispunten gevonden onder Geadviseerd besluit.");
  return punten.map((tekst) => ({ tekst: tekst.replace(/\s+/g, " ").trim() }));
}

const INFORMATIE: [RegExp, GeimporteerdeNota["bijlagen"][number]["informatie"]][] = [
  [/\bdeels openbaar\b/i, "deels_openbaar"],
  [/\bniet openbaar\b/i, "niet_openbaar"],
  [/\breeds openbaar\b/i, "reeds_openbaar"],
  [/\bopenbaar\b/i, "openbaar"],
];

function bijlagenUit(regels: string[], waarschuwingen: string[]): GeimporteerdeNota["bijlagen"] {
  const rijen: { naam: string; informatie?: GeimporteerdeNota["bijlagen"][number]["informatie"]; gronden: string[] }[] = [];
  for (const r of regels) {
    const t = r.trim();
    if (!t || /^volgnummer\b/i.test(t)) continue;
    const m = /^(\d{1,3})\s+(.*)$/.exec(t);
    if (m) rijen.push({ naam: m[2]!, gronden: [] });
    else if (rijen.length) rijen[rijen.length - 1]!.naam = voegSamen(rijen[rijen.length - 1]!.naam, t);
  }
  return rijen.map((rij, i) => {
    let naam = rij.naam.replace(/\s+/g, " ").trim();
    let informatie: GeimporteerdeNota["bijlagen"][number]["informatie"] | undefined;
    for (const [re, waarde] of INFORMATIE) {
      const hit = re.exec(naam);
      if (hit && hit.index + hit[0].length >= naam.length - 25) {
        informatie = waarde;
        naam = naam.slice(0, hit.index).trim();
        break;
      }
    }
    const gronden = [...rij.naam.matchAll(/\b5\.(?:1\.[12][a-i]|1\.5|2)\b/g)].map((g) => g[0]);
    if (!informatie) waarschuwingen.push(`Bij bijlage ${i + 1} staat niet of hij openbaar is; aangenomen: openbaar.`);
    return { naam, informatie: informatie ?? "openbaar", gronden: informatie === "openbaar" || !informatie ? [] : gronden };
  });
}

const KOPVELDEN: [RegExp, keyof ImportResultaat["kop"] | "onderwerp"][] = [
  [/^\s*aan\s*[:]\s*(.+)$/i, "aan"],
  [/^\s*van\s*[:]\s*(.+)$/i, "van"],
  [/^\s*(?:ons\s+)?kenmerk\s*[:]\s*(.+)$/i, "kenmerk"],
  [/^\s*datum\s*[:]\s*(.+)$/i, "datum"],
  [/^\s*(?:onderwerp|betreft)\s*[:]\s*(.+)$/i, "onderwerp"],
];

export function importeerNota(tekst: string): ImportResultaat {
  const waarschuwingen: string[] = [];
  const regels = tekst.replace(/\r\n?/g, "\n").split("\n").map(schoonRegel).filter((r) => !isRuis(r));
  const kop: ImportResultaat["kop"] = {};
  let onderwerp = "";
  const secties = new Map<Sectie, string[]>();
  let huidig: Sectie | null = null;
  const gezien = new Set<Sectie>();
  for (const regel of regels) {
    if (!huidig) {
      const veld = KOPVELDEN.find(([re]) => re.test(regel));
      if (veld) {
        const waarde = veld[0].exec(regel)![1]!.trim();
        if (veld[1] === "onderwerp") onderwerp = waarde;
        else kop[veld[1]] = waarde;
        continue;
      }
    }
    const k = herkenKop(regel);
    if (k && !(k.sectie === huidig)) {
      if (gezien.has(k.sectie) && huidig !== "toelichting") {
        // a repeated heading (page header after a page break) is debris
        continue;
      }
      if (!gezien.has(k.sectie)) {
        if (!k.exact) waarschuwingen.push(`De kop "${regel.trim()}" is gelezen als "${LABELS[k.sectie]}".`);
        gezien.add(k.sectie);
        huidig = k.sectie;
        secties.set(huidig, []);
        continue;
      }
    }
    if (huidig) secties.get(huidig)!.push(regel);
  }

  for (const s of ["aanleiding", "kern", "toelichting", "beslispunten"] as Sectie[]) {
    if (!gezien.has(s)) waarschuwingen.push(`De sectie "${LABELS[s]}" is niet gevonden.`);
  }
  const tekstVan = (s: Sectie) => herbouwTekst(secties.get(s) ?? [], s === "toelichting" || s === "politiekeContext");
  const beslispunten = beslispuntenUit(secties.get("beslispunten") ?? [], waarschuwingen);
  const bijlagen = bijlagenUit(secties.get("bijlagen") ?? [], waarschuwingen);
  const nota: GeimporteerdeNota = {
    onderwerp,
    soort: beslispunten.length ? "ter_beslissing" : "ter_informatie",
    mrBehandeling: false,
    kamerbrief: false,
    aanleiding: tekstVan("aanleiding"),
    kern: tekstVan("kern"),
    toelichting: tekstVan("toelichting"),
    nietOpenbaar: tekstVan("nietOpenbaar") || "NVT",
    motivering: tekstVan("motivering"),
    beslispunten,
    bijlagen,
  };
  const politiek = tekstVan("politiekeContext");
  if (politiek) nota.politiekeContext = politiek;

  if (!nota.onderwerp) {
    const kopInToelichting = /^### (.+)$/m.exec(nota.toelichting)?.[1];
    const eersteZin = nota.kern.split(/(?<=[.!?])\s/)[0] ?? "";
    nota.onderwerp = (kopInToelichting ?? eersteZin).slice(0, 200);
    waarschuwingen.push("Er staat geen onderwerp in de tekst; controleer het voorgestelde onderwerp.");
  }
  const alles = `${nota.aanleiding}\n${nota.kern}\n${beslispunten.map((b) => b.tekst).join("\n")}`;
  if (/\b(MR|ministerraad)\b/i.test(alles)) {
    nota.mrBehandeling = true;
    const mr = /(\d{1,2}) (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b/i.exec(nota.aanleiding);
    if (mr) nota.deadlineReden = `MR ${mr[1]} ${mr[2]!.toLowerCase()}`;
    waarschuwingen.push("De tekst noemt de ministerraad: MR-behandeling is aangezet.");
  }
  if (/\b(TK|Tweede Kamer|Kamerbrief)\b/.test(alles) || bijlagen.some((b) => /\b(TK-brief|Kamerbrief)\b/i.test(b.naam))) {
    nota.kamerbrief = true;
    waarschuwingen.push("De tekst noemt een brief aan de Tweede Kamer: Kamerbrief is aangezet.");
  }
  return { nota, kop, waarschuwingen };
}
