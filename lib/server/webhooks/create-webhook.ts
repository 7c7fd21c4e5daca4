// POST /api/v1/webhooks: a new subscription; its secret is shown once.
import "server-only";
import { validationError } from "@/lib/errors";
import { webhookAbonnementSchema } from "@/lib/domain/webhooks";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { requireRecentSignIn } from "@/lib/server/auth/recent-sign-in";
import type { Caller } from "@/lib/server/notas/mutation";
import { abonnementSelect, assertMagWebhooksBeheren, httpToegestaan, toWebhookDto, urlVoorAudit, type WebhookDto } from "@/lib/server/webhooks/abonnement";
import { nieuwGeheim, versleutel } from "@/lib/server/webhooks/geheim";

/**
 * Registers a subscription owned by the caller: events about notas the caller may see. The secret
 * (`whsec_…`) is in this answer only; the database keeps it encrypted. Audited (never the secret).
 */
export async function createWebhook(caller: Caller, input: unknown): Promise<WebhookDto & { geheim: string }> {
  assertMagWebhooksBeheren(caller.actor);
  // A session beheerder signed in recently; a token of scope webhooks is its own permission.
  if (!caller.actor.token) requireRecentSignIn(caller.actor);
  const parsed = webhookAbonnementSchema(httpToegestaan()).safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const { url, eventtypes, omschrijving, actief } = parsed.data;
  const geheim = nieuwGeheim();
  return transaction(async (tx) => {
    const rij = await tx.webhookAbonnement.create({
      data: { url, eventtypes, omschrijving: omschrijving || null, actief, geheim: versleutel(geheim), eigenaarId: caller.actor.id },
      select: abonnementSelect,
    });
    await appendAuditEvent(tx, { actorId: caller.actor.id, actie: "webhook.aangemaakt", na: { id: rij.id, url: urlVoorAudit(url), eventtypes, actief, eigenaarId: caller.actor.id }, requestId: caller.requestId });
    return { ...toWebhookDto(rij), geheim };
  });
}
