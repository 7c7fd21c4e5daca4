// A given-up delivery queued again ("opnieuw proberen" on Beheer; audited).
import "server-only";
import { AppError } from "@/lib/errors";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import type { Caller } from "@/lib/server/notas/mutation";
import { assertMagWebhooksBeheren, laadAbonnement, toAfleveringDto, type AfleveringDto } from "@/lib/server/webhooks/abonnement";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** POST /api/v1/webhooks/{id}/afleveringen/{afleveringId}/opnieuw: only a given-up delivery; attempts start again. */
export async function retryDelivery(caller: Caller, abonnementId: string, afleveringId: string): Promise<AfleveringDto> {
  assertMagWebhooksBeheren(caller.actor);
  return transaction(async (tx) => {
    const abonnement = await laadAbonnement(tx, caller.actor, abonnementId);
    const n = UUID.test(afleveringId)
      ? await tx.webhookAflevering.updateMany({
          where: { id: afleveringId, abonnementId: abonnement.id, status: "opgegeven" },
          data: { status: "pending", pogingen: 0, volgendePoging: new Date(), geclaimdTot: null, opgegevenOp: null },
        })
      : { count: 0 };
    if (n.count === 0) throw new AppError("NOT_FOUND", "Deze aflevering bestaat niet of is niet opgegeven.");
    await appendAuditEvent(tx, { actorId: caller.actor.id, actie: "webhook.aflevering_opnieuw", na: { id: abonnement.id, afleveringId }, requestId: caller.requestId });
    return toAfleveringDto(await tx.webhookAflevering.findUniqueOrThrow({ where: { id: afleveringId } }));
  });
}
