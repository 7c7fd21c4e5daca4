import "server-only";
import { systeemKlok } from "@/lib/domain/klok";
import { AppError, validationError } from "@/lib/errors";
import { mrVergaderingSchema } from "@/lib/domain/nota-schemas";
import { dagAlsDate, dagVan } from "@/lib/domain/datum";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { assertAllowed, type Caller } from "@/lib/server/notas/mutation";
import type { MrVergaderingDto } from "@/lib/server/ministerraad/list-meetings";

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
