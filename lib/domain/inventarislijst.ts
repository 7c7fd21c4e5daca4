// The inventarislijst of a publication (issue 16, point 4): the Woo's inventory of the documents
// the decision covers, one row per document: number, title, date, decision (openbaar, deels
// openbaar, niet openbaar, reeds openbaar), the grounds, and a remark (where a document that is
// already public can be found, why a file could not be published). Pure: rows and the CSV.
import { formatDag } from "@/lib/domain/datum";
import { WOO_GROND_CODES, type WooGrond } from "@/lib/domain/woo-gronden";

export type Openbaarheid = "openbaar" | "deels_openbaar" | "niet_openbaar" | "reeds_openbaar";

export const OPENBAARHEID_LABELS: Record<Openbaarheid, string> = {
  openbaar: "Openbaar",
  deels_openbaar: "Deels openbaar",
  niet_openbaar: "Niet openbaar",
  reeds_openbaar: "Reeds openbaar",
};

export interface InventarisRij {
  nummer: number;
  titel: string;
  /** "YYYY-MM-DD" or null. */
  datum: string | null;
  besluit: Openbaarheid;
  gronden: readonly WooGrond[];
  opmerking: string | null;
  /** The file in the package, when one is published. */
  bestandsnaam: string | null;
}

/** Grounds in the order of the law, each once. */
export function grondenOpVolgorde(codes: Iterable<WooGrond>): WooGrond[] {
  const set = new Set(codes);
  return WOO_GROND_CODES.filter((c) => set.has(c));
}

export const INVENTARIS_KOLOMMEN = ["Nummer", "Document", "Datum", "Besluit", "Gronden", "Opmerking", "Bestand"] as const;

/** One row as the columns of the list, dates as "1 juli 2025". */
export function inventarisCellen(r: InventarisRij): string[] {
  return [String(r.nummer), r.titel, r.datum ? formatDag(r.datum) : "", OPENBAARHEID_LABELS[r.besluit], r.gronden.join(", "), r.opmerking ?? "", r.bestandsnaam ?? ""];
}

const csvCel = (s: string) => (/[",;\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** RFC 4180 CSV (comma, CRLF, UTF-8 with a byte order mark so spreadsheet programs read the accents). */
export function inventarisCsv(rijen: readonly InventarisRij[]): string {
  const regels = [INVENTARIS_KOLOMMEN.join(","), ...rijen.map((r) => inventarisCellen(r).map(csvCel).join(","))];
  return `\uFEFF${regels.join("\r\n")}\r\n`;
}
