// Beheer: the exact office title a bewindspersoon signs letters with (audited).
import "server-only";
import { AppError, validationError } from "@/lib/errors";
import { verplichteTekst, z } from "@/lib/domain/validatie";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { requireRecentSignIn } from "@/lib/server/auth/recent-sign-in";
import { assertRole, type Caller } from "@/lib/server/notas/mutation";

/** Beheer: the exact office title of a bewindspersoon ("Minister voor Volkshuisvesting en Ruimtelijke Ordening"), as the letters sign with it. */
export async function setAmbtstitel(caller: Caller, userId: string, input: unknown) {
  assertRole(caller.actor, "gebruikers.beheren");
  requireRecentSignIn(caller.actor);
  const parsed = z.object({ ambtstitel: verplichteTekst("de ambtstitel", 200) }).strict().safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  return transaction(async (tx) => {
    const voor = /^[0-9a-f-]{36}$/i.test(userId) ? await tx.gebruiker.findUnique({ where: { id: userId } }) : null;
    if (!voor) throw new AppError("NOT_FOUND", "Deze gebruiker bestaat niet.");
    if (!voor.rollen.includes("bewindspersoon")) throw new AppError("VALIDATION_FAILED", "Alleen een bewindspersoon heeft een ambtstitel.", [{ path: "ambtstitel", message: "Deze gebruiker is geen bewindspersoon." }]);
    await tx.gebruiker.update({ where: { id: userId }, data: { ambtstitel: parsed.data.ambtstitel } });
    await appendAuditEvent(tx, { actorId: caller.actor.id, actie: "gebruiker.ambtstitel_gewijzigd", voor: { ambtstitel: voor.ambtstitel }, na: { id: userId, ambtstitel: parsed.data.ambtstitel }, requestId: caller.requestId });
  });
}
