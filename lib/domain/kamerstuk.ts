// The Tweede Kamer's numbers for a sent letter, and the citation and link derived from them:
// "Kamerstukken II 2024/25, 29 362, nr. 385" and https://zoek.officielebekendmakingen.nl/kst-29362-385.html
import { z } from "@/lib/domain/validatie";

export const tkDocumentnummerSchema = z.string().trim().regex(/^\d{4}D\d{5}$/, "Een TK-documentnummer ziet eruit als 2025D31349.");
export const tkZaaknummerSchema = z.string().trim().regex(/^\d{4}Z\d{5}$/, "Een TK-zaaknummer ziet eruit als 2025Z13826.");
/** A dossier number, optionally with a chapter suffix: "29362", "29 362", "36200-VII". */
export const dossiernummerSchema = z
  .string()
  .trim()
  .transform((s) => s.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{1,6}(-[A-Z0-9]{1,8})?$/, "Een dossiernummer is een getal, eventueel met een toevoeging (29 362 of 36 200-VII)."));
export const ondernummerSchema = z.coerce.number({ error: "Het ondernummer is een getal." }).int("Het ondernummer is een geheel getal.").positive("Het ondernummer is positief.");
export const vergaderjaarSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{4}$/, "Schrijf het vergaderjaar als 2024-2025.")
  .refine((s) => Number(s.slice(5)) === Number(s.slice(0, 4)) + 1, "Het vergaderjaar loopt over twee opeenvolgende jaren, zoals 2024-2025.");

export interface Kamerstuknummers {
  dossiernummer: string;
  ondernummer: number;
  vergaderjaar: string;
}

/** "29362" → "29 362"; "36200-VII" → "36 200-VII" (plain spaces, as the TK prints them). */
export function formatDossiernummer(dossier: string): string {
  const [nummer = "", toevoeging] = dossier.replace(/\s+/g, "").split("-", 2);
  const grouped = nummer.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return toevoeging ? `${grouped}-${toevoeging}` : grouped;
}

/** "2024-2025" → "2024/25". */
export function formatVergaderjaar(vergaderjaar: string): string {
  return `${vergaderjaar.slice(0, 4)}/${vergaderjaar.slice(7, 9)}`;
}

export function kamerstukCitaat(n: Kamerstuknummers): string {
  return `Kamerstukken II ${formatVergaderjaar(n.vergaderjaar)}, ${formatDossiernummer(n.dossiernummer)}, nr. ${n.ondernummer}`;
}

export function kamerstukUrl(n: Pick<Kamerstuknummers, "dossiernummer" | "ondernummer">): string {
  return `https://zoek.officielebekendmakingen.nl/kst-${n.dossiernummer.replace(/\s+/g, "")}-${n.ondernummer}.html`;
}

/** Kenmerk of a nota: "BZK-2025-000123". */
export function formatKenmerk(prefix: string, jaar: number, volgnummer: number): string {
  return `${prefix}-${jaar}-${String(volgnummer).padStart(6, "0")}`;
}

export const KENMERK_PATROON = /^[A-Z]{2,6}-\d{4}-\d{6}$/;
