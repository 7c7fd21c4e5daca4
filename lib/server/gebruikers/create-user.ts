import "server-only";
import { AppError, validationError } from "@/lib/errors";
import { ROLLEN } from "@/lib/domain/rollen";
import { verplichteTekst, optioneleTekst, z } from "@/lib/domain/validatie";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { hashPassword } from "@/lib/server/auth/password";
import { requireRecentSignIn } from "@/lib/server/auth/recent-sign-in";
import { assertRole, type Caller } from "@/lib/server/notas/mutation";

export const rollenSchema = z.array(z.enum(ROLLEN, { error: "Onbekende rol." })).min(1, "Kies ten minste één rol.");

export const nieuweGebruikerSchema = z
  .object({
    naam: verplichteTekst("de naam", 200),
    email: z.string({ error: "Vul het e-mailadres in." }).trim().toLowerCase().min(1, "Vul het e-mailadres in.").pipe(z.email("Vul een geldig e-mailadres in.")),
    organisatieonderdeelId: z.uuid({ error: "Kies een organisatieonderdeel." }),
    rollen: rollenSchema,
    functie: optioneleTekst("de functie", 200),
    ambtstitel: optioneleTekst("de ambtstitel", 200),
    wachtwoord: z.string({ error: "Kies een startwachtwoord." }).min(12, "Het wachtwoord is minstens 12 tekens lang.").max(200),
  })
  .strict();

/** Beheer: a new official with roles and a starting password. */
export async function createUser(caller: Caller, input: unknown) {
  assertRole(caller.actor, "gebruikers.beheren");
  requireRecentSignIn(caller.actor);
  const parsed = nieuweGebruikerSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const { wachtwoord, ...data } = parsed.data;
  const wachtwoordHash = await hashPassword(wachtwoord);
  return transaction(async (tx) => {
    if (await tx.gebruiker.findUnique({ where: { email: data.email } })) {
      throw new AppError("CONFLICT", "Er is al een gebruiker met dit e-mailadres.", [{ path: "email", message: "Er is al een gebruiker met dit e-mailadres." }]);
    }
    if (!(await tx.organisatieonderdeel.findUnique({ where: { id: data.organisatieonderdeelId } }))) {
      throw new AppError("VALIDATION_FAILED", "Dit organisatieonderdeel bestaat niet.", [{ path: "organisatieonderdeelId", message: "Kies een organisatieonderdeel." }]);
    }
    const u = await tx.gebruiker.create({ data: { ...data, wachtwoordHash } });
    await appendAuditEvent(tx, { actorId: caller.actor.id, actie: "gebruiker.aangemaakt", na: { id: u.id, email: u.email, rollen: u.rollen }, requestId: caller.requestId });
    return { id: u.id };
  });
}

