// Personal data of people who are not users (issue 16, point 2): citizens, external experts,
// municipal officials. Beslisroute cannot know their names, so it finds *candidates* in the public
// version and the woo_coordinator confirms (withheld on a ground) or dismisses (kept, with a reason)
// each one. Publication is refused while one is open (lib/server/publicatie/public-version.ts). Pure.
//
// Found: a title or form of address with capitalised words ("mevrouw Pietersen", "dr. A. Yıldız");
// initials with a surname ("J.P. de Groot"); a capitalised word, a surname prefix and a capitalised
// word ("Jan van der Velde"); capitalised words after "namens"; the name under a sign-off ("Met
// vriendelijke groet," / "Hoogachtend,"); BSN numbers that pass the elfproef; IBANs whose check
// digits are right; a street with a house number, a postcode with a house number; a date of birth
// after "geboren", "geb." or "geboortedatum"; phone numbers in international notation. E-mail
// addresses of any domain and Dutch phone numbers are withheld without review (lib/domain/openbare-versie.ts).
import type { Inline } from "@/lib/domain/tekst";
import type { NotaDocument } from "@/lib/domain/nota-document";
import { behoudenPatronen, letterlijk } from "@/lib/domain/naamvormen";
import { z } from "@/lib/domain/validatie";
import { WOO_GROND_CODES, type WooGrond } from "@/lib/domain/woo-gronden";

export type KandidaatSoort = "naam" | "bsn" | "iban" | "adres" | "geboortedatum" | "telefoon";

export const KANDIDAAT_SOORT_LABELS: Record<KandidaatSoort, string> = {
  naam: "naam van een persoon",
  bsn: "burgerservicenummer",
  iban: "bankrekeningnummer (IBAN)",
  adres: "adres",
  geboortedatum: "geboortedatum",
  telefoon: "telefoonnummer",
};

/** The ground proposed for each kind (the woo_coordinator may choose another). */
export const VOORGESTELDE_GROND: Record<KandidaatSoort, WooGrond> = {
  naam: "5.1.2e",
  bsn: "5.1.1e",
  iban: "5.1.2e",
  adres: "5.1.2e",
  geboortedatum: "5.1.2e",
  telefoon: "5.1.2e",
};

export interface Kandidaat {
  /** The text as it stands (white space as in the nota). */
  tekst: string;
  soort: KandidaatSoort;
  /** Where: "Aanleiding", "Geadviseerd besluit, beslispunt 2", "Bijlage 1 (bestand)". */
  waar: string;
}

/** A dismissed or confirmed candidate is recognised by its text, white space and case aside. */
export const kandidaatSleutel = (tekst: string) => tekst.replace(/\s+/g, " ").trim().toLowerCase();

// ---------------------------------------------------------------------------------------------
// Checks

/** The elfproef of a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not 0). */
export function isBsn(cijfers: string): boolean {
  if (!/^\d{9}$/.test(cijfers)) return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += Number(cijfers[i]) * (9 - i);
  som -= Number(cijfers[8]);
  return som !== 0 && som % 11 === 0;
}

/** ISO 13616 check digits (mod 97 = 1). */
export function isIban(tekst: string): boolean {
  const iban = tekst.replace(/\s+/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  if (iban.startsWith("NL") && !/^NL\d{2}[A-Z]{4}\d{10}$/.test(iban)) return false;
  const herschikt = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const c of herschikt) {
    const waarde = /\d/.test(c) ? c : String(c.charCodeAt(0) - 55);
    for (const d of waarde) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}

// ---------------------------------------------------------------------------------------------
// Patterns

/** A capitalised word, a double-barrelled name too (Jansen-Bakker), not a compound with a lower-case word (Bakker-regeling). */
const HOOFD = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)*(?![-‐‑]?\\p{L})";
const VOORVOEGSEL = "(?:van der|van den|van de|van 't|van|de|der|den|ter|ten|te|in 't|'t|el|al|le|la|du|da|dos)";
/** A literal with its first letter in either case ("mr." and "Mr.", not "MR." of the ministerraad), inside a case-sensitive pattern. */
const ongeachtHoofdletters = (tekst: string) =>
  [...tekst].map((c, i) => (i === 0 && c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c === " " ? "\\s+" : c === "." ? "\\." : c)).join("");
const TITEL = `(?:${["mw.", "mw", "mevr.", "mevr", "mevrouw", "dhr.", "dhr", "de heer", "drs.", "mr.", "ir.", "ing.", "dr.", "prof.", "ds."].map(ongeachtHoofdletters).join("|")})`;
const INITIALEN = "(?:\\p{Lu}\\.\\s?){1,4}";
/** Capitalised words that start or end institutions, places and documents, not people. */
const GEEN_PERSOON = new Set(
  [
    "ministerie", "minister", "ministers", "staatssecretaris", "directie", "directeur", "raad", "kamer", "tweede", "eerste", "staten", "staat", "koninkrijk",
    "provincie", "gemeente", "afdeling", "commissie", "dienst", "hof", "wet", "college", "bureau", "inspectie", "autoriteit", "rijk", "rijks", "nederland",
    "nederlanden", "europese", "unie", "koning", "koningin", "zaken", "binnenlandse", "buitenlandse", "koninkrijksrelaties", "financiën", "justitie",
    "veiligheid", "het", "de", "een", "in", "op", "bij", "met", "naar", "voor", "volgens", "daarnaast", "ook", "dit", "deze", "dat", "die", "zie", "bijlage",
    "universiteit", "hogeschool", "stichting", "vereniging", "centraal", "planbureau", "algemene", "rekenkamer", "ombudsman", "den", "haag", "amsterdam",
    "rotterdam", "utrecht", "kabinet", "premier", "regering", "staatscourant", "kamerstukken", "kamerbrief", "nota", "beslisnota", "aanleiding", "kern",
    "toelichting", "motivering", "openbaar", "bestuur", "democratie", "rob", "mr", "tk", "dg", "sg",
  ],
);

/** Endings of nouns (nominalisations, laws, documents, bodies) that no first name or surname has in practice. */
const GEEN_PERSOON_EINDE = /(?:ing|heid|schap|wet|wetten|vragen|beleid|raad|kamer|nota|brief|brieven|plan|regeling|akkoord|agenda|rapport|advies|commissie|dienst|fonds|programma|stelsel|besluit|verslag|overleg|ministerie|beraad|college|orgaan|instituut|bureau|autoriteit|inspectie|partij|lijst)$/;

const isPersoonswoord = (w: string) => {
  const kaal = w.toLowerCase().replace(/['’]s$/, "");
  return !GEEN_PERSOON.has(kaal) && !GEEN_PERSOON_EINDE.test(kaal);
};

interface Regel {
  soort: KandidaatSoort;
  re: RegExp;
  /** A further check on the match; returns the part to report, or null to drop it. */
  toets?: (m: RegExpMatchArray) => string | null;
}

const NAAM_NA_TITEL = `(?:${INITIALEN}\\s*)?(?:${VOORVOEGSEL}\\s+)?${HOOFD}(?:\\s+(?:${VOORVOEGSEL}\\s+)?${HOOFD})?`;

const REGELS: Regel[] = [
  // "mevrouw Pietersen", "dr. A. Yıldız", "de heer J. de Groot"
  { soort: "naam", re: new RegExp(`(?<![\\p{L}])${TITEL}(?:\\s+${TITEL})*\\s+${NAAM_NA_TITEL}`, "gu"), toets: (m) => snoei(m[0]) },
  // "J.P. de Groot", "A. Pietersen"
  {
    soort: "naam",
    re: new RegExp(`(?<![\\p{L}.])${INITIALEN}\\s*(?:${VOORVOEGSEL}\\s+)?${HOOFD}`, "gu"),
    toets: (m) => (laatsteWoordPersoon(m[0]) && !/^(?:\p{Lu}\.\s?)+(?:Kamer|Raad)/u.test(m[0]) ? m[0] : null),
  },
  // "Jan van der Velde"
  {
    soort: "naam",
    re: new RegExp(`(?<![\\p{L}])${HOOFD}\\s+${VOORVOEGSEL}\\s+${HOOFD}`, "gu"),
    toets: (m) => {
      const woorden = m[0].split(/\s+/);
      return isPersoonswoord(woorden[0]!) && laatsteWoordPersoon(m[0]) ? m[0] : null;
    },
  },
  // Two capitalised words: "met Karin Pietersen gesproken", "Karin Pietersen belde" (neither word
  // one of institutions, places or the words that start a sentence).
  {
    soort: "naam",
    re: new RegExp(`(?<![\\p{L}\\p{N}])${HOOFD}(?:[ \\t]+${HOOFD}){1,3}`, "gu"),
    toets: (m) => {
      // Without the words of institutions and sentence starts around it ("Voor Daan Ravesteijn" → "Daan Ravesteijn").
      // The words with the white space between them as it stands, so the candidate is found where it
      // stands ("Karin  Pietersen" joined with one space is no part of the match).
      const delen = m[0].split(/([ \t]+)/);
      while (delen.length && !isPersoonswoord(delen[0]!)) delen.splice(0, 2);
      while (delen.length && !isPersoonswoord(delen.at(-1)!)) delen.splice(-2, 2);
      const woorden = delen.filter((_, i) => i % 2 === 0);
      return woorden.length >= 2 && woorden.every(isPersoonswoord) ? delen.join("") : null;
    },
  },
  // "namens Karin Pietersen"
  {
    soort: "naam",
    re: new RegExp(`(?<=\\bnamens\\s+)${HOOFD}(?:\\s+(?:${VOORVOEGSEL}\\s+)?${HOOFD})*`, "gu"),
    toets: (m) => (m[0].split(/\s+/).every((w) => isPersoonswoord(w) || /^\p{Ll}/u.test(w)) ? m[0] : null),
  },
  // The name under a sign-off.
  {
    soort: "naam",
    re: new RegExp(`(?<=(?:${["met vriendelijke groet", "met hartelijke groet", "hoogachtend"].map(ongeachtHoofdletters).join("|")}),?\\s+)(?:${INITIALEN}\\s*)?${HOOFD}(?:[ \\t]+(?:${VOORVOEGSEL}[ \\t]+)?${HOOFD}){0,3}`, "gu"),
    toets: (m) => (isPersoonswoord(m[0].split(/\s+/)[0]!) ? m[0] : null),
  },
  // BSN: nine digits, possibly grouped 3-3-3 or 4-2-3, passing the elfproef.
  {
    soort: "bsn",
    re: /(?<![\p{L}\p{N}.,-]|[€$]\s?)(?:\d{9}|\d{3}[. ]\d{3}[. ]\d{3}|\d{4}[. ]\d{2}[. ]\d{3})(?![\p{L}\p{N}]|[.,-]\d)/gu,
    toets: (m) => (isBsn(m[0].replace(/\D/g, "")) ? m[0] : null),
  },
  // IBAN, with or without spaces.
  { soort: "iban", re: /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/gu, toets: (m) => (isIban(m[0]) ? m[0] : null) },
  // A street with a house number (and its postcode): "Kerkstraat 12a, 1234 AB".
  {
    soort: "adres",
    re: /(?<![\p{L}])\p{Lu}[\p{Ll}]+(?:straat|weg|laan|plein|gracht|kade|singel|dijk|pad|steeg|dreef|hof|park|markt|erf|plantsoen|dwarsstraat)\s+\d{1,5}(?:\s?[a-zA-Z](?![\p{L}]))?(?:\s*-\s*\d{1,4})?(?:,?\s+[1-9]\d{3}\s?[A-Z]{2}(?![\p{L}]))?/gu,
  },
  // A postcode with a house number: "1234 AB 12", "1234AB, nr. 5".
  { soort: "adres", re: /(?<![\p{L}\p{N}])[1-9]\d{3}\s?[A-Z]{2}[,\s]+(?:nr\.?\s*|huisnummer\s*)?\d{1,5}(?:\s?[a-z](?![\p{L}]))?(?![\p{N}])/gu },
  // A date of birth.
  {
    soort: "geboortedatum",
    re: /(?<=\b(?:geboren|geb\.|geboortedatum:?)\s*(?:op\s+)?)(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan\.?|feb\.?|mrt\.?|apr\.?|jun\.?|jul\.?|aug\.?|sep\.?|sept\.?|okt\.?|nov\.?|dec\.?)\s+\d{4})/giu,
  },
  // Phone numbers in international notation other than +31: "+32 2 123 45 67", "+49 30 1234567".
  { soort: "telefoon", re: /(?<![\p{L}\p{N}+])(?:\+|00)(?!31)[1-9]\d{0,2}(?:[\s.\-]?\(?\d{1,4}\)?){2,6}(?![\p{N}])/gu, toets: (m) => (m[0].replace(/\D/g, "").length >= 9 ? m[0] : null) },
];

const VOORVOEGSEL_WOORDEN = new Set(["van", "der", "den", "de", "ter", "ten", "te", "in", "'t", "el", "al", "le", "la", "du", "da", "dos"]);

/** A match without the words at its end that are no part of a person's name ("A. Yildiz van de Universiteit" → "A. Yildiz"). */
function snoei(tekst: string): string | null {
  const woorden = tekst.split(/(\s+)/);
  while (woorden.length > 0) {
    const laatste = woorden.at(-1)!;
    if (/^\s+$/.test(laatste) || VOORVOEGSEL_WOORDEN.has(laatste.toLowerCase()) || (/^\p{Lu}/u.test(laatste) && !/^\p{Lu}\.$/u.test(laatste) && !isPersoonswoord(laatste))) woorden.pop();
    else break;
  }
  const uit = woorden.join("");
  return laatsteWoordPersoon(uit) ? uit : null;
}

function laatsteWoordPersoon(tekst: string): boolean {
  const woorden = tekst.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !/^\p{Lu}\.$/u.test(w));
  const laatste = woorden.at(-1);
  return !!laatste && isPersoonswoord(laatste) && !/^\p{Lu}+$/u.test(laatste);
}

/** The candidates in one text, in order, overlaps merged to the longest. */
export function kandidatenInTekst(tekst: string): { tekst: string; soort: KandidaatSoort; begin: number; eind: number }[] {
  const ruw: { tekst: string; soort: KandidaatSoort; begin: number; eind: number }[] = [];
  for (const r of REGELS) {
    for (const m of tekst.matchAll(r.re)) {
      const gevonden = r.toets ? r.toets(m) : m[0];
      if (!gevonden || gevonden.trim().length < 2) continue;
      const begin = m.index + m[0].indexOf(gevonden);
      ruw.push({ tekst: gevonden.trim(), soort: r.soort, begin, eind: begin + gevonden.trimEnd().length });
    }
  }
  ruw.sort((a, b) => a.begin - b.begin || b.eind - a.eind);
  const uit: typeof ruw = [];
  for (const k of ruw) {
    const laatste = uit.at(-1);
    if (laatste && k.begin < laatste.eind) {
      if (k.eind > laatste.eind) Object.assign(laatste, { eind: k.eind, tekst: tekst.slice(laatste.begin, k.eind).trim() });
      continue;
    }
    uit.push({ ...k });
  }
  return uit;
}

/** The visible text of a field of the public version: a withheld passage is a break no candidate crosses. */
function zichtbaar(inlines: readonly Inline[]): string {
  let uit = "";
  for (const i of inlines) {
    if (i.type === "tekst") uit += i.tekst;
    else if (i.type === "nietOpenbaar") uit += " \u0000 ";
    else uit += zichtbaar(i.inhoud);
  }
  return uit;
}

/**
 * The organisation's own names (the ministry, its DG's, directies and afdelingen) are public and
 * never a person, even where part of one reads like a name ("DG Openbaar Bestuur en Democratische
 * Rechtsstaat" holds "Democratische Rechtsstaat"). The function returned tells whether a
 * candidate lies wholly inside such a name as it stands in the text. The text itself is left
 * alone, so a unit name can never hide what stands around it:
 * - only names of two words or more count. A unit called "DR", "De" or "Bos" would otherwise
 *   swallow "dr.", a tussenvoegsel or a surname;
 * - the name must be written as the organisation writes it (case-sensitive), as whole words;
 * - a candidate that reaches beyond the name ("Jan de Groot" beside a unit "De Groot") stays.
 */
export function binnenOrganisatienaam(namen: readonly string[]): (tekst: string, begin: number, eind: number) => boolean {
  const patronen = [...new Set(namen.map((n) => n.trim()).filter((n) => n.split(/\s+/).length >= 2))].sort((a, b) => b.length - a.length).map(letterlijk);
  if (patronen.length === 0) return () => false;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${patronen.join("|")})(?![\\p{L}\\p{N}])`, "gu");
  return (tekst, begin, eind) => {
    for (const m of tekst.matchAll(re)) if (m.index <= begin && eind <= m.index + m[0].length) return true;
    return false;
  };
}

/** The fields of a document with the label a reader finds them under (the same fields as alleInlines in nota-document.ts). */
export function veldenVan(doc: NotaDocument): { waar: string; inlines: Inline[] }[] {
  const uit: { waar: string; inlines: Inline[] }[] = [{ waar: "Onderwerp", inlines: doc.onderwerp }];
  for (const k of doc.kopvelden) uit.push({ waar: k.label, inlines: k.waarde });
  for (const s of doc.secties) {
    if (s.soort === "tekst") for (const b of s.blokken) for (const i of b.type === "lijst" ? b.items : [b.inhoud]) uit.push({ waar: s.kop, inlines: i });
    else if (s.soort === "beslispunten") for (const p of s.punten) for (const i of [p.tekst, ...(p.wijziging ? [p.wijziging] : [])]) uit.push({ waar: `${s.kop}, beslispunt ${p.nummer}`, inlines: i });
    else for (const r of s.rijen) uit.push({ waar: `${s.kop}, bijlage ${r.volgnummer}`, inlines: [...r.naam, { type: "tekst", tekst: " " }, ...r.informatie] });
  }
  for (const a of doc.annotaties) uit.push({ waar: "Annotaties van de bewindspersoon", inlines: a.tekst });
  for (const r of doc.paraafblok?.rijen ?? []) uit.push({ waar: "Paraafblok", inlines: [...r.rol, { type: "tekst", tekst: " " }, ...r.opmerking] });
  return uit;
}

/** The open candidates of a public document: found in what a reader sees, minus those the woo_coordinator dismissed. */
export function openKandidaten(
  velden: readonly { waar: string; tekst: string }[],
  afgewezen: readonly string[],
  binnenNaam: (tekst: string, begin: number, eind: number) => boolean = () => false,
): Kandidaat[] {
  const weg = new Set(afgewezen.map(kandidaatSleutel));
  const uit: Kandidaat[] = [];
  const gezien = new Set<string>();
  for (const v of velden) {
    for (const k of kandidatenInTekst(v.tekst)) {
      const sleutel = kandidaatSleutel(k.tekst);
      if (binnenNaam(v.tekst, k.begin, k.eind)) continue;
      if (weg.has(sleutel) || gezien.has(`${v.waar}\u0000${sleutel}`)) continue;
      gezien.add(`${v.waar}\u0000${sleutel}`);
      uit.push({ tekst: k.tekst, soort: k.soort, waar: v.waar });
    }
  }
  return uit;
}

/**
 * The candidates of a nota's public version (`doc` is the public document, redactions applied),
 * without the names that always stay (the bewindspersonen in their public role).
 */
export function documentKandidaten(doc: NotaDocument, afgewezen: readonly string[], behouden: readonly string[] = [], organisatienamen: readonly string[] = []): Kandidaat[] {
  const houden = behouden.flatMap(behoudenPatronen);
  return openKandidaten(
    veldenVan(doc).map((v) => ({ waar: v.waar, tekst: zichtbaar(v.inlines) })),
    afgewezen,
    binnenOrganisatienaam(organisatienamen),
  ).filter((k) => !houden.some((re) => new RegExp(re.source, re.flags.replace("g", "")).test(k.tekst)));
}

/** "3 mogelijke persoonsgegevens van anderen zijn nog niet beoordeeld: Aanleiding (1), Toelichting (2)." */
export function kandidatenMelding(kandidaten: readonly Kandidaat[]): string {
  const perPlek = new Map<string, number>();
  for (const k of kandidaten) perPlek.set(k.waar, (perPlek.get(k.waar) ?? 0) + 1);
  const plekken = [...perPlek].map(([waar, n]) => `${waar} (${n})`).join(", ");
  const n = kandidaten.length;
  return `${n} ${n === 1 ? "mogelijk persoonsgegeven van een ander is" : "mogelijke persoonsgegevens van anderen zijn"} nog niet beoordeeld: ${plekken}. Bevestig of verwerp ${n === 1 ? "het" : "ze"} op het scherm Openbare versie; pas daarna kan de nota worden gepubliceerd.`;
}

// ---------------------------------------------------------------------------------------------
// The woo_coordinator's decision

export const AFWIJSREDENEN = {
  geen_persoon: "Geen persoonsgegeven (bijvoorbeeld de naam van een wet, organisatie of plaats)",
  publieke_functie: "Persoon in een publieke functie (bijvoorbeeld een Kamerlid of burgemeester)",
  reeds_openbaar: "Al openbaar (bijvoorbeeld een auteur van een gepubliceerd rapport)",
  toestemming: "Betrokkene heeft ingestemd met openbaarmaking",
} as const;
export type Afwijsreden = keyof typeof AFWIJSREDENEN;
const AFWIJSREDEN_CODES = Object.keys(AFWIJSREDENEN) as [Afwijsreden, ...Afwijsreden[]];

/** One decision as the form sends it: "weglakken:5.1.2e", "behouden:geen_persoon", or "" (not yet). */
export const kandidaatBesluitSchema = z
  .string()
  .trim()
  .transform((waarde, ctx) => {
    if (waarde === "") return null;
    const [soort, code] = waarde.split(":");
    if (soort === "weglakken" && (WOO_GROND_CODES as readonly string[]).includes(code ?? "")) return { besluit: "weglakken" as const, grond: code as WooGrond };
    if (soort === "behouden" && (AFWIJSREDEN_CODES as readonly string[]).includes(code ?? "")) return { besluit: "behouden" as const, reden: code as Afwijsreden };
    ctx.addIssue({ code: "custom", message: "Kies weglakken met een Woo-grond of behouden met een reden." });
    return z.NEVER;
  });

export const kandidatenBeoordelingSchema = z
  .object({
    besluiten: z
      .array(z.object({ tekst: z.string().trim().min(2, "De tekst van de kandidaat ontbreekt.").max(500, "De tekst van de kandidaat is te lang."), besluit: kandidaatBesluitSchema }).strict())
      .min(1, "Er is niets te beoordelen.")
      .max(500, "Beoordeel ten hoogste 500 kandidaten tegelijk."),
  })
  .strict();
export type KandidatenBeoordeling = z.infer<typeof kandidatenBeoordelingSchema>;
