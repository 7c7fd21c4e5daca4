// What the webhook use cases share: who may manage which subscription, the answers' shapes.
import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/domain/actor";
import { hasPermission, magWebhooksBeheren } from "@/lib/domain/permissions";
import type { AfleveringStatus, WebhookEventType } from "@/lib/domain/webhooks";
import { serverEnv } from "@/lib/env";
import type { Tx } from "@/lib/server/tx";

export interface WebhookDto {
  id: string;
  url: string;
  omschrijving: string | null;
  eventtypes: WebhookEventType[];
  actief: boolean;
  eigenaar: { id: string; naam: string };
  aangemaaktOp: string;
  gewijzigdOp: string;
}

export interface AfleveringDto {
  id: string;
  eventId: string;
  type: WebhookEventType;
  notaId: string;
  /** The nota's kenmerk as the event carried it. */
  kenmerk: string | null;
  status: AfleveringStatus;
  pogingen: number;
  volgendePoging: string | null;
  laatsteHttpStatus: number | null;
  laatsteFout: string | null;
  aangemaaktOp: string;
  laatstePogingOp: string | null;
  afgeleverdOp: string | null;
  opgegevenOp: string | null;
}

type AbonnementRij = { id: string; url: string; omschrijving: string | null; eventtypes: string[]; actief: boolean; aangemaaktOp: Date; gewijzigdOp: Date; eigenaar: { id: string; naam: string } };

export const abonnementSelect = {
  id: true, url: true, omschrijving: true, eventtypes: true, actief: true, aangemaaktOp: true, gewijzigdOp: true, eigenaarId: true,
  eigenaar: { select: { id: true, naam: true } },
} as const;

export const toWebhookDto = (r: AbonnementRij): WebhookDto => ({
  id: r.id,
  url: r.url,
  omschrijving: r.omschrijving,
  eventtypes: r.eventtypes as WebhookEventType[],
  actief: r.actief,
  eigenaar: r.eigenaar,
  aangemaaktOp: r.aangemaaktOp.toISOString(),
  gewijzigdOp: r.gewijzigdOp.toISOString(),
});

type AfleveringRij = {
  id: string; eventId: string; type: string; notaId: string; body: string; status: AfleveringStatus; pogingen: number; volgendePoging: Date;
  laatsteHttpStatus: number | null; laatsteFout: string | null; aangemaaktOp: Date; laatstePogingOp: Date | null; afgeleverdOp: Date | null; opgegevenOp: Date | null;
};

function kenmerkUit(body: string): string | null {
  try {
    const k = (JSON.parse(body) as { data?: { kenmerk?: unknown } }).data?.kenmerk;
    return typeof k === "string" ? k : null;
  } catch {
    return null;
  }
}

export const toAfleveringDto = (r: AfleveringRij): AfleveringDto => ({
  id: r.id,
  eventId: r.eventId,
  type: r.type as WebhookEventType,
  notaId: r.notaId,
  kenmerk: kenmerkUit(r.body),
  status: r.status,
  pogingen: r.pogingen,
  volgendePoging: r.status === "pending" || r.status === "mislukt" ? r.volgendePoging.toISOString() : null,
  laatsteHttpStatus: r.laatsteHttpStatus,
  laatsteFout: r.laatsteFout,
  aangemaaktOp: r.aangemaaktOp.toISOString(),
  laatstePogingOp: r.laatstePogingOp?.toISOString() ?? null,
  afgeleverdOp: r.afgeleverdOp?.toISOString() ?? null,
  opgegevenOp: r.opgegevenOp?.toISOString() ?? null,
});

/** 403 unless the actor may manage webhooks at all (beheerder, or a token with scope webhooks). */
export function assertMagWebhooksBeheren(actor: Actor): void {
  if (!magWebhooksBeheren(actor)) {
    throw new AppError("FORBIDDEN", "Alleen de beheerder (in de browser), of een token met het bereik 'webhooks', beheert webhook-abonnementen.");
  }
}

/** Which subscriptions the actor manages: a beheerder all, anyone else their own. */
export function eigenWhere(actor: Actor): { eigenaarId?: string } {
  return hasPermission(actor, "webhooks.beheren") ? {} : { eigenaarId: actor.id };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const geenAbonnement = () => new AppError("NOT_FOUND", "Dit webhook-abonnement bestaat niet.");

/** The subscription the actor manages, locked for the change (404 otherwise, also for someone else's). */
export async function laadAbonnement(tx: Tx, actor: Actor, id: string, opts: { forUpdate?: boolean } = {}) {
  if (!UUID.test(id)) throw geenAbonnement();
  if (opts.forUpdate) await tx.$queryRaw`SELECT id FROM "WebhookAbonnement" WHERE id = ${id}::uuid FOR UPDATE`;
  const rij = await tx.webhookAbonnement.findFirst({ where: { id, ...eigenWhere(actor) }, select: abonnementSelect });
  if (!rij) throw geenAbonnement();
  return rij;
}

/** http:// to this machine allowed (WEBHOOKS_ALLOW_HTTP; tests and the demo only). */
export const httpToegestaan = () => serverEnv().WEBHOOKS_ALLOW_HTTP;

/** The URL as the audit log keeps it: without query or fragment (a receiver may put a key there). */
export function urlVoorAudit(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}
