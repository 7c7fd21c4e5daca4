// GET /api/v1/webhooks/{id}: one subscription (never its secret).
import "server-only";
import type { Caller } from "@/lib/server/notas/mutation";
import { transaction } from "@/lib/server/tx";
import { assertMagWebhooksBeheren, laadAbonnement, toWebhookDto, type WebhookDto } from "@/lib/server/webhooks/abonnement";

export async function getWebhook(caller: Caller, id: string): Promise<WebhookDto> {
  assertMagWebhooksBeheren(caller.actor);
  return transaction(async (tx) => toWebhookDto(await laadAbonnement(tx, caller.actor, id)));
}
