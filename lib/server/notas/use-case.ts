import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, validationError } from "@/lib/errors";
import type { Actor } from "@/lib/domain/actor";
import { mag, permissieVoor, type NotaHandeling } from "@/lib/domain/nota-handelingen";
import { systeemKlok } from "@/lib/domain/klok";
import type { AuditGebeurtenis } from "@/lib/domain/audit-gebeurtenissen";
import { transaction, type Tx } from "@/lib/server/tx";
import { assertAllowed, assertRole, assertVersion, audit, casUpdate, saveVersion, type Caller } from "@/lib/server/notas/mutation";
import { loadVisibleNota, notaInclude, standVan, type NotaRecord } from "@/lib/server/notas/nota-record";
import { toNotaDto, type NotaDto } from "@/lib/server/notas/nota-dto";
import { queueWebhookEvents } from "@/lib/server/webhooks/queue";

/** What a use case's `apply` gets: the locked nota, the parsed body, the time, and one compare-and-set. */
export interface Stap<I, V = undefined> {
  tx: Tx;
  caller: Caller;
  actor: Actor;
  nota: NotaRecord;
  input: I;
  /** What `vooraf` found (the part of the nota the request names), so `apply` need not look again. */
  voor: V;
  /** The moment of the change (the caller's clock): every date the change writes is this one. */
  nu: Date;
  /** Compare-and-set on (id, status, versie) with the nota's new columns; raises the version. Once. */
  cas(data?: Prisma.NotaUncheckedUpdateManyInput): Promise<number>;
}

export type NotaGebeurtenis = AuditGebeurtenis & { namensId?: string | null };

/** What `apply` hands back: the audit event to record, and what follows from the change. */
export interface Wijziging<R = NotaDto> {
  /** The event, or a function of the nota as it is after the change (for a before/after record). */
  audit: NotaGebeurtenis | ((na: NotaRecord) => NotaGebeurtenis);
  /** A version snapshot of the changed nota with this reason (indienen, besluit …). */
  versieAanleiding?: string;
  /** E-mails and other outbox rows, in the same transaction (the nota as it is after the change). */
  meldingen?: (tx: Tx, na: NotaRecord) => Promise<void>;
  /** The answer (default: the changed nota as the caller may see it). */
  antwoord?: (na: NotaRecord) => Promise<R> | R;
}

export interface NotaUseCase<I, R, V = undefined> {
  /** The handeling: its permission (role matrix + resource rules) and its state rule. */
  handeling: NotaHandeling;
  /**
   * The body, parsed after the role, state, resource and version checks (400 last). Without a
   * schema the input is passed as given (a file the route has already read).
   */
  schema?: z.ZodType<I>;
  /**
   * A check of the part of the nota the request names (a bijlage that must exist: 404), after the
   * state rule; what it returns reaches `apply` as `voor`.
   */
  vooraf?: (nota: NotaRecord, input: unknown) => V;
  apply: (stap: Stap<I, V>) => Promise<Wijziging<R>>;
}

/**
 * The one order every change to a nota goes through, so no use case can skip or reorder a step:
 *
 *   load the nota the actor may see, locked (404) → role (403) → state (409, mag) → the request's
 *   own part (vooraf) → resource rule (403, 409 NOT_YOUR_TURN) → version (409) → body (400) →
 *   apply (one compare-and-set, the change) → reload → version snapshot → audit event (typed,
 *   validated, hash-chained) → outbox — all in one transaction, which also marks an Idempotency-Key
 *   used.
 */
export function defineNotaUseCase<I = undefined, R = NotaDto, V = undefined>(def: NotaUseCase<I, R, V>) {
  const permission = permissieVoor(def.handeling);
  return async (caller: Caller, notaId: string, expectedVersion: number, body?: unknown): Promise<R> => {
    const { actor } = caller;
    const parsed = def.schema?.safeParse(body);
    const nu = (caller.klok ?? systeemKlok)();
    const gedaan = await transaction(async (tx) => {
      const nota = await loadVisibleNota(tx, actor, notaId, { forUpdate: true });
      assertRole(actor, permission);
      const staat = mag(standVan(nota), def.handeling);
      if (!staat.ok) throw new AppError("INVALID_TRANSITION", staat.melding);
      const voor = def.vooraf?.(nota, body) as V;
      assertAllowed(actor, permission, nota);
      assertVersion(nota, expectedVersion);
      if (parsed && !parsed.success) throw validationError(parsed.error);

      let versie: number | null = null;
      const stap: Stap<I, V> = {
        tx,
        caller,
        actor,
        nota,
        input: (parsed ? parsed.data : body) as I,
        voor,
        nu,
        async cas(data = {}) {
          if (versie !== null) throw new Error(`${def.handeling}: cas() twice in one use case`);
          versie = await casUpdate(tx, nota, { ...data, gewijzigdOp: nu });
          return versie;
        },
      };
      const w = await def.apply(stap);
      if (versie === null) throw new Error(`${def.handeling}: the use case changed nothing (no cas())`);

      const na = await tx.nota.findUniqueOrThrow({ where: { id: notaId }, include: notaInclude });
      if (w.versieAanleiding) await saveVersion(tx, na, versie, w.versieAanleiding, actor.id, nu);
      // The outbox, in this transaction: the use case's e-mails, and the webhook events the change
      // raises (status changed, besluit, MR outcome …) for every subscriber whose owner may see it.
      await w.meldingen?.(tx, na);
      await queueWebhookEvents(tx, { handeling: def.handeling, van: nota.status, na, nu });
      // The audit event: written without a lock; the database links it into the chain at the commit.
      const gebeurtenis = typeof w.audit === "function" ? w.audit(na) : w.audit;
      await audit(tx, caller, { ...gebeurtenis, nota: na, van: nota.status, naar: na.status, versie, tijdstip: nu });
      return w.antwoord ? { antwoord: await w.antwoord(na) } : { na };
    });
    // The nota's DTO is built after the commit, outside the lock.
    return "antwoord" in gedaan ? (gedaan.antwoord as R) : (toNotaDto(gedaan.na, actor, nu) as R);
  };
}
