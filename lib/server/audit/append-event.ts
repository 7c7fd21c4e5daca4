import "server-only";
import { toJsonValue } from "@/lib/domain/canonical-json";
import type { NotaStatus } from "@/lib/domain/nota-status";
import { controleerGebeurtenis, type AuditGebeurtenis } from "@/lib/domain/audit-gebeurtenissen";
import type { Tx } from "@/lib/server/tx";
import { auditCanonRondSeq, type AuditContent } from "@/lib/server/audit/hash";

export type AuditEventInput = AuditGebeurtenis & {
  actorId: string | null;
  namensId?: string | null;
  notaId?: string | null;
  vanStatus?: NotaStatus | null;
  naarStatus?: NotaStatus | null;
  versie?: number | null;
  voor?: unknown;
  na?: unknown;
  requestId?: string | null;
  /** When it happened: the use case's clock (the demo seed replays history at its dates). Defaults to now. */
  tijdstip?: Date;
};

/**
 * Appends an event to the chain inside the caller's transaction. It is linked into the chain (the
 * lock, the previous hash, its seq and its SHA-256) by the database at the commit, by a deferred
 * trigger (migration 20261204190000), so the chain's lock is held only while the commit runs and no
 * other writer waits for this transaction's round trips. If the event cannot be written or linked,
 * the transaction fails, so the change it records does not happen either.
 */
export async function appendAuditEvent(tx: Tx, input: AuditEventInput): Promise<void> {
  const voor = toJsonValue(input.voor ?? null);
  const na = toJsonValue(input.na ?? null);
  // Typed events: the payload must match its actie's schema (a programming error otherwise).
  controleerGebeurtenis({ actie: input.actie, voor, na });
  const content: Omit<AuditContent, "seq"> = {
    tijdstip: input.tijdstip ?? new Date(),
    actorId: input.actorId,
    namensId: input.namensId ?? null,
    actie: input.actie,
    notaId: input.notaId ?? null,
    vanStatus: input.vanStatus ?? null,
    naarStatus: input.naarStatus ?? null,
    versie: input.versie ?? null,
    voor,
    na,
    requestId: input.requestId ?? null,
  };
  const canon = auditCanonRondSeq(content);
  // createMany: an INSERT without RETURNING (the row is gone again at the commit).
  await tx.auditWachtrij.createMany({
    data: {
      ...content,
      vanStatus: content.vanStatus as NotaStatus | null,
      naarStatus: content.naarStatus as NotaStatus | null,
      voor: content.voor === null ? undefined : (content.voor as object),
      na: content.na === null ? undefined : (content.na as object),
      canonVoor: canon.voor,
      canonNa: canon.na,
    },
  });
}
