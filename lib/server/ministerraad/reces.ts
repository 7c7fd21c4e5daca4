import "server-only";
import { systeemKlok } from "@/lib/domain/klok";
// The summer recess of the ministerraad, set per year by the mr_coordinator (audited), and the
// regular meetings that follow from it and from the holidays: every Friday that is neither.
import { AppError, validationError } from "@/lib/errors";
import { dagAlsDate, dagIso, dagVan, formatDag } from "@/lib/domain/datum";
import { geenVergaderingReden, recesSchema, reguliereVergaderdata, type Reces } from "@/lib/domain/mr-kalender";
import { vrijdagenVan } from "@/lib/domain/datum";
import { db } from "@/lib/db";
import { transaction, type Tx } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { assertAllowed, type Caller } from "@/lib/server/notas/mutation";

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

/** The mr_coordinator sets (or changes) the summer recess of a year. */
export async function setReces(caller: Caller, input: unknown): Promise<Reces & { vervallen: string[] }> {
  assertAllowed(caller.actor, "mr.reces_instellen");
  const parsed = recesSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const r = parsed.data;
  return transaction(async (tx) => {
    const voor = await tx.mrReces.findUnique({ where: { jaar: r.jaar } });
    const nu = (caller.klok ?? systeemKlok)();
    const vandaag = dagVan(nu);
    // A meeting in the recess that already has agendapunten cannot silently disappear.
    const bezet = await tx.mrVergadering.findMany({
      where: { soort: "regulier", datum: { gte: dagAlsDate(r.van > vandaag ? r.van : vandaag), lte: dagAlsDate(r.tot) }, agendapunten: { some: {} } },
      orderBy: { datum: "asc" },
    });
    const inReces = bezet.filter((v) => geenVergaderingReden(dagIso(v.datum), r) === "zomerreces");
    if (inReces.length) {
      throw new AppError(
        "CONFLICT",
        `In dit reces valt een vergadering met agendapunten (${inReces.map((v) => formatDag(dagIso(v.datum))).join(", ")}). Verplaats die nota's eerst naar een andere vergadering.`,
        [{ path: "van", message: "Er staan nog nota's op een vergadering in deze periode." }],
      );
    }
    await tx.mrReces.upsert({ where: { jaar: r.jaar }, create: { jaar: r.jaar, van: dagAlsDate(r.van), tot: dagAlsDate(r.tot), vastgelegdDoor: caller.actor.id }, update: { van: dagAlsDate(r.van), tot: dagAlsDate(r.tot), vastgelegdDoor: caller.actor.id, vastgelegdOp: nu } });
    const uit = await lijnReguliereVergaderingenUit(tx, r.jaar, r, vandaag);
    await appendAuditEvent(tx, {
      actorId: caller.actor.id,
      actie: "mr.reces_vastgelegd",
      voor: voor ? { jaar: voor.jaar, van: dagIso(voor.van), tot: dagIso(voor.tot) } : null,
      na: { jaar: r.jaar, van: r.van, tot: r.tot, vervallen: uit.verwijderd, toegevoegd: uit.toegevoegd },
      requestId: caller.requestId,
    });
    return { ...r, vervallen: uit.verwijderd };
  });
}
