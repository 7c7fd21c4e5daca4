// Beheer: a user's roles and whether the account is active (deactivation ends every session; audited).
import "server-only";
import { AppError, validationError } from "@/lib/errors";
import { z } from "@/lib/domain/validatie";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { revokeUserSessions } from "@/lib/server/auth/sessions";
import { requireRecentSignIn } from "@/lib/server/auth/recent-sign-in";
import { assertRole, type Caller } from "@/lib/server/notas/mutation";
import { rollenSchema } from "@/lib/server/gebruikers/create-user";

/** Beheer: a user's roles and whether the account is active. A beheerder cannot lock themself out. */
export async function updateUser(caller: Caller, userId: string, input: unknown) {
  assertRole(caller.actor, "gebruikers.beheren");
  requireRecentSignIn(caller.actor);
  const parsed = z.object({ rollen: rollenSchema, actief: z.boolean() }).strict().safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const { rollen, actief } = parsed.data;
  if (userId === caller.actor.id && (!actief || !rollen.includes("beheerder"))) {
    throw new AppError("VALIDATION_FAILED", "U kunt uw eigen beheerrechten niet intrekken.", [{ path: "rollen", message: "U kunt uw eigen beheerrechten niet intrekken." }]);
  }
  return transaction(async (tx) => {
    const voor = /^[0-9a-f-]{36}$/i.test(userId) ? await tx.gebruiker.findUnique({ where: { id: userId } }) : null;
    if (!voor) throw new AppError("NOT_FOUND", "Deze gebruiker bestaat niet.");
    await tx.gebruiker.update({ where: { id: userId }, data: { rollen, actief } });
    // A deactivated official is signed out everywhere at once, not at the end of their sessions.
    const sessies = !actief && voor.actief ? await revokeUserSessions(tx, userId, "gedeactiveerd") : 0;
    await appendAuditEvent(tx, { actorId: caller.actor.id, actie: "gebruiker.gewijzigd", voor: { rollen: voor.rollen, actief: voor.actief }, na: { id: userId, rollen, actief, ...(sessies ? { sessiesBeeindigd: sessies } : {}) }, requestId: caller.requestId });
  });
}
