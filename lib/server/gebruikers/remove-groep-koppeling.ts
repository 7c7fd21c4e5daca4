import "server-only";
// Beheer: which group of the identity provider grants which roles and directie at SSO sign-in
// (lib/server/auth/sso-accounts.ts applies it). Data, not configuration: the beheerder edits it.
import { AppError } from "@/lib/errors";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { requireRecentSignIn } from "@/lib/server/auth/recent-sign-in";
import { assertRole, type Caller } from "@/lib/server/notas/mutation";

export async function removeGroepKoppeling(caller: Caller, id: string): Promise<void> {
  assertRole(caller.actor, "gebruikers.beheren");
  requireRecentSignIn(caller.actor);
  await transaction(async (tx) => {
    const voor = /^[0-9a-f-]{36}$/i.test(id) ? await tx.ssoGroepKoppeling.findUnique({ where: { id } }) : null;
    if (!voor) throw new AppError("NOT_FOUND", "Deze koppeling bestaat niet.");
    await tx.ssoGroepKoppeling.delete({ where: { id } });
    await appendAuditEvent(tx, { actorId: caller.actor.id, actie: "sso.groepkoppeling_gewijzigd", voor: { groep: voor.groep, rollen: voor.rollen, organisatieonderdeelId: voor.organisatieonderdeelId }, na: { groep: voor.groep, verwijderd: true }, requestId: caller.requestId });
  });
}
