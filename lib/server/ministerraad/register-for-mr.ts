import "server-only";
import { AppError } from "@/lib/errors";
import { mrAanmeldingSchema } from "@/lib/domain/nota-schemas";
import { aanmeldFouten } from "@/lib/domain/ministerraad";
import { dagAlsDate, dagIso, dagVan } from "@/lib/domain/datum";
import { nextStatus } from "@/lib/server/notas/mutation";
import { defineNotaUseCase } from "@/lib/server/notas/use-case";

/** POST /api/v1/notas/{id}/mr-aanmelding: puts a decided nota on a coming MR meeting. */
export const registerForMr = defineNotaUseCase({
  handeling: "mr_aanmelden",
  schema: mrAanmeldingSchema,
  async apply({ tx, actor, nota, input, nu, cas }) {
    const { vergaderingId, rondgezondenOp, motivering } = input;
    const vergadering = await tx.mrVergadering.findUnique({ where: { id: vergaderingId } });
    if (!vergadering) throw new AppError("VALIDATION_FAILED", "Deze vergadering bestaat niet.", [{ path: "vergaderingId", message: "Kies een bestaande vergadering." }]);
    const fouten = aanmeldFouten({ vergaderdatum: dagIso(vergadering.datum), rondgezondenOp, motivering, vandaag: dagVan(nu) });
    if (fouten.length) throw new AppError("VALIDATION_FAILED", fouten[0]!.message, fouten);

    await cas({ status: nextStatus(nota, { actie: "mr_aanmelden" }) });
    await tx.mrAgendapunt.create({
      data: { notaId: nota.id, vergaderingId, aangemeldDoorId: actor.id, rondgezondenOp: dagAlsDate(rondgezondenOp), motivering, aangemeldOp: nu },
    });
    return { audit: { actie: "mr.aangemeld", na: { vergadering: dagIso(vergadering.datum), rondgezondenOp, motivering } } };
  },
});
