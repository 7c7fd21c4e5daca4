import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/domain/actor";
import { can, hasPermission, type Permission } from "@/lib/domain/permissions";
import { assertTransition, TransitionError, type NotaStatus, type NotaVlaggen, type Uitkomst } from "@/lib/domain/nota-status";
import { toJsonValue } from "@/lib/domain/canonical-json";
import type { Klok } from "@/lib/domain/klok";
import type { AuditGebeurtenis } from "@/lib/domain/audit-gebeurtenissen";
import type { Tx } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { notaInhoud, toegangVan, type NotaRecord } from "@/lib/server/notas/nota-record";

/** Who asked, and the request it came in on (for the audit trail). */
export interface Caller {
  actor: Actor;
  requestId?: string | null;
  /** The time the use case acts at (default: the real time); the demo seed and tests set their own. */
  klok?: Klok;
}

/** The role check alone (403), made before the state and resource checks. */
export function assertRole(actor: Actor, permission: Permission): void {
  if (!hasPermission(actor, permission)) throw new AppError("FORBIDDEN", "Uw rol staat deze actie niet toe.");
}

/**
 * Role, then the resource rules (own directie, own turn, addressed bewindspersoon …). Use cases
 * check in this order: visible (404) → role (403) → state (409) → resource rule (403 / 409
 * NOT_YOUR_TURN) → version (409) → body (400).
 */
export function assertAllowed(actor: Actor, permission: Permission, nota?: NotaRecord): void {
  const besluit = can(actor, permission, nota ? toegangVan(nota) : undefined);
  if (!besluit.ok) throw new AppError(besluit.code, besluit.melding);
}

export function assertVersion(nota: NotaRecord, expectedVersion: number): void {
  if (nota.versie !== expectedVersion) {
    throw new AppError(
      "STALE_VERSION",
      `U bekeek versie ${expectedVersion}, maar de nota is intussen gewijzigd (nu versie ${nota.versie}). Laad de nota opnieuw en breng uw wijziging opnieuw aan.`,
    );
  }
}

export function vlaggenVan(nota: NotaRecord): NotaVlaggen {
  return { mrBehandeling: nota.mrBehandeling, kamerbrief: nota.kamerbrief, soort: nota.soort };
}

export function nextStatus(nota: NotaRecord, uitkomst: Uitkomst): NotaStatus {
  try {
    return assertTransition(nota.status, uitkomst, vlaggenVan(nota));
  } catch (e) {
    if (e instanceof TransitionError) throw new AppError("INVALID_TRANSITION", e.message);
    throw e;
  }
}

/**
 * Compare-and-set on (id, status, versie): raises the version and applies `data`. Zero rows means
 * someone else changed the nota first: STALE_VERSION, and the transaction rolls back.
 */
export async function casUpdate(tx: Tx, nota: NotaRecord, data: Prisma.NotaUncheckedUpdateManyInput): Promise<number> {
  const { count } = await tx.nota.updateMany({
    where: { id: nota.id, status: nota.status, versie: nota.versie },
    data: { ...data, versie: { increment: 1 } },
  });
  if (count === 0) throw new AppError("STALE_VERSION", "Iemand anders heeft de nota intussen gewijzigd. Laad de nota opnieuw.");
  return nota.versie + 1;
}

/** The nota's content as a version snapshot (header, sections, beslispunten, bijlagen). */
export function snapshotVan(nota: NotaRecord): { kenmerk: string; onderwerp: string; soort: string; [veld: string]: unknown } {
  return toJsonValue({
    kenmerk: nota.kenmerk,
    onderwerp: nota.onderwerp,
    soort: nota.soort,
    aan: nota.aan.naam,
    van: nota.van.naam,
    ...notaInhoud(nota),
    bijlagen: nota.bijlagen.map((b) => ({ volgnummer: b.volgnummer, naam: b.naam, informatie: b.informatie, gronden: b.gronden, vindplaats: b.vindplaats, sha256: b.sha256 })),
  }) as { kenmerk: string; onderwerp: string; soort: string; [veld: string]: unknown };
}

export async function saveVersion(tx: Tx, nota: NotaRecord, versie: number, aanleiding: string, doorId: string, op?: Date): Promise<void> {
  await tx.notaVersie.create({ data: { notaId: nota.id, versie, aanleiding, snapshot: snapshotVan(nota) as object, doorId, ...(op ? { aangemaaktOp: op } : {}) } });
}

export async function audit(
  tx: Tx,
  caller: Caller,
  e: AuditGebeurtenis & { nota?: NotaRecord | null; notaId?: string; van?: NotaStatus | null; naar?: NotaStatus | null; versie?: number | null; namensId?: string | null; tijdstip?: Date },
) {
  const { nota, notaId, van, naar, versie, namensId, tijdstip, ...gebeurtenis } = e;
  return appendAuditEvent(tx, {
    ...gebeurtenis,
    actorId: caller.actor.id,
    namensId: namensId ?? null,
    notaId: nota?.id ?? notaId ?? null,
    vanStatus: van ?? null,
    naarStatus: naar ?? null,
    versie: versie ?? null,
    requestId: caller.requestId ?? null,
    tijdstip: tijdstip ?? (caller.klok ? caller.klok() : undefined),
  } as Parameters<typeof appendAuditEvent>[1]);
}
