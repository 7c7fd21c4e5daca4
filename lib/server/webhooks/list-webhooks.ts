// GET /api/v1/webhooks: the subscriptions the actor manages (a beheerder: all).
import "server-only";
import { db } from "@/lib/db";
import type { Caller } from "@/lib/server/notas/mutation";
import { abonnementSelect, assertMagWebhooksBeheren, eigenWhere, toWebhookDto, type WebhookDto } from "@/lib/server/webhooks/abonnement";

export async function listWebhooks(caller: Caller): Promise<WebhookDto[]> {
  assertMagWebhooksBeheren(caller.actor);
  const rijen = await db().webhookAbonnement.findMany({ where: eigenWhere(caller.actor), select: abonnementSelect, orderBy: { aangemaaktOp: "desc" }, take: 500 });
  return rijen.map(toWebhookDto);
}
