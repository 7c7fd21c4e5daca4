// Beheer: the organisation's name, abbreviation (the kenmerk prefix) and addresses (audited).
import "server-only";
import { laadMinisterie } from "@/lib/server/organisatie/organisatie";
import { AppError, validationError } from "@/lib/errors";
import { organisatieSchema } from "@/lib/domain/organisatie-schema";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { assertRole, type Caller } from "@/lib/server/notas/mutation";

/** Beheer: the organisation's name, afkorting (kenmerk prefix), addresses and website. */
export async function updateOrganisatie(caller: Caller, id: string, input: unknown): Promise<void> {
  assertRole(caller.actor, "gebruikers.beheren");
  const parsed = organisatieSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const data = parsed.data;
  await transaction(async (tx) => {
    const voor = await laadMinisterie(tx, id);
    const dubbel = await tx.organisatieonderdeel.findFirst({ where: { soort: "ministerie", afkorting: data.afkorting, NOT: { id } }, select: { id: true } });
    if (dubbel) throw new AppError("CONFLICT", "Een andere organisatie heeft deze afkorting al.", [{ path: "afkorting", message: "Deze afkorting is al in gebruik." }]);
    await tx.organisatieonderdeel.update({ where: { id }, data });
    const velden = (o: typeof voor | typeof data) => ({ naam: o.naam, afkorting: o.afkorting, postbus: o.postbus, postcodePlaats: o.postcodePlaats, bezoekadres: o.bezoekadres, website: o.website });
    await appendAuditEvent(tx, { actorId: caller.actor.id, actie: "organisatie.gewijzigd", voor: velden(voor), na: { id, ...velden(data) }, requestId: caller.requestId });
  });
}
