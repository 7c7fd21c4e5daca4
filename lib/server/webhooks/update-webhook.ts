// PATCH /api/v1/webhooks/{id}: switch on or off, other events, another URL (audited).
import "server-only";
import { validationError } from "@/lib/errors";
import { webhookWijzigingSchema } from "@/lib/domain/webhooks";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { requireRecentSignIn } from "@/lib/server/auth/recent-sign-in";
import type { Caller } from "@/lib/server/notas/mutation";
import { abonnementSelect, assertMagWebhooksBeheren, httpToegestaan, laadAbonnement, toWebhookDto, urlVoorAudit, type WebhookDto } from "@/lib/server/webhooks/abonnement";

/** Deliveries already queued keep going to the subscription (also after a new URL: to the new one). */
export async function updateWebhook(caller: Caller, id: string, input: unknown): Promise<WebhookDto> {
  assertMagWebhooksBeheren(caller.actor);
  // A session beheerder signed in recently; a token of scope webhooks is its own permission.
  if (!caller.actor.token) requireRecentSignIn(caller.actor);
  return transaction(async (tx) => {
    const voor = await laadAbonnement(tx, caller.actor, id, { forUpdate: true });
    const parsed = webhookWijzigingSchema(httpToegestaan()).safeParse(input);
    if (!parsed.success) throw validationError(parsed.error);
    const p = parsed.data;
    const na = await tx.webhookAbonnement.update({
      where: { id: voor.id },
      data: {
        ...(p.url !== undefined ? { url: p.url } : {}),
        ...(p.eventtypes !== undefined ? { eventtypes: p.eventtypes } : {}),
        ...(p.omschrijving !== undefined ? { omschrijving: p.omschrijving || null } : {}),
        ...(p.actief !== undefined ? { actief: p.actief } : {}),
        gewijzigdOp: new Date(),
      },
      select: abonnementSelect,
    });
    await appendAuditEvent(tx, {
      actorId: caller.actor.id,
      actie: "webhook.gewijzigd",
      voor: { url: urlVoorAudit(voor.url), eventtypes: voor.eventtypes, actief: voor.actief, omschrijving: voor.omschrijving },
      na: { id: na.id, url: urlVoorAudit(na.url), eventtypes: na.eventtypes, actief: na.actief, omschrijving: na.omschrijving },
      requestId: caller.requestId,
    });
    return toWebhookDto(na);
  });
}
