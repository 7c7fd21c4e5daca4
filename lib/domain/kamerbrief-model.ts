// The Kamerbrief as a layout-free model (DOMAIN.md §5): what goes where on the letter, derived
// from the data. The PDF and the Word renderers (lib/server/exports) only place these strings.
import { formatDag } from "@/lib/domain/datum";
import { parseText, type Inline, type TekstBlok } from "@/lib/domain/tekst";
import { retouradres, type Briefpapier } from "@/lib/domain/organisatie";

/** The Tweede Kamer's postal address, as every letter to the Kamer carries it. */
export const TWEEDE_KAMER_ADRES = ["Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Postbus 20018", "2500 EA DEN HAAG"] as const;

/**
 * The office line above the signature: "Minister van Binnenlandse Zaken en Koninkrijksrelaties" →
 * "De minister van Binnenlandse Zaken en Koninkrijksrelaties,". Only the first letter of the
 * title is lowered (the ministry keeps its capitals); a title that already starts with "De " keeps
 * its form. Null when there is no title.
 */
export function ondertekeningsfunctie(ambtstitel: string | null | undefined): string | null {
  const titel = ambtstitel?.trim().replace(/[,\s]+$/, "");
  if (!titel) return null;
  const zin = /^de\s/i.test(titel) ? `De ${titel.slice(3).trimStart()}` : `De ${titel[0]!.toLowerCase()}${titel.slice(1)}`;
  return `${zin},`;
}

/** Whether a bijlage of the nota is the Kamerbrief itself (which is not an attachment of the letter). */
export function isDeKamerbriefZelf(bijlageNaam: string): boolean {
  return /^\s*(concept[-\s]*)?(tk-brief|kamerbrief)\b/i.test(bijlageNaam);
}

export interface KamerbriefBron {
  /** The organisation's letter paper (lib/domain/organisatie.ts). */
  ministerie: Briefpapier;
  directie: string | null;
  /** "YYYY-MM-DD", the date of the letter; null while it has none. */
  datum: string | null;
  betreft: string;
  /** The letter's own number (the DMS's), not necessarily the nota's kenmerk. */
  onsKenmerk: string;
  uwKenmerk: string | null;
  /** The names of the nota's bijlagen; the letter itself is left out of the count. */
  bijlagen: readonly string[];
  aanhef: string;
  /** The body in the Markdown subset of lib/domain/tekst.ts. */
  tekst: string;
  slot: string | null;
  ondertekenaar: { naam: string; ambtstitel: string | null };
}

export interface Referentie {
  /** Bold label ("Ons kenmerk"); null for the sender lines at the top of the column. */
  kop: string | null;
  regels: string[];
}

export interface KamerbriefModel {
  /** Document title (metadata): "Kamerbrief: <betreft>". */
  titel: string;
  /** The sender at the top of the letter, beside the beeldmerk (the wordmark): the ministry. */
  afzender: string;
  /** The beeldmerk's alternative text: "Logo <ministry>". */
  beeldmerkAlt: string;
  retouradres: string | null;
  geadresseerde: readonly string[];
  referenties: Referentie[];
  /** The reference column of the second and following pages: Datum and Ons kenmerk. */
  vervolgReferenties: Referentie[];
  datum: string;
  betreft: string;
  aanhef: string;
  blokken: TekstBlok[];
  slot: string | null;
  ondertekening: { functie: string | null; naam: string };
  /** For the metadata of the file: never a person, always the ministry. */
  auteur: string;
}

export const ZONDER_DATUM = "(nog niet gedateerd)";

/**
 * A letter to the Kamer is public as sent: a passage marked not-public in its text (which makes
 * no sense there) prints as written, without markers.
 */
export function zonderPassages(blokken: readonly TekstBlok[]): TekstBlok[] {
  const los = (inlines: readonly Inline[]): Inline[] =>
    inlines.flatMap((i): Inline[] => (i.type === "tekst" ? [i] : i.type === "nietOpenbaar" ? los(i.inhoud) : [{ type: i.type, inhoud: los(i.inhoud) }]));
  return blokken.map((b): TekstBlok => (b.type === "lijst" ? { ...b, items: b.items.map(los) } : { ...b, inhoud: los(b.inhoud) }));
}

export function kamerbriefModel(bron: KamerbriefBron): KamerbriefModel {
  const m = bron.ministerie;
  const aantalBijlagen = bron.bijlagen.filter((naam) => !isDeKamerbriefZelf(naam)).length;
  const referenties: Referentie[] = [{ kop: null, regels: [m.naam, ...(bron.directie ? [bron.directie] : [])] }];
  const adres = [...m.bezoekadres, ...(m.postbus && m.postcodePlaats ? [m.postbus, m.postcodePlaats] : []), ...(m.website ? [m.website] : [])];
  if (adres.length) referenties.push({ kop: null, regels: adres });
  referenties.push({ kop: "Ons kenmerk", regels: [bron.onsKenmerk] });
  if (bron.uwKenmerk?.trim()) referenties.push({ kop: "Uw kenmerk", regels: [bron.uwKenmerk.trim()] });
  // A letter without bijlagen has no "Bijlage(n)" line (not "Bijlage(n) 0").
  if (aantalBijlagen > 0) referenties.push({ kop: "Bijlage(n)", regels: [String(aantalBijlagen)] });
  const datum = bron.datum ? formatDag(bron.datum) : ZONDER_DATUM;
  return {
    titel: `Kamerbrief: ${bron.betreft}`,
    afzender: m.naam,
    beeldmerkAlt: `Logo ${m.naam}`,
    retouradres: retouradres(m),
    geadresseerde: TWEEDE_KAMER_ADRES,
    referenties,
    vervolgReferenties: [
      { kop: "Datum", regels: [datum] },
      { kop: "Ons kenmerk", regels: [bron.onsKenmerk] },
    ],
    datum,
    betreft: bron.betreft,
    aanhef: bron.aanhef.trim() || "Geachte voorzitter,",
    blokken: zonderPassages(parseText(bron.tekst).blokken),
    slot: bron.slot?.trim() || null,
    ondertekening: { functie: ondertekeningsfunctie(bron.ondertekenaar.ambtstitel), naam: bron.ondertekenaar.naam },
    auteur: m.naam,
  };
}
