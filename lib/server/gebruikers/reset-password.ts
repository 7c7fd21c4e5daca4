import "server-only";
import { AppError, validationError } from "@/lib/errors";
import { idSchema, z } from "@/lib/domain/validatie";
import { wachtwoordSchema } from "@/lib/domain/sign-in";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { hashPassword } from "@/lib/server/auth/password";
import { revokeUserSessions } from "@/lib/server/auth/sessions";
import { requireRecentSignIn } from "@/lib/server/auth/recent-sign-in";
import { assertRole, type Caller } from "@/lib/server/notas/mutation";

const schema = z.object({ wachtwoord: wachtwoordSchema }).strict();

/**
 * Beheer: a new password for an official (forgotten, or a suspected compromise). Every session of
 * that official ends at once, on every instance.
 */
export async function resetPassword(caller: Caller, userId: string, input: unknown): Promise<void> {
  assertRole(caller.actor, "gebruikers.beheren");
  requireRecentSignIn(caller.actor);
  const id = idSchema.safeParse(userId);
  if (!id.success) throw new AppError("NOT_FOUND", "Deze gebruiker bestaat niet.");
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const wachtwoordHash = await hashPassword(parsed.data.wachtwoord);
  await transaction(async (tx) => {
    const user = await tx.gebruiker.findUnique({ where: { id: id.data }, select: { id: true } });
    if (!user) throw new AppError("NOT_FOUND", "Deze gebruiker bestaat niet.");
    await tx.gebruiker.update({ where: { id: user.id }, data: { wachtwoordHash } });
    const sessies = await revokeUserSessions(tx, user.id, "wachtwoord_gewijzigd");
    await appendAuditEvent(tx, { actorId: caller.actor.id, actie: "gebruiker.wachtwoord_ingesteld", na: { id: user.id, sessiesBeeindigd: sessies }, requestId: caller.requestId });
  });
}
