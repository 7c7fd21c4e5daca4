import "server-only";
import { AppError, validationError } from "@/lib/errors";
import { mrAanmeldingSchema } from "@/lib/domain/nota-schemas";
import { aanmeldFouten } from "@/lib/domain/ministerraad";
import { dagAlsDate, dagIso, dagVan } from "@/lib/domain/datum";
import { transaction } from "@/lib/server/tx";
import { assertAllowed, assertRole, assertVersion, audit, casUpdate, nextStatus, type Caller } from "@/lib/server/notas/mutation";
import { loadVisibleNota, notaInclude } from "@/lib/server/notas/nota-record";
import { toNotaDto, type NotaDto } from "@/lib/server/notas/nota-dto";

/** POST /api/v1/notas/{id}/mr-aanmelding: puts a decided nota on a coming MR meeting. */
export async function registerForMr(caller: Caller, notaId: string, expectedVersion: number, input: unknown): Promise<NotaDto> {
  const { actor } = caller;
  const parsed = mrAanmeldingSchema.safeParse(input);
  return transaction(async (tx) => {
    const nota = await loadVisibleNota(tx, actor, notaId, { forUpdate: true });
    assertRole(actor, "nota.mr_aanmelden");
    const naar = nextStatus(nota, { actie: "mr_aanmelden" });
    assertAllowed(actor, "nota.mr_aanmelden", nota);
    assertVersion(nota, expectedVersion);
    if (!parsed.success) throw validationError(parsed.error);
    const { vergaderingId, rondgezondenOp, motivering } = parsed.data;
    const vergadering = await tx.mrVergadering.findUnique({ where: { id: vergaderingId } });
    if (!vergadering) throw new AppError("VALIDATION_FAILED", "Deze vergadering bestaat niet.", [{ path: "vergaderingId", message: "Kies een bestaande vergadering." }]);
    const fouten = aanmeldFouten({ vergaderdatum: dagIso(vergadering.datum), rondgezondenOp, motivering, vandaag: dagVan(new Date()) });
    if (fouten.length) throw new AppError("VALIDATION_FAILED", fouten[0]!.message, fouten);

    const versie = await casUpdate(tx, nota, { status: naar });
    await tx.mrAgendapunt.create({
      data: { notaId, vergaderingId, aangemeldDoorId: actor.id, rondgezondenOp: dagAlsDate(rondgezondenOp), motivering },
    });
    const na = await tx.nota.findUniqueOrThrow({ where: { id: notaId }, include: notaInclude });
    await audit(tx, caller, { actie: "mr.aangemeld", nota: na, van: nota.status, naar, versie, na: { vergadering: dagIso(vergadering.datum), rondgezondenOp, motivering } });
    return toNotaDto(na, actor);
  });
}
