// The outbox for webhooks: in the transaction of the change, one delivery per event per active
// subscription whose owner may see the nota (the same canSee as everywhere). Nothing else writes
// deliveries: the pipeline's outbox step (lib/server/notas/use-case.ts) calls this.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/domain/actor";
import type { NotaHandeling } from "@/lib/domain/nota-handelingen";
import type { NotaStatus } from "@/lib/domain/nota-status";
import { canSee } from "@/lib/domain/permissions";
import { dagIso } from "@/lib/domain/datum";
import { eventsVoorWijziging, maakCloudEvent, type NotaFeiten } from "@/lib/domain/webhooks";
import { API_BASIS } from "@/lib/domain/api-versie";
import { serverEnv } from "@/lib/env";
import { loadActor } from "@/lib/server/actors";
import { toegangVan, type NotaRecord } from "@/lib/server/notas/nota-record";
import type { Tx } from "@/lib/server/tx";

/** The absolute URL of this API (the CloudEvents' source): NEXTAUTH_URL + /api/v1. */
export function apiBasisUrl(): string {
  const base = (serverEnv().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  return `${base}${API_BASIS}`;
}

function feitenVan(na: NotaRecord, vorigeStatus: NotaStatus): NotaFeiten {
  const uitkomst = [...na.agendapunten].filter((a) => a.uitkomst !== null).sort((a, b) => (a.uitkomstOp?.getTime() ?? 0) - (b.uitkomstOp?.getTime() ?? 0)).at(-1);
  const v = na.verzending;
  return {
    id: na.id,
    kenmerk: na.kenmerk,
    status: na.status,
    vorigeStatus,
    mrUitkomst: uitkomst?.uitkomst ?? null,
    verzondenOp: v ? dagIso(v.verzondenOp) : null,
    tk: v ? { tkDocumentnummer: v.tkDocumentnummer, tkZaaknummer: v.tkZaaknummer, dossiernummer: v.dossiernummer, ondernummer: v.ondernummer, vergaderjaar: v.vergaderjaar } : null,
  };
}

export async function queueWebhookEvents(tx: Tx, w: { handeling: NotaHandeling; van: NotaStatus; na: NotaRecord; nu: Date }): Promise<number> {
  const types = eventsVoorWijziging(w.handeling, w.van, w.na.status);
  if (types.length === 0) return 0;
  const abonnementen = await tx.webhookAbonnement.findMany({
    where: { actief: true, eventtypes: { hasSome: types } },
    select: { id: true, eventtypes: true, eigenaarId: true },
    orderBy: { aangemaaktOp: "asc" },
  });
  if (abonnementen.length === 0) return 0;
  // A subscriber whose owner may not see this nota (or whose account is off) never hears of it.
  const toegang = toegangVan(w.na);
  const eigenaars = new Map<string, Actor | null>();
  for (const id of new Set(abonnementen.map((a) => a.eigenaarId))) eigenaars.set(id, await loadActor(id, tx));
  const zien = abonnementen.filter((a) => {
    const eigenaar = eigenaars.get(a.eigenaarId);
    return eigenaar ? canSee(eigenaar, toegang) : false;
  });
  const feiten = feitenVan(w.na, w.van);
  const apiBasis = apiBasisUrl();
  const rijen = types.flatMap((type) => {
    const eventId = randomUUID();
    const body = JSON.stringify(maakCloudEvent({ id: eventId, type, apiBasis, nota: feiten, tijdstip: w.nu }));
    return zien.filter((a) => a.eventtypes.includes(type)).map((a) => ({ abonnementId: a.id, eventId, type, notaId: w.na.id, body }));
  });
  // One statement per row, so the sequence (volgnummer) follows this order exactly.
  for (const data of rijen) await tx.webhookAflevering.create({ data, select: { id: true } });
  return rijen.length;
}
