// Mijn gegevens: an official ends a vervanging they are part of (audited).
import "server-only";
import { AppError } from "@/lib/errors";
import { dagIso } from "@/lib/domain/datum";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import type { Caller } from "@/lib/server/notas/mutation";

/** Ends a vervanging now: the official's own (or any, for the beheerder). */
export async function endVervanging(caller: Caller, id: string): Promise<void> {
  const { actor } = caller;
  await transaction(async (tx) => {
    const v = /^[0-9a-f-]{36}$/i.test(id) ? await tx.vervanging.findUnique({ where: { id } }) : null;
    if (!v || (v.gebruikerId !== actor.id && !actor.rollen.includes("beheerder"))) throw new AppError("NOT_FOUND", "Deze vervanging bestaat niet.");
    await tx.vervanging.delete({ where: { id } });
    await appendAuditEvent(tx, { actorId: actor.id, actie: "vervanging.beeindigd", voor: { id, gebruikerId: v.gebruikerId, vervangerId: v.vervangerId, van: dagIso(v.van), tot: dagIso(v.tot) }, requestId: caller.requestId });
  });
}
