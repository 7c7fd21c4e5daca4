import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { idSchema } from "@/lib/domain/validatie";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { assertRole, type Caller } from "@/lib/server/notas/mutation";

export interface OnbestelbareMail {
  id: string;
  aan: string;
  onderwerp: string;
  notaId: string | null;
  pogingen: number;
  laatsteFout: string | null;
  aangemaaktOp: string;
  opgegevenOp: string;
}

/** Beheer: the mail the worker gave up on (newest first), so someone hears of it. */
export async function listUndeliverableMail(caller: Caller, opts: { limiet?: number } = {}): Promise<{ aantal: number; items: OnbestelbareMail[] }> {
  assertRole(caller.actor, "gebruikers.beheren");
  const where = { opgegevenOp: { not: null }, verzondenOp: null };
  const [aantal, rows] = await Promise.all([
    db().outbox.count({ where }),
    db().outbox.findMany({ where, orderBy: { opgegevenOp: "desc" }, take: Math.min(Math.max(opts.limiet ?? 50, 1), 200) }),
  ]);
  return {
    aantal,
    items: rows.map((r) => ({
      id: r.id, aan: r.aan, onderwerp: r.onderwerp, notaId: r.notaId, pogingen: r.pogingen, laatsteFout: r.laatsteFout,
      aangemaaktOp: r.aangemaaktOp.toISOString(), opgegevenOp: r.opgegevenOp!.toISOString(),
    })),
  };
}

/** Beheer: try an undeliverable mail again (after the address or the mail server was fixed). Audited. */
export async function retryUndeliverableMail(caller: Caller, outboxId: string): Promise<void> {
  assertRole(caller.actor, "gebruikers.beheren");
  const id = idSchema.safeParse(outboxId);
  if (!id.success) throw new AppError("NOT_FOUND", "Deze e-mail bestaat niet.");
  await transaction(async (tx) => {
    const n = await tx.outbox.updateMany({
      where: { id: id.data, opgegevenOp: { not: null }, verzondenOp: null },
      data: { opgegevenOp: null, pogingen: 0, volgendePoging: new Date(), geclaimdTot: null },
    });
    if (n.count === 0) throw new AppError("NOT_FOUND", "Deze e-mail staat niet (meer) bij de onbestelbare e-mail.");
    await appendAuditEvent(tx, { actorId: caller.actor.id, actie: "email.opnieuw_versturen", na: { outboxId: id.data }, requestId: caller.requestId });
  });
}
