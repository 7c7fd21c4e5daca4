// POST /api/v1/webhooks/{id}/geheim: a new secret, shown once; the old one stops at once (audited).
import "server-only";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { requireRecentSignIn } from "@/lib/server/auth/recent-sign-in";
import type { Caller } from "@/lib/server/notas/mutation";
import { assertMagWebhooksBeheren, laadAbonnement, toWebhookDto, type WebhookDto } from "@/lib/server/webhooks/abonnement";
import { nieuwGeheim, versleutel } from "@/lib/server/webhooks/geheim";

/** Every delivery from now on, queued ones included, is signed with the new secret. */
export async function rotateWebhookSecret(caller: Caller, id: string): Promise<WebhookDto & { geheim: string }> {
  assertMagWebhooksBeheren(caller.actor);
  // A session beheerder signed in recently; a token of scope webhooks is its own permission.
  if (!caller.actor.token) requireRecentSignIn(caller.actor);
  const geheim = nieuwGeheim();
  return transaction(async (tx) => {
    const rij = await laadAbonnement(tx, caller.actor, id, { forUpdate: true });
    const nu = new Date();
    await tx.webhookAbonnement.update({ where: { id: rij.id }, data: { geheim: versleutel(geheim), gewijzigdOp: nu } });
    await appendAuditEvent(tx, { actorId: caller.actor.id, actie: "webhook.geheim_vernieuwd", na: { id: rij.id }, requestId: caller.requestId });
    return { ...toWebhookDto({ ...rij, gewijzigdOp: nu }), geheim };
  });
}
