// Mijn gegevens: the official's own notification preferences (audited).
import "server-only";
import { validationError } from "@/lib/errors";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import type { Caller } from "@/lib/server/notas/mutation";
import { meldingvoorkeurenSchema } from "@/lib/server/gebruikers/mijn-gegevens";

/** The official's own notification preferences. */
export async function setMeldingvoorkeuren(caller: Caller, input: unknown): Promise<void> {
  const parsed = meldingvoorkeurenSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  await transaction(async (tx) => {
    const voor = await tx.gebruiker.findUniqueOrThrow({ where: { id: caller.actor.id }, select: { mailBijTaak: true, mailBijVervanging: true } });
    await tx.gebruiker.update({ where: { id: caller.actor.id }, data: parsed.data });
    await appendAuditEvent(tx, { actorId: caller.actor.id, actie: "gebruiker.meldingvoorkeuren", voor, na: parsed.data, requestId: caller.requestId });
  });
}
