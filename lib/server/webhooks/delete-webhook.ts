// DELETE /api/v1/webhooks/{id}: the subscription and its delivery log go (audited).
import "server-only";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { requireRecentSignIn } from "@/lib/server/auth/recent-sign-in";
import type { Caller } from "@/lib/server/notas/mutation";
import { assertMagWebhooksBeheren, laadAbonnement, urlVoorAudit } from "@/lib/server/webhooks/abonnement";

export async function deleteWebhook(caller: Caller, id: string): Promise<void> {
  assertMagWebhooksBeheren(caller.actor);
  // A session beheerder signed in recently; a token of scope webhooks is its own permission.
  if (!caller.actor.token) requireRecentSignIn(caller.actor);
  await transaction(async (tx) => {
    const voor = await laadAbonnement(tx, caller.actor, id, { forUpdate: true });
    await tx.webhookAbonnement.delete({ where: { id: voor.id } });
    await appendAuditEvent(tx, {
      actorId: caller.actor.id,
      actie: "webhook.verwijderd",
      voor: { url: urlVoorAudit(voor.url), eventtypes: voor.eventtypes, eigenaarId: voor.eigenaarId },
      na: { id: voor.id },
      requestId: caller.requestId,
    });
  });
}
