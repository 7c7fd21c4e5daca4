import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { hasPermission } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import { BEVEILIGINGSACTIES, type BeveiligingsEvent } from "@/lib/domain/beveiligingslog";

/**
 * GET /api/v1/beveiligingslog and the Beheer page: the newest security events of the audit chain
 * (sign-ins and their failures, throttling, sign-outs, password changes, tokens, agenda feeds).
 */
export async function listSecurityEvents(actor: Actor, opts: { limiet?: number } = {}): Promise<BeveiligingsEvent[]> {
  if (!hasPermission(actor, "beveiliging.inzien")) throw new AppError("FORBIDDEN", "Alleen de beheerder ziet het beveiligingslog.");
  const take = Math.min(Math.max(opts.limiet ?? 100, 1), 500);
  const events = await db().auditEvent.findMany({ where: { actie: { in: [...BEVEILIGINGSACTIES] } }, orderBy: { seq: "desc" }, take });
  const ids = [...new Set(events.flatMap((e) => [e.actorId, (e.na as { gebruikerId?: string; id?: string } | null)?.gebruikerId]).filter((x): x is string => !!x))];
  const people = new Map((await db().gebruiker.findMany({ where: { id: { in: ids } }, select: { id: true, naam: true } })).map((p) => [p.id, p.naam]));
  return events.map((e) => {
    const na = (e.na ?? {}) as Record<string, unknown>;
    const wieId = e.actorId ?? (typeof na.gebruikerId === "string" ? na.gebruikerId : null);
    return {
      seq: Number(e.seq),
      tijdstip: e.tijdstip.toISOString(),
      actie: e.actie,
      wie: wieId ? (people.get(wieId) ?? null) : null,
      email: typeof na.email === "string" ? na.email : null,
      adres: typeof na.adres === "string" ? na.adres : null,
      details: na,
    };
  });
}
