// Beheer: a new DG, directie or afdeling in the organisation tree (audited).
import "server-only";
import { idSchema, optioneleTekst, verplichteTekst, z } from "@/lib/domain/validatie";
import { AppError, validationError } from "@/lib/errors";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { assertRole, type Caller } from "@/lib/server/notas/mutation";

const onderdeelSchema = z
  .object({
    naam: verplichteTekst("de naam van het onderdeel", 200),
    afkorting: optioneleTekst("de afkorting", 20),
    soort: z.enum(["dg", "directie", "afdeling"], { error: "Kies DG, directie of afdeling." }),
    parentId: idSchema,
  })
  .strict();

/** Which kind of unit may sit under which: a DG under the ministerie, a directie under either, an afdeling under a directie. */
const ONDER: Record<"dg" | "directie" | "afdeling", readonly string[]> = { dg: ["ministerie"], directie: ["ministerie", "dg"], afdeling: ["directie"] };

/** Beheer: a new DG, directie or afdeling in the organisation (audited). */
export async function createOnderdeel(caller: Caller, input: unknown): Promise<{ id: string }> {
  assertRole(caller.actor, "gebruikers.beheren");
  const parsed = onderdeelSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const data = parsed.data;
  return transaction(async (tx) => {
    const boven = await tx.organisatieonderdeel.findUnique({ where: { id: data.parentId } });
    if (!boven || !ONDER[data.soort].includes(boven.soort)) {
      throw new AppError("VALIDATION_FAILED", "Dit onderdeel kan daar niet onder vallen.", [{ path: "parentId", message: data.soort === "afdeling" ? "Een afdeling valt onder een directie." : data.soort === "dg" ? "Een DG valt onder het ministerie." : "Een directie valt onder het ministerie of een DG." }]);
    }
    if (await tx.organisatieonderdeel.findFirst({ where: { parentId: data.parentId, naam: data.naam } })) {
      throw new AppError("CONFLICT", "Er is daar al een onderdeel met deze naam.", [{ path: "naam", message: "Deze naam bestaat al onder dit onderdeel." }]);
    }
    const u = await tx.organisatieonderdeel.create({ data });
    await appendAuditEvent(tx, { actorId: caller.actor.id, actie: "organisatie.onderdeel_aangemaakt", na: { id: u.id, ...data }, requestId: caller.requestId });
    return { id: u.id };
  });
}
