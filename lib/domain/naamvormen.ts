// Every form an official's name takes in a nota (issue 16, point 1), as regular expressions the
// public version withholds as 5.1.2e. Pure; the patterns are built per person from the typed
// reference (naam + initialen), so an ordinary word that happens to equal a surname is only taken
// where it stands as a person.
//
// Forms, for "Sanne de Vries" (initialen "S."):
//   full name                 Sanne de Vries, SANNE DE VRIES, Sanne\nde Vries       (any case)
//   initials + surname        S. de Vries, S.J. de Vries, S. J. de Vries           (any case)
//   title + surname           mw. De Vries, mevrouw de Vries, drs. S. de Vries, de heer Jansen
//   "Achternaam, Voornaam"    De Vries, Sanne; Vries, Sanne de; De Vries, S.; Jansen, P.J.
//   surname alone             De Vries, de Vries, Jansen, JANSEN — only capitalised as a name is
//                             (the core surname starts with a capital or is all capitals); the
//                             prefix in either capitalisation
//   genitive                  Jansens, Jansen's, Jansen’s, De Vries’ (on every form)
// Not taken: the surname in lower case (de bakker, een visser), a surname that is the first part of a
// compound with a lower-case word ("de Bakker-regeling", "Jansen-norm": the name of a thing, not a
// person), the same after a lower-case word and a hyphen ("motie-Jansen" names the motion; DOMAIN:
// a Kamerlid is no official) and the first name alone.

import type { Persoon } from "@/lib/domain/nota-document";

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A literal text; any run of white space matches any run of white space (a line break too). */
/** A text as a pattern: its characters literally, any run of white space as one or more. */
export const letterlijk = (tekst: string) => tekst.trim().split(/\s+/).map(escapeRe).join("\\s+");

/** Surname prefixes (tussenvoegsels), also the Arabic and Romance ones common in the Netherlands. */
export const TUSSENVOEGSELS = new Set(["van", "de", "der", "den", "het", "'t", "’t", "te", "ter", "ten", "in", "op", "aan", "bij", "uit", "el", "al", "la", "le", "du", "da", "di", "dos", "das", "del", "von", "zu", "vander", "vd"]);

/** Titles and forms of address before a name, as a regex alternation (each also with a capital). */
export const AANSPREEKVORMEN = ["mw.", "mw", "mevr.", "mevr", "mevrouw", "dhr.", "dhr", "de heer", "heer", "drs.", "mr.", "ir.", "ing.", "dr.", "prof.", "ds."];

const TITEL = `(?:${AANSPREEKVORMEN.map((t) => letterlijk(t)).join("|")})`;

export interface NaamDelen {
  /** "Sanne" (all first names: "Jan Peter"). */
  voornamen: string;
  /** "de", "van der", "el"; "" when none. */
  tussenvoegsel: string;
  /** "Vries", "Laan-de Wit", "Amrani". */
  achternaam: string;
  /** Letters of the initials: from `initialen`, else the first letter of each first name. */
  initialen: string[];
}

/** "Anne-Marie van der Laan" → voornamen "Anne-Marie", tussenvoegsel "van der", achternaam "Laan". */
export function naamDelen(p: Persoon): NaamDelen | null {
  const delen = p.naam.trim().split(/\s+/).filter(Boolean);
  if (delen.length < 2) return null;
  let i = 1;
  while (i < delen.length - 1 && !TUSSENVOEGSELS.has(delen[i]!.toLowerCase())) i++;
  let j = i;
  while (j < delen.length - 1 && TUSSENVOEGSELS.has(delen[j]!.toLowerCase())) j++;
  // No prefix found: the last word is the surname.
  if (i === delen.length - 1 && !TUSSENVOEGSELS.has(delen[i]!.toLowerCase())) j = i;
  const voornamen = delen.slice(0, i).join(" ");
  const tussenvoegsel = delen.slice(i, j).join(" ");
  const achternaam = delen.slice(j).join(" ");
  const uitInitialen = [...(p.initialen ?? "").matchAll(/\p{L}/gu)].map((m) => m[0]);
  const initialen = uitInitialen.length > 0 ? uitInitialen : voornamen.split(/[\s-]+/).map((v) => v[0]!).filter(Boolean);
  return { voornamen, tussenvoegsel, achternaam, initialen };
}

/** Case-insensitive for one literal inside a case-sensitive pattern: "de" → "[dD][eE]". */
function eenderWelkeHoofdletter(tekst: string): string {
  return tekst
    .trim()
    .split(/\s+/)
    .map((w) =>
      [...w]
        .map((c) => {
          const k = c.toLowerCase();
          const g = c.toUpperCase();
          return k === g ? escapeRe(c) : `[${k}${g}]`;
        })
        .join(""),
    )
    .join("\\s+");
}

/** "van der" → "Van der" (the first letter a capital, as at the start of a name). */
function hoofdletterEerst(tussenvoegsel: string): string {
  const t = tussenvoegsel.trim();
  return letterlijk(t.charAt(0).toUpperCase() + t.slice(1));
}

/** The core surname as a name is written: "Vries" or "VRIES" (not "vries"); each part of "Laan-de Wit" likewise. */
function alsNaam(achternaam: string): string {
  const vormen = [achternaam, achternaam.toUpperCase()];
  if (achternaam[0] && achternaam[0] !== achternaam[0].toUpperCase()) vormen.push(achternaam[0].toUpperCase() + achternaam.slice(1));
  return `(?:${[...new Set(vormen)].map(letterlijk).join("|")})`;
}

const VOOR = "(?<![\\p{L}\\p{N}])";
/** A genitive may follow any form: Jansens, Jansen's, Jansen’s (De Vries’ ends before the apostrophe). */
const GENITIEF = "(?:['’]?s)?";
const NA = "(?![\\p{L}\\p{N}])";
/** Not the first part of a compound with a lower-case word: "Bakker-regeling". */
const GEEN_SAMENSTELLING = "(?![-‐‑][\\p{Ll}])";
/** Not after "motie-", "wet-": the name of a thing. */
const NIET_NA_KOPPELTEKEN = "(?<![\\p{Ll}][-‐‑])";

/** Words that are capitalised in names of institutions and places; as a surname alone they need a person's context. */
export const INSTITUTIONELE_WOORDEN = new Set(["kamer", "raad", "staat", "staten", "rijk", "koning", "koningin", "kroon", "wet", "minister", "hof", "college", "bureau", "dienst", "directie", "commissie", "haag", "holland", "brabant", "zeeland", "noord", "zuid", "oost", "west", "berg", "laan", "plein", "huis", "poort", "kerk", "markt", "veld", "bos", "brug", "dijk", "haven", "meer"]);
/** Words before a surname that make it a person: "met Jansen", "namens Jansen". */
const PERSOON_VOOR = `(?:${["met", "door", "namens", "volgens", "via", "collega", "aan", "bij", "van", "voor", "en", "of", "zonder", "tussen", "cc"].map((w) => [...w].map((c) => `[${c}${c.toUpperCase()}]`).join("")).join("|")}):?`;
/** Verbs after a surname that make it a person: "Jansen heeft", "Jansen adviseert". */
const PERSOON_NA = "(?:heeft|had|is|was|zal|zou|kan|kon|wil|wilde|moet|stelt|stelde|meldt|meldde|adviseert|adviseerde|vindt|vond|zegt|zei|schrijft|schreef|merkt|merkte|belt|belde|mailt|mailde|vraagt|vroeg|geeft|gaf|neemt|nam|bevestigt|bevestigde|stuurt|stuurde|deelt|deelde|wijst|wees|gaat|ging|komt|kwam)";

export interface NaamPatroon {
  vorm: "volledig" | "initialen" | "titel" | "achternaam_voornaam" | "achternaam";
  re: RegExp;
}

/** The patterns for one official, most specific first. Empty for a name of one word. */
export function naamPatronen(p: Persoon): NaamPatroon[] {
  const d = naamDelen(p);
  const uit: NaamPatroon[] = [];
  const naam = p.naam.trim();
  if (naam.length < 2) return uit;
  const ci = (bron: string) => new RegExp(bron, "giu");
  const cs = (bron: string) => new RegExp(bron, "gu");
  uit.push({ vorm: "volledig", re: ci(VOOR + letterlijk(naam) + GENITIEF + NA) });
  if (!d) return uit;
  const tv = d.tussenvoegsel ? `${letterlijk(d.tussenvoegsel)}\\s+` : "";
  const achternaamCi = tv + letterlijk(d.achternaam);
  const initialen = d.initialen.length ? d.initialen.map((l) => `${escapeRe(l)}\\.\\s*`).join("") : null;
  if (initialen) uit.push({ vorm: "initialen", re: ci(VOOR + initialen + achternaamCi + GENITIEF + NA) });
  // Title + (first name | initials)? + surname: "mevrouw de Vries", "drs. S. de Vries", "prof. dr. Jansen".
  const tussen = `(?:(?:${letterlijk(d.voornamen)}|${initialen ?? "(?!)"}|(?:\\p{L}\\.\\s*)+)\\s*)?`;
  uit.push({ vorm: "titel", re: ci(VOOR + `${TITEL}\\s*(?:${TITEL}\\s*)*` + tussen + achternaamCi + GENITIEF + NA) });
  // "Achternaam, Voornaam" and "Achternaam, V.": with the prefix before the surname or after the first name.
  const na = `(?:${letterlijk(d.voornamen)}|${initialen ? initialen.replace(/\\s\*$/, "") : "(?!)"}|(?:\\p{L}\\.\\s*)+)`;
  const omgekeerd = [`${achternaamCi},\\s*${na}`];
  if (d.tussenvoegsel) omgekeerd.push(`${letterlijk(d.achternaam)},\\s*${na}(?:\\s*${letterlijk(d.tussenvoegsel)})?`);
  uit.push({ vorm: "achternaam_voornaam", re: ci(VOOR + `(?:${omgekeerd.join("|")})` + NA) });
  // The surname alone, written as a name. A surname that is also a word written with a capital in
  // the names of institutions ("Kamer", "Raad") only where the context makes it a person.
  const prefix = d.tussenvoegsel ? `(?:${eenderWelkeHoofdletter(d.tussenvoegsel)}\\s+)?` : "";
  // Initials before it go with it, whichever they are ("P.J. Jansen" for Pieter Jansen "P."): left
  // standing beside the redaction they would still point at the person.
  const kern = NIET_NA_KOPPELTEKEN + VOOR + "(?:(?:\\p{Lu}\\.\\s*){1,4})?" + prefix + alsNaam(d.achternaam) + GENITIEF + NA + GEEN_SAMENSTELLING;
  if (!INSTITUTIONELE_WOORDEN.has(d.achternaam.toLowerCase())) uit.push({ vorm: "achternaam", re: cs(kern) });
  else {
    // A person's context: "met Berg", "Berg (DWJZ)", "Berg heeft", a list of names ("Laan, Berg en
    // Amrani"), or the prefix with a capital ("De Koning", not "de Koning", the King).
    const lijstNa = "\\s*,\\s*\\p{Lu}\\p{Ll}|\\s+en\\s+\\p{Lu}\\p{Ll}";
    const lijstVoor = "(?<=\\p{Lu}[\\p{Ll}'’]+,\\s*|\\p{Lu}[\\p{Ll}'’]+\\s+en\\s+)";
    const hoofdPrefix = d.tussenvoegsel ? `|${NIET_NA_KOPPELTEKEN}${VOOR}${hoofdletterEerst(d.tussenvoegsel)}\\s+${alsNaam(d.achternaam)}${GENITIEF}${NA}${GEEN_SAMENSTELLING}` : "";
    // Inside a sentence, after a lower-case word that is no article and before no capitalised word:
    // "gemeenten Koning beleid" is a person; "de Koning", "de Tweede Kamer", "Den Haag" are not.
    // Without the prefix: in "schreef de Koning" the "de" is the article, not the official's prefix.
    const kernZonderPrefix = NIET_NA_KOPPELTEKEN + VOOR + "(?:(?:\\p{Lu}\\.\\s*){1,4})?" + alsNaam(d.achternaam) + GENITIEF + NA + GEEN_SAMENSTELLING;
    const inZin = `|(?<=(?:(?<![\\p{L}])\\p{Ll}+|[\\p{N},;:])\\s+)(?<!(?:^|[^\\p{L}])(?:[dD]e|[hH]et|[dD]er|[dD]en|[eE]en|[dD]es)\\s+)${kernZonderPrefix}(?!\\s+\\p{Lu})`;
    uit.push({ vorm: "achternaam", re: cs(`(?:(?<=(?<![\\p{L}])${PERSOON_VOOR}\\s+)${kern}|${lijstVoor}${kern}|${kern}(?=\\s*\\(\\p{Lu}{2,}\\)|\\s+${PERSOON_NA}${NA}|${lijstNa})${hoofdPrefix}${inZin})`) });
  }
  return uit;
}

/** The forms of a kept name (a bewindspersoon in their public role): full name, initials + surname, office + surname. */
export function behoudenPatronen(naam: string): RegExp[] {
  const d = naamDelen({ naam });
  const uit = [new RegExp(VOOR + letterlijk(naam) + GENITIEF + NA, "giu")];
  if (!d) return uit;
  const achternaam = (d.tussenvoegsel ? `${letterlijk(d.tussenvoegsel)}\\s+` : "") + letterlijk(d.achternaam);
  const ambt = "(?:minister(?:-president)?|staatssecretaris|premier|bewindspersoon|bewindsvrouw|bewindsman)";
  uit.push(new RegExp(VOOR + `${ambt}\\s+` + achternaam + GENITIEF + NA, "giu"));
  return uit;
}
