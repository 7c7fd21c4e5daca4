// GET /api/v1/webhooks/{id}/afleveringen: the delivery log of one subscription, newest first.
import "server-only";
import { validationError } from "@/lib/errors";
import { afleveringenQuerySchema } from "@/lib/domain/webhooks";
import type { Caller } from "@/lib/server/notas/mutation";
import { transaction } from "@/lib/server/tx";
import { assertMagWebhooksBeheren, laadAbonnement, toAfleveringDto, type AfleveringDto } from "@/lib/server/webhooks/abonnement";

export async function listDeliveries(caller: Caller, id: string, query: unknown = {}): Promise<AfleveringDto[]> {
  assertMagWebhooksBeheren(caller.actor);
  const q = afleveringenQuerySchema.safeParse(query);
  if (!q.success) throw validationError(q.error);
  return transaction(async (tx) => {
    const abonnement = await laadAbonnement(tx, caller.actor, id);
    const rijen = await tx.webhookAflevering.findMany({
      where: { abonnementId: abonnement.id, ...(q.data.status ? { status: q.data.status } : {}) },
      orderBy: { volgnummer: "desc" },
      take: q.data.limiet,
    });
    return rijen.map(toAfleveringDto);
  });
}
