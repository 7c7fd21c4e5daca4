// The Kamerbrief as a layout-free model (DOMAIN.md §5): what goes where on the letter, derived
// from the data. The PDF and the Word renderers (lib/server/exports) only place these strings.
import { formatDag } from "@/lib/domain/datum";
import { parseTekst, type Inline, type TekstBlok } from "@/lib/domain/tekst";

/** The Tweede Kamer's postal address, as every letter to the Kamer carries it. */
export const TWEEDE_KAMER_ADRES = ["Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Postbus 20018", "2500 EA DEN HAAG"] as const;

export interface Postadres {
  postbus: string;
  postcodePlaats: string;
}

/**
 * Postal addresses of ministries, by TOOI URI. Only what we know for certain; a ministry that is
 * not listed gets a letter without retouradres and postal lines (add it here).
 */
export const MINISTERIE_POSTADRESSEN: Readonly<Record<string, Postadres>> = {
  // Binnenlandse Zaken en Koninkrijksrelaties
  "https://identifier.overheid.nl/tooi/id/ministerie/mnre1034": { postbus: "Postbus 20011", postcodePlaats: "2500 EA Den Haag" },
};

export function postadresVan(tooiUri: string | null | undefined): Postadres | null {
  return (tooiUri && MINISTERIE_POSTADRESSEN[tooiUri]) || null;
}

/** "Retouradres Postbus 20011 2500 EA Den Haag". */
export function retouradresRegel(adres: Postadres): string {
  return `Retouradres ${adres.postbus} ${adres.postcodePlaats}`;
}

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
  ministerie: { naam: string; tooiUri: string | null };
  directie: string | null;
  /** "YYYY-MM-DD", the date of the letter; null while it has none. */
  datum: string | null;
  betreft: string;
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
  /** The sender at the top of the letter: the ministry. */
  afzender: string;
  retouradres: string | null;
  geadresseerde: readonly string[];
  referenties: Referentie[];
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
  const adres = postadresVan(bron.ministerie.tooiUri);
  const aantalBijlagen = bron.bijlagen.filter((naam) => !isDeKamerbriefZelf(naam)).length;
  const referenties: Referentie[] = [{ kop: null, regels: [bron.ministerie.naam, ...(bron.directie ? [bron.directie] : [])] }];
  if (adres) referenties.push({ kop: null, regels: [adres.postbus, adres.postcodePlaats] });
  referenties.push({ kop: "Ons kenmerk", regels: [bron.onsKenmerk] });
  if (bron.uwKenmerk?.trim()) referenties.push({ kop: "Uw kenmerk", regels: [bron.uwKenmerk.trim()] });
  referenties.push({ kop: "Bijlage(n)", regels: [String(aantalBijlagen)] });
  return {
    titel: `Kamerbrief: ${bron.betreft}`,
    afzender: bron.ministerie.naam,
    retouradres: adres ? retouradresRegel(adres) : null,
    geadresseerde: TWEEDE_KAMER_ADRES,
    referenties,
    datum: bron.datum ? formatDag(bron.datum) : ZONDER_DATUM,
    betreft: bron.betreft,
    aanhef: bron.aanhef.trim() || "Geachte voorzitter,",
    blokken: zonderPassages(parseTekst(bron.tekst).blokken),
    slot: bron.slot?.trim() || null,
    ondertekening: { functie: ondertekeningsfunctie(bron.ondertekenaar.ambtstitel), naam: bron.ondertekenaar.naam },
    auteur: bron.ministerie.naam,
  };
}
