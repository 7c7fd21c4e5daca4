// Rules of the ministerraad calendar (Reglement van orde voor de ministerraad, art. 8 and 9).
import { plusDagen } from "@/lib/domain/datum";
import { RONDZENDEN_DAGEN_VOOR_MR } from "@/lib/domain/deadlines";
import { werkdagOpOfVoor } from "@/lib/domain/werkdagen";

/** Papers go round this date at the latest: 7 days before the meeting, or the working day before that when it is a weekend day or a holiday. */
export function uiterlijkeRondzenddatum(vergaderdatum: string): string {
  return werkdagOpOfVoor(plusDagen(vergaderdatum, -RONDZENDEN_DAGEN_VOOR_MR));
}

/** True when the papers went round less than 7 days before the meeting (a motivation is needed). */
export function isTeLaatRondgezonden(rondgezondenOp: string, vergaderdatum: string): boolean {
  return rondgezondenOp > uiterlijkeRondzenddatum(vergaderdatum);
}

/** Field errors for an aanmelding, seen on `vandaag`. */
export function aanmeldFouten(opts: { vergaderdatum: string; rondgezondenOp: string; motivering: string | null; vandaag: string }): { path: string; message: string }[] {
  const fouten: { path: string; message: string }[] = [];
  if (opts.vergaderdatum < opts.vandaag) fouten.push({ path: "vergaderingId", message: "Deze vergadering is al geweest. Kies een komende vergadering." });
  if (opts.rondgezondenOp > opts.vergaderdatum) fouten.push({ path: "rondgezondenOp", message: "De stukken kunnen niet na de vergadering worden rondgezonden." });
  if (isTeLaatRondgezonden(opts.rondgezondenOp, opts.vergaderdatum) && !opts.motivering) {
    fouten.push({ path: "motivering", message: "De stukken gaan minder dan 7 dagen voor de vergadering rond: motiveer waarom de aanmelding te laat is." });
  }
  return fouten;
}
