// The ministerraad's year (issue 14): regular meetings on Fridays (Reglement van orde, art. 8),
// except on a national holiday and during the summer recess the mr_coordinator sets per year.
// A meeting that falls out is dropped, or moved by adding an extra meeting on another day.
import { vrijdagenVan } from "@/lib/domain/datum";
import { dagSchema, z } from "@/lib/domain/validatie";
import { feestdag } from "@/lib/domain/werkdagen";

/** The summer recess of one year: no regular meeting in [van, tot]. */
export interface Reces {
  jaar: number;
  van: string;
  tot: string;
}

/** Why there is no regular meeting on this Friday, or null when there is one. */
export function geenVergaderingReden(vrijdag: string, reces: Pick<Reces, "van" | "tot"> | null): string | null {
  const naam = feestdag(vrijdag);
  if (naam) return naam;
  if (reces && vrijdag >= reces.van && vrijdag <= reces.tot) return "zomerreces";
  return null;
}

/** The dates of the regular meetings of a year: every Friday but holidays and the recess. */
export function reguliereVergaderdata(jaar: number, reces: Pick<Reces, "van" | "tot"> | null): string[] {
  return vrijdagenVan(jaar).filter((d) => geenVergaderingReden(d, reces) === null);
}

/** The Fridays of a year without a regular meeting, with the reason. */
export function vervallenVrijdagen(jaar: number, reces: Pick<Reces, "van" | "tot"> | null): { datum: string; reden: string }[] {
  return vrijdagenVan(jaar).flatMap((datum) => {
    const reden = geenVergaderingReden(datum, reces);
    return reden ? [{ datum, reden }] : [];
  });
}

export const recesSchema = z
  .object({
    jaar: z.coerce.number({ error: "Geef het jaar." }).int("Geef een jaartal.").min(2000, "Geef een jaartal vanaf 2000.").max(2100, "Geef een jaartal tot 2100."),
    van: dagSchema,
    tot: dagSchema,
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.tot < r.van) ctx.addIssue({ code: "custom", path: ["tot"], message: "Het reces eindigt niet voor het begint." });
    for (const k of ["van", "tot"] as const) {
      if (Number(r[k].slice(0, 4)) !== r.jaar) ctx.addIssue({ code: "custom", path: [k], message: `Kies een datum in ${r.jaar}.` });
    }
  });
