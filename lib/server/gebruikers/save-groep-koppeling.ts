import "server-only";
// Beheer: which group of the identity provider grants which roles and directie at SSO sign-in
// (lib/server/auth/sso-accounts.ts applies it). Data, not configuration: the beheerder edits it.
import { AppError, validationError } from "@/lib/errors";
import { ROLLEN } from "@/lib/domain/rollen";
import { idSchema, z } from "@/lib/domain/validatie";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { requireRecentSignIn } from "@/lib/server/auth/recent-sign-in";
import { assertRole, type Caller } from "@/lib/server/notas/mutation";

export const groepKoppelingSchema = z
  .object({
    groep: z.string({ error: "Vul de naam of id van de groep in." }).trim().min(1, "Vul de naam of id van de groep in.").max(300),
    rollen: z.array(z.enum(ROLLEN, { error: "Onbekende rol." })).min(1, "Kies ten minste één rol."),
    organisatieonderdeelId: idSchema.nullable(),
  })
  .strict();

/** A new mapping, or new roles/directie for a group that is mapped already. */
export async function saveGroepKoppeling(caller: Caller, input: unknown): Promise<{ id: string }> {
  assertRole(caller.actor, "gebruikers.beheren");
  requireRecentSignIn(caller.actor);
  const parsed = groepKoppelingSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const { groep, rollen, organisatieonderdeelId } = parsed.data;
  return transaction(async (tx) => {
    if (organisatieonderdeelId && !(await tx.organisatieonderdeel.findUnique({ where: { id: organisatieonderdeelId } }))) {
      throw new AppError("VALIDATION_FAILED", "Dit organisatieonderdeel bestaat niet.", [{ path: "organisatieonderdeelId", message: "Kies een organisatieonderdeel." }]);
    }
    const voor = await tx.ssoGroepKoppeling.findUnique({ where: { groep } });
    const row = await tx.ssoGroepKoppeling.upsert({ where: { groep }, create: { groep, rollen, organisatieonderdeelId }, update: { rollen, organisatieonderdeelId } });
    await appendAuditEvent(tx, {
      actorId: caller.actor.id,
      actie: "sso.groepkoppeling_gewijzigd",
      voor: voor ? { rollen: voor.rollen, organisatieonderdeelId: voor.organisatieonderdeelId } : undefined,
      na: { groep, rollen, organisatieonderdeelId },
      requestId: caller.requestId,
    });
    return { id: row.id };
  });
}
