// The grounds of the Wet open overheid (art. 5.1 and 5.2) on which a passage is withheld from the
// public version, with their codes as published redactions show them (DOMAIN.md §3).
// Codes are exact: lower-case letter, no "art." prefix, no spaces ("5.1.2e", not "5.1.2 E").
// No zod here: forms in the browser read this table (the schema is in woo-grond-schema.ts).

export type WooGrondSoort = "absoluut" | "relatief" | "onevenredige_benadeling" | "beleidsopvattingen";

export const WOO_GRONDEN = [
  // Absolute grounds (art. 5.1 lid 1): never disclosed.
  { code: "5.1.1a", omschrijving: "Eenheid van de Kroon", soort: "absoluut" },
  { code: "5.1.1b", omschrijving: "Veiligheid van de Staat", soort: "absoluut" },
  { code: "5.1.1c", omschrijving: "Vertrouwelijk meegedeelde bedrijfsgegevens", soort: "absoluut" },
  { code: "5.1.1d", omschrijving: "Bijzondere persoonsgegevens", soort: "absoluut" },
  { code: "5.1.1e", omschrijving: "Identificatienummers (BSN)", soort: "absoluut" },
  // Relative grounds (art. 5.1 lid 2): weighed against the public interest, need a motivation.
  { code: "5.1.2a", omschrijving: "Internationale betrekkingen", soort: "relatief" },
  { code: "5.1.2b", omschrijving: "Economische of financiële belangen van de Staat", soort: "relatief" },
  { code: "5.1.2c", omschrijving: "Opsporing en vervolging van strafbare feiten", soort: "relatief" },
  { code: "5.1.2d", omschrijving: "Inspectie, controle en toezicht", soort: "relatief" },
  { code: "5.1.2e", omschrijving: "Eerbiediging van de persoonlijke levenssfeer", soort: "relatief" },
  { code: "5.1.2f", omschrijving: "Concurrentiegevoelige bedrijfsgegevens", soort: "relatief" },
  { code: "5.1.2g", omschrijving: "Bescherming van het milieu", soort: "relatief" },
  { code: "5.1.2h", omschrijving: "Beveiliging van personen en bedrijven", soort: "relatief" },
  { code: "5.1.2i", omschrijving: "Goed functioneren van de Staat", soort: "relatief" },
  // Art. 5.1 lid 5: never combined with another 5.1 ground on the same passage.
  { code: "5.1.5", omschrijving: "Onevenredige benadeling", soort: "onevenredige_benadeling" },
  // Art. 5.2: personal policy views in documents for internal deliberation.
  { code: "5.2", omschrijving: "Persoonlijke beleidsopvattingen", soort: "beleidsopvattingen" },
] as const satisfies readonly { code: string; omschrijving: string; soort: WooGrondSoort }[];

export type WooGrond = (typeof WOO_GRONDEN)[number]["code"];

export type WooGrondInfo = (typeof WOO_GRONDEN)[number];

/** The codes alone, in the order of the law. */
export const WOO_GROND_CODES = WOO_GRONDEN.map((g) => g.code) as unknown as readonly [WooGrond, ...WooGrond[]];

const perCode: ReadonlyMap<string, WooGrondInfo> = new Map(WOO_GRONDEN.map((g) => [g.code, g]));

/** The codes a user may choose from, as a sentence fragment for messages. */
export const WOO_GRONDEN_KEUZE = "5.1.1a–e, 5.1.2a–i, 5.1.5 of 5.2";

export function isWooGrond(value: unknown): value is WooGrond {
  return typeof value === "string" && perCode.has(value);
}

/** `Onbekende Woo-grond "5.1.9". Kies uit …`; `waar` is inserted after the code, e.g. " in regel 3". */
export function onbekendeWooGrondMelding(code: unknown, waar = ""): string {
  if (typeof code !== "string") return `Kies een Woo-grond${waar}: ${WOO_GRONDEN_KEUZE}.`;
  return `Onbekende Woo-grond "${inkorten(code)}"${waar}. Kies uit ${WOO_GRONDEN_KEUZE}.`;
}

function inkorten(tekst: string): string {
  return tekst.length > 40 ? `${tekst.slice(0, 40)}…` : tekst;
}

/** "Eerbiediging van de persoonlijke levenssfeer" for "5.1.2e". */
export function wooGrondOmschrijving(code: WooGrond): string {
  const info = perCode.get(code);
  if (!info) throw new RangeError(onbekendeWooGrondMelding(code));
  return info.omschrijving;
}

/**
 * Checks the grounds given for one passage (or one bijlage). Returns a Dutch message, or null when
 * they may stand together. Refused: the same ground twice, and 5.1.5 together with another 5.1
 * ground (DOMAIN.md §3); 5.1.5 with 5.2 is allowed. An empty list is fine here: whether a ground is
 * required at all is the caller's rule (an openbare bijlage has none).
 */
export function checkGrondenCombinatie(codes: readonly WooGrond[]): string | null {
  const gezien = new Set<WooGrond>();
  for (const code of codes) {
    if (gezien.has(code)) return `Woo-grond ${code} staat meer dan één keer bij dezelfde passage.`;
    gezien.add(code);
  }
  if (gezien.has("5.1.5")) {
    const andere = codes.filter((c) => c !== "5.1.5" && c.startsWith("5.1."));
    if (andere.length > 0) {
      return `Woo-grond 5.1.5 (onevenredige benadeling) mag niet samen met een andere grond uit artikel 5.1 (${andere.join(", ")}) bij dezelfde passage staan.`;
    }
  }
  return null;
}
