import "server-only";
import { AppError } from "@/lib/errors";
import { mrUitkomstSchema } from "@/lib/domain/nota-schemas";
import { dagIso, dagVan } from "@/lib/domain/datum";
import { nextStatus } from "@/lib/server/notas/mutation";
import { actiefAgendapunt } from "@/lib/server/notas/nota-record";
import { defineNotaUseCase } from "@/lib/server/notas/use-case";
import { queueTaakMail, usersWithRole } from "@/lib/server/outbox/queue";

/**
 * POST /api/v1/notas/{id}/mr-uitkomst. akkoord / aanvaard met wijzigingen: decided in the MR.
 * aangehouden / besproken zonder conclusie: the item moves to the next meeting, or the one given.
 * teruggetrokken: off the agenda, back to besloten.
 */
export const recordMrOutcome = defineNotaUseCase({
  handeling: "mr_uitkomst",
  schema: mrUitkomstSchema,
  async apply({ tx, actor, nota, input, nu, cas }) {
    const { uitkomst, toelichting, nieuweVergaderingId } = input;
    const punt = actiefAgendapunt(nota);
    if (!punt || punt.uitkomst) throw new AppError("INVALID_TRANSITION", "Deze nota staat niet op een vergadering zonder uitkomst.");

    let volgende: { id: string; datum: Date } | null = null;
    if (uitkomst === "aangehouden" || uitkomst === "besproken_zonder_conclusie") {
      volgende = nieuweVergaderingId
        ? await tx.mrVergadering.findUnique({ where: { id: nieuweVergaderingId } })
        : await tx.mrVergadering.findFirst({ where: { datum: { gt: punt.vergadering.datum } }, orderBy: { datum: "asc" } });
      if (!volgende) {
        throw new AppError("VALIDATION_FAILED", "Er is geen volgende vergadering om de nota naar te verplaatsen.", [{ path: "nieuweVergaderingId", message: "Kies de vergadering waarop de nota terugkomt." }]);
      }
      if (volgende.datum <= punt.vergadering.datum || dagIso(volgende.datum) < dagVan(nu)) {
        throw new AppError("VALIDATION_FAILED", "Kies een latere, komende vergadering.", [{ path: "nieuweVergaderingId", message: "Kies een vergadering na deze en niet in het verleden." }]);
      }
    }

    const naar = nextStatus(nota, { actie: "mr_uitkomst", uitkomst });
    await cas({ status: naar });
    await tx.mrAgendapunt.update({ where: { id: punt.id }, data: { uitkomst, toelichting, uitkomstOp: nu } });
    if (volgende) {
      await tx.mrAgendapunt.create({
        data: {
          notaId: nota.id,
          vergaderingId: volgende.id,
          aangemeldDoorId: actor.id,
          aangemeldOp: nu,
          rondgezondenOp: punt.rondgezondenOp,
          motivering: `Verplaatst na "${uitkomst.replaceAll("_", " ")}" op ${dagIso(punt.vergadering.datum)}`,
        },
      });
    }
    return {
      audit: { actie: "mr.uitkomst", na: { vergadering: dagIso(punt.vergadering.datum), uitkomst, toelichting, naarVergadering: volgende ? dagIso(volgende.datum) : null } },
      async meldingen(tx, na) {
        if (naar === "mr_besloten" && na.kamerbrief) await queueTaakMail(tx, await usersWithRole(tx, "parlementaire_zaken"), na, "Kamerbrief verzenden");
      },
    };
  },
});
