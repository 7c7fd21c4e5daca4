// Planning backwards from the MR date (DOMAIN.md §6): the papers go round 7 days before the
// meeting, so the minister decides before that, and each paraaf group before the minister.
import { plusDagen } from "@/lib/domain/datum";
import { plusWerkdagen, werkdagOpOfVoor, werkdagenTussen } from "@/lib/domain/werkdagen";

export const RONDZENDEN_DAGEN_VOOR_MR = 7;
/** Working days the minister (and the bureau) get before the papers go round. */
export const BEWINDSPERSOON_WERKDAGEN = 2;
/** Working days each paraaf group gets. */
export const PARAAF_WERKDAGEN = 2;
/** A deadline this many working days away or closer is "krap". */
export const KRAP_WERKDAGEN = 2;

export type Risico = "op_schema" | "krap" | "te_laat";

export const risicoLabels: Record<Risico, string> = { op_schema: "Op schema", krap: "Krap", te_laat: "Te laat" };

export interface Deadlineketen {
  /** The MR date, when the nota goes to the MR. */
  mrDatum: string | null;
  /** MR date − 7 days (the working day before it when that is a weekend day or a holiday). */
  rondzenddatum: string | null;
  /** When the bewindspersoon must have decided. */
  bewindspersoon: string | null;
  /** Per paraaf volgorde (1 = first), its due date. */
  paraaf: Record<number, string>;
}

/**
 * The chain back from the MR date, or from the uiterste beslisdatum when there is no MR date.
 * `volgordes` are the paraaf groups of the route; explicit step deadlines override these per step.
 */
export function deadlineketen(opts: { mrDatum?: string | null; uitersteBeslisdatum?: string | null; volgordes: readonly number[] }): Deadlineketen {
  const mrDatum = opts.mrDatum ?? null;
  // 7 days before the meeting; on a weekend or holiday the working day before it.
  const rondzenddatum = mrDatum ? werkdagOpOfVoor(plusDagen(mrDatum, -RONDZENDEN_DAGEN_VOOR_MR)) : null;
  const bewindspersoon = rondzenddatum ? plusWerkdagen(rondzenddatum, -BEWINDSPERSOON_WERKDAGEN) : (opts.uitersteBeslisdatum ?? null);
  const paraaf: Record<number, string> = {};
  if (bewindspersoon) {
    const groepen = [...new Set(opts.volgordes)].sort((a, b) => b - a); // last group first
    let due = plusWerkdagen(bewindspersoon, -PARAAF_WERKDAGEN);
    for (const v of groepen) {
      paraaf[v] = due;
      due = plusWerkdagen(due, -PARAAF_WERKDAGEN);
    }
  }
  return { mrDatum, rondzenddatum, bewindspersoon, paraaf };
}

/** The risk state of an open task due on `deadline`, seen on `vandaag`. */
export function risico(deadline: string | null, vandaag: string): Risico {
  if (!deadline) return "op_schema";
  if (vandaag > deadline) return "te_laat";
  return werkdagenTussen(vandaag, deadline) <= KRAP_WERKDAGEN ? "krap" : "op_schema";
}

/** "nog 3 werkdagen", "vandaag", "2 werkdagen geleden" — for countdowns. */
export function aftellen(doel: string, vandaag: string): string {
  if (doel === vandaag) return "vandaag";
  const n = werkdagenTussen(vandaag, doel);
  if (n === 0) return doel > vandaag ? "na het weekend" : "afgelopen weekend";
  if (n > 0) return n === 1 ? "nog 1 werkdag" : `nog ${n} werkdagen`;
  return n === -1 ? "1 werkdag geleden" : `${-n} werkdagen geleden`;
}
