// The mr_coordinator sets (or changes) the summer recess of a year: the regular meetings in it go,
// those a shorter recess gives back return (audited). A meeting with notas on it is never dropped.
import "server-only";
import { systeemKlok } from "@/lib/domain/klok";
import { AppError, validationError } from "@/lib/errors";
import { dagAlsDate, dagIso, dagVan, formatDag } from "@/lib/domain/datum";
import { geenVergaderingReden, recesSchema, type Reces } from "@/lib/domain/mr-kalender";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { assertAllowed, type Caller } from "@/lib/server/notas/mutation";
import { lijnReguliereVergaderingenUit } from "@/lib/server/ministerraad/reces";

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
