import "server-only";
import { AppError, validationError } from "@/lib/errors";
import { vervangingSchema } from "@/lib/domain/nota-schemas";
import { dagAlsDate, dagVan, formatDag } from "@/lib/domain/datum";
import { queueMail } from "@/lib/server/outbox/queue";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import type { Caller } from "@/lib/server/notas/mutation";

/** POST /api/v1/vervangingen: the actor names a vervanger for a date range (beheerders for anyone). */
export async function setVervanging(caller: Caller, input: unknown, voorGebruikerId?: string) {
  const { actor } = caller;
  const parsed = vervangingSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const gebruikerId = voorGebruikerId ?? actor.id;
  if (gebruikerId !== actor.id && !actor.rollen.includes("beheerder")) throw new AppError("FORBIDDEN", "U kunt alleen voor uzelf een vervanger aanwijzen.");
  const { vervangerId, van, tot } = parsed.data;
  if (vervangerId === gebruikerId) throw new AppError("VALIDATION_FAILED", "U kunt uzelf niet vervangen.", [{ path: "vervangerId", message: "Kies een collega." }]);
  return transaction(async (tx) => {
    const vervanger = await tx.gebruiker.findUnique({ where: { id: vervangerId } });
    if (!vervanger || !vervanger.actief) throw new AppError("VALIDATION_FAILED", "Deze vervanger bestaat niet.", [{ path: "vervangerId", message: "Kies een bestaande collega." }]);
    if (dagAlsDate(tot) < dagAlsDate(dagVan(new Date()))) throw new AppError("VALIDATION_FAILED", "Deze periode is al voorbij.", [{ path: "tot", message: "Kies een einddatum vanaf vandaag." }]);
    const row = await tx.vervanging.create({ data: { gebruikerId, vervangerId, van: dagAlsDate(van), tot: dagAlsDate(tot) } });
    if (vervanger.mailBijVervanging) {
      const wie = await tx.gebruiker.findUniqueOrThrow({ where: { id: gebruikerId }, select: { naam: true } });
      await queueMail(tx, [{ email: vervanger.email, naam: vervanger.naam }], {
        onderwerp: `[Beslisroute] U vervangt ${wie.naam}`,
        tekst: `U bent vervanger van ${wie.naam} van ${formatDag(van)} tot en met ${formatDag(tot)}. In die periode staan de taken van ${wie.naam} ook bij u in Mijn taken.`,
      });
    }
    await appendAuditEvent(tx, { actorId: actor.id, actie: "vervanging.ingesteld", na: { id: row.id, gebruikerId, vervangerId, van, tot }, requestId: caller.requestId });
    return { id: row.id, gebruikerId, vervangerId, van, tot };
  });
}
