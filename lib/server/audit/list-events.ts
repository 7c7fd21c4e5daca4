import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { loadVisibleNota } from "@/lib/server/notas/nota-record";

/** GET /api/v1/notas/{id}/audit: the nota's events in order, with their hashes. */
export async function listNotaEvents(actor: Actor, notaId: string) {
  await loadVisibleNota(db(), actor, notaId);
  return eventsVanNota(notaId);
}

/** The events of a nota already checked visible (the nota page loads the nota once). */
export async function eventsVanNota(notaId: string) {
  const events = await db().auditEvent.findMany({ where: { notaId }, orderBy: { seq: "asc" } });
  const ids = [...new Set(events.flatMap((e) => [e.actorId, e.namensId]).filter((x): x is string => !!x))];
  const people = new Map((await db().gebruiker.findMany({ where: { id: { in: ids } }, select: { id: true, naam: true } })).map((p) => [p.id, p.naam]));
  return events.map((e) => ({
    seq: Number(e.seq),
    tijdstip: e.tijdstip.toISOString(),
    actor: e.actorId ? { id: e.actorId, naam: people.get(e.actorId) ?? null } : null,
    namens: e.namensId ? { id: e.namensId, naam: people.get(e.namensId) ?? null } : null,
    actie: e.actie,
    vanStatus: e.vanStatus,
    naarStatus: e.naarStatus,
    versie: e.versie,
    voor: e.voor,
    na: e.na,
    requestId: e.requestId,
    hash: e.hash,
    vorigeHash: e.vorigeHash,
  }));
}
