// The organisation a deployment is (issue 14, "any ministry"): name, abbreviation (the kenmerk
// prefix), the postal and visiting address, the website and the beeldmerk. Data the beheerder
// edits on Beheer; the letter paper is made from it, never from a table in the code.

export interface Briefpapier {
  /** "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties". */
  naam: string;
  /** "BZK": the kenmerk prefix. */
  afkorting: string;
  /** "Postbus 20011". */
  postbus: string | null;
  /** "2500 EA Den Haag". */
  postcodePlaats: string | null;
  /** Visiting address lines: ["Turfmarkt 147", "2511 DP Den Haag"]. */
  bezoekadres: string[];
  /** "www.rijksoverheid.nl". */
  website: string | null;
}

/** The beeldmerk's box on the letter paper (Rijkshuisstijl): 13 × 37.125 mm, centred, from the top edge. */
export const BEELDMERK_MM = { breedte: 13, hoogte: 37.125 } as const;

/** The media types a beeldmerk may have. */
export const LOGO_TYPES = ["image/png", "image/svg+xml"] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

// (the zod schema for the beheerder's form is in organisatie-schema.ts: the browser reads this module)

/** "Retouradres Postbus 20011 2500 EA Den Haag", or null without a postal address. */
export function retouradres(p: Pick<Briefpapier, "postbus" | "postcodePlaats">): string | null {
  return p.postbus && p.postcodePlaats ? `Retouradres ${p.postbus} ${p.postcodePlaats}` : null;
}

/** The visiting address as stored (one text, newlines) → its lines. */
export function adresregels(tekst: string | null | undefined): string[] {
  return (tekst ?? "")
    .split(/\r?\n/)
    .map((r) => r.trim())
    .filter(Boolean);
}

/** Recognises a PNG or SVG by its content (never by the name or the declared type). */
export function logoTypeVan(bytes: Uint8Array): LogoType | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length > 8 && png.every((b, i) => bytes[i] === b)) return "image/png";
  const kop = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, "").trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(kop)) return "image/svg+xml";
  return null;
}
