import "server-only";
import { toJsonValue } from "@/lib/domain/canonical-json";
import type { NotaStatus } from "@/lib/domain/nota-status";
import { controleerGebeurtenis, type AuditGebeurtenis } from "@/lib/domain/audit-gebeurtenissen";
import type { Tx } from "@/lib/server/tx";
import { auditHash, GENESIS_HASH, type AuditContent } from "@/lib/server/audit/hash";

/** Any fixed number: the lock that serialises appends so the chain has one tail. */
const AUDIT_LOCK_KEY = 7_243_001;

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
 * Appends an event to the chain inside the caller's transaction. If it cannot be written the
 * transaction fails, so the change it records does not happen either.
 */
export async function appendAuditEvent(tx: Tx, input: AuditEventInput): Promise<{ seq: bigint; hash: string }> {
  const voor = toJsonValue(input.voor ?? null);
  const na = toJsonValue(input.na ?? null);
  // Typed events: the payload must match its actie's schema (a programming error otherwise).
  controleerGebeurtenis({ actie: input.actie, voor, na });
  // The lock, the last hash and the next seq in one round trip (migration 20261204110000).
  const [staart] = await tx.$queryRaw<[{ vorige_hash: string | null; volgnummer: bigint }]>`SELECT vorige_hash, volgnummer FROM audit_keten_staart(${AUDIT_LOCK_KEY}::bigint)`;
  const content: AuditContent = {
    seq: BigInt(staart.volgnummer),
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
  const vorigeHash = staart.vorige_hash ?? GENESIS_HASH;
  const hash = auditHash(vorigeHash, content);
  await tx.auditEvent.create({
    data: {
      ...content,
      vanStatus: content.vanStatus as NotaStatus | null,
      naarStatus: content.naarStatus as NotaStatus | null,
      voor: content.voor === null ? undefined : (content.voor as object),
      na: content.na === null ? undefined : (content.na as object),
      vorigeHash,
      hash,
    },
  });
  return { seq: content.seq, hash };
}
