import "server-only";
import { systeemKlok } from "@/lib/domain/klok";
import { AppError, validationError } from "@/lib/errors";
import { mrVergaderingSchema } from "@/lib/domain/nota-schemas";
import { dagAlsDate, dagIso, dagVan } from "@/lib/domain/datum";
import { vergaderingenQuerySchema } from "@/lib/domain/api-schemas";
import { db } from "@/lib/db";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { assertAllowed, type Caller } from "@/lib/server/notas/mutation";
import type { Actor } from "@/lib/domain/actor";

export interface MrVergaderingDto {
  id: string;
  datum: string;
  soort: "regulier" | "extra";
  aantalNotas: number;
}

const rangeSchema = vergaderingenQuerySchema;

/** GET /api/v1/mr-vergaderingen?van=&tot= (any signed-in official). */
export async function listMeetings(_actor: Actor, query: { van?: string | null; tot?: string | null }): Promise<MrVergaderingDto[]> {
  const parsed = rangeSchema.safeParse({ van: query.van ?? undefined, tot: query.tot ?? undefined });
  if (!parsed.success) throw validationError(parsed.error);
  const { van, tot } = parsed.data;
  const rows = await db().mrVergadering.findMany({
    where: { datum: { gte: van ? dagAlsDate(van) : undefined, lte: tot ? dagAlsDate(tot) : undefined } },
    orderBy: { datum: "asc" },
    include: { _count: { select: { agendapunten: true } } },
  });
  return rows.map((v) => ({ id: v.id, datum: dagIso(v.datum), soort: v.soort, aantalNotas: v._count.agendapunten }));
}

/** POST /api/v1/mr-vergaderingen: an extra (or missing regular) meeting, by beheerder or MR-coördinator. */
export async function addMeeting(caller: Caller, input: unknown): Promise<MrVergaderingDto> {
  assertAllowed(caller.actor, "mr.vergadering_toevoegen");
  const parsed = mrVergaderingSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const { datum, soort } = parsed.data;
  if (datum < dagVan((caller.klok ?? systeemKlok)())) {
    throw new AppError("VALIDATION_FAILED", "Een vergadering in het verleden kunt u niet toevoegen.", [{ path: "datum", message: "Kies een datum vanaf vandaag." }]);
  }
  return transaction(async (tx) => {
    const bestaand = await tx.mrVergadering.findUnique({ where: { datum: dagAlsDate(datum) } });
    if (bestaand) throw new AppError("CONFLICT", "Op deze datum staat al een vergadering.", [{ path: "datum", message: "Op deze datum staat al een vergadering." }]);
    const v = await tx.mrVergadering.create({ data: { datum: dagAlsDate(datum), soort } });
    await appendAuditEvent(tx, { actorId: caller.actor.id, actie: "mr.vergadering_toegevoegd", na: { id: v.id, datum, soort }, requestId: caller.requestId });
    return { id: v.id, datum, soort: v.soort, aantalNotas: 0 };
  });
}
