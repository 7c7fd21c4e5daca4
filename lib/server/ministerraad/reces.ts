// The summer recess of the ministerraad on record per year (set with set-reces.ts) and the regular
// meetings that follow from it and from the holidays: every Friday that is neither.
import "server-only";
import { dagAlsDate, dagIso, vrijdagenVan } from "@/lib/domain/datum";
import { reguliereVergaderdata, type Reces } from "@/lib/domain/mr-kalender";
import { db } from "@/lib/db";
import { type Tx } from "@/lib/server/tx";

/** The recesses on record, by year. */
export async function listReces(): Promise<Reces[]> {
  const rows = await db().mrReces.findMany({ orderBy: { jaar: "asc" } });
  return rows.map((r) => ({ jaar: r.jaar, van: dagIso(r.van), tot: dagIso(r.tot) }));
}

/**
 * Brings the regular meetings of `jaar` (from `vanaf` on) in line with the calendar: a regular
 * meeting on a holiday or in the recess without agendapunten goes; one with agendapunten stays and
 * is reported; every other Friday gets its regular meeting. Extra meetings are never touched.
 */
export async function lijnReguliereVergaderingenUit(tx: Tx, jaar: number, reces: Pick<Reces, "van" | "tot"> | null, vanaf: string): Promise<{ verwijderd: string[]; toegevoegd: string[]; bezet: string[] }> {
  const gewenst = new Set(reguliereVergaderdata(jaar, reces).filter((d) => d >= vanaf));
  const vrijdagen = vrijdagenVan(jaar).filter((d) => d >= vanaf);
  const bestaand = await tx.mrVergadering.findMany({
    where: { datum: { in: vrijdagen.map(dagAlsDate) } },
    include: { _count: { select: { agendapunten: true } } },
  });
  const bestaandeData = new Map(bestaand.map((v) => [dagIso(v.datum), v]));
  const verwijderd: string[] = [];
  const bezet: string[] = [];
  for (const v of bestaand) {
    const datum = dagIso(v.datum);
    if (v.soort !== "regulier" || gewenst.has(datum)) continue;
    if (v._count.agendapunten > 0) bezet.push(datum);
    else verwijderd.push(datum);
  }
  if (verwijderd.length) await tx.mrVergadering.deleteMany({ where: { datum: { in: verwijderd.map(dagAlsDate) }, soort: "regulier", agendapunten: { none: {} } } });
  const toegevoegd = [...gewenst].filter((d) => !bestaandeData.has(d));
  if (toegevoegd.length) await tx.mrVergadering.createMany({ data: toegevoegd.map((d) => ({ datum: dagAlsDate(d), soort: "regulier" as const })), skipDuplicates: true });
  return { verwijderd, toegevoegd, bezet };
}

