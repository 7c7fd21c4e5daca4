import "server-only";
import { AppError } from "@/lib/errors";
import { verzendingSchema } from "@/lib/domain/nota-schemas";
import { dagAlsDate, dagVan } from "@/lib/domain/datum";
import { nextStatus } from "@/lib/server/notas/mutation";
import { defineNotaUseCase } from "@/lib/server/notas/use-case";
import { queueTaakMail, usersWithRole } from "@/lib/server/outbox/queue";

/** POST /api/v1/notas/{id}/verzending: Parlementaire zaken marks the Kamerbrief as sent. */
export const recordSending = defineNotaUseCase({
  handeling: "verzenden",
  schema: verzendingSchema,
  async apply({ tx, actor, nota, input, nu, cas }) {
    const { verzondenOp } = input;
    if (verzondenOp > dagVan(nu)) {
      throw new AppError("VALIDATION_FAILED", "De verzenddatum ligt in de toekomst.", [{ path: "verzondenOp", message: "Een brief kan niet in de toekomst verzonden zijn." }]);
    }
    await cas({ status: nextStatus(nota, { actie: "verzenden" }) });
    await tx.verzending.create({ data: { notaId: nota.id, verzondenOp: dagAlsDate(verzondenOp), verzondenDoorId: actor.id } });
    if (!nota.kamerbriefDoc!.datum) await tx.kamerbrief.update({ where: { notaId: nota.id }, data: { datum: dagAlsDate(verzondenOp) } });
    return {
      audit: { actie: "kamerbrief.verzonden", na: { verzondenOp } },
      meldingen: async (tx, na) => queueTaakMail(tx, await usersWithRole(tx, "woo_coordinator"), na, "Openbare versie beoordelen"),
    };
  },
});
