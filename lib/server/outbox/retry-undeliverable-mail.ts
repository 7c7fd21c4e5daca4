// Beheer: an undeliverable e-mail queued again (audited).
import "server-only";
import { AppError } from "@/lib/errors";
import { idSchema } from "@/lib/domain/validatie";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { assertRole, type Caller } from "@/lib/server/notas/mutation";

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
