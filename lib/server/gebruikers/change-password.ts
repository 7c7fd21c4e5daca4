import "server-only";
import { AppError, validationError } from "@/lib/errors";
import { z } from "@/lib/domain/validatie";
import { wachtwoordSchema } from "@/lib/domain/sign-in";
import { db } from "@/lib/db";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { recordSecurityEvent, revokeUserSessions } from "@/lib/server/auth/sessions";
import { currentPasswordAccepted, limitCurrentPasswordCheck } from "@/lib/server/limits/rate-limits";
import type { Caller } from "@/lib/server/notas/mutation";

const schema = z
  .object({ huidig: z.string({ error: "Vul uw huidige wachtwoord in." }).min(1, "Vul uw huidige wachtwoord in.").max(1024), nieuw: wachtwoordSchema })
  .strict()
  .refine((v) => v.huidig !== v.nieuw, { path: ["nieuw"], message: "Kies een ander wachtwoord dan het huidige." });

/**
 * An official changes their own password (the current one first). Every session of theirs ends,
 * this one included: they sign in again with the new password.
 */
export async function changeOwnPassword(caller: Caller, input: unknown): Promise<void> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  await limitCurrentPasswordCheck(caller.actor.id);
  const user = await db().gebruiker.findUnique({ where: { id: caller.actor.id }, select: { wachtwoordHash: true } });
  if (!user || !(await verifyPassword(user.wachtwoordHash, parsed.data.huidig))) {
    await recordSecurityEvent({ actorId: caller.actor.id, actie: "gebruiker.wachtwoord_onjuist", requestId: caller.requestId });
    throw new AppError("VALIDATION_FAILED", "Uw huidige wachtwoord klopt niet.", [{ path: "huidig", message: "Uw huidige wachtwoord klopt niet." }]);
  }
  await currentPasswordAccepted(caller.actor.id);
  const wachtwoordHash = await hashPassword(parsed.data.nieuw);
  await transaction(async (tx) => {
    await tx.gebruiker.update({ where: { id: caller.actor.id }, data: { wachtwoordHash } });
    const sessies = await revokeUserSessions(tx, caller.actor.id, "wachtwoord_gewijzigd");
    await appendAuditEvent(tx, { actorId: caller.actor.id, actie: "gebruiker.wachtwoord_gewijzigd", na: { sessiesBeeindigd: sessies }, requestId: caller.requestId });
  });
}
