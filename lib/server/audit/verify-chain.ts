import "server-only";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/prisma/client";
import { auditHash, GENESIS_HASH } from "@/lib/server/audit/hash";

export interface ChainReport {
  ok: boolean;
  aantal: number;
  eersteFout: { seq: string; reden: string } | null;
}

/** Recomputes every hash in order and checks each link to the previous event. */
export async function verifyAuditChain(client: PrismaClient = db(), batch = 1000): Promise<ChainReport> {
  let vorige = GENESIS_HASH;
  let aantal = 0;
  let after: bigint | undefined;
  for (;;) {
    const events = await client.auditEvent.findMany({
      where: after === undefined ? {} : { seq: { gt: after } },
      orderBy: { seq: "asc" },
      take: batch,
    });
    if (events.length === 0) break;
    for (const e of events) {
      aantal++;
      if (e.vorigeHash !== vorige) {
        return { ok: false, aantal, eersteFout: { seq: e.seq.toString(), reden: "De verwijzing naar het vorige event klopt niet (event ontbreekt of is verplaatst)." } };
      }
      const expected = auditHash(vorige, {
        seq: e.seq,
        tijdstip: e.tijdstip,
        actorId: e.actorId,
        namensId: e.namensId,
        actie: e.actie,
        notaId: e.notaId,
        vanStatus: e.vanStatus,
        naarStatus: e.naarStatus,
        versie: e.versie,
        voor: e.voor ?? null,
        na: e.na ?? null,
        requestId: e.requestId,
      });
      if (expected !== e.hash) {
        return { ok: false, aantal, eersteFout: { seq: e.seq.toString(), reden: "De inhoud van het event is gewijzigd: de hash klopt niet." } };
      }
      vorige = e.hash;
    }
    after = events.at(-1)!.seq;
  }
  return { ok: true, aantal, eersteFout: null };
}
