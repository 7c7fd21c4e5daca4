import "server-only";
import { AppError, validationError } from "@/lib/errors";
import { mrUitkomstSchema } from "@/lib/domain/nota-schemas";
import { dagIso, dagVan } from "@/lib/domain/datum";
import { transaction } from "@/lib/server/tx";
import { assertAllowed, assertRole, assertVersion, audit, casUpdate, nextStatus, type Caller } from "@/lib/server/notas/mutation";
import { actiefAgendapunt, loadVisibleNota, notaInclude } from "@/lib/server/notas/nota-record";
import { toNotaDto, type NotaDto } from "@/lib/server/notas/nota-dto";
import { queueTaakMail, usersWithRole } from "@/lib/server/outbox/queue";

/**
 * POST /api/v1/notas/{id}/mr-uitkomst. akkoord / aanvaard met wijzigingen: decided in the MR.
 * aangehouden / besproken zonder conclusie: the item moves to the next meeting, or the one given.
 * teruggetrokken: off the agenda, back to besloten.
 */
export async function recordMrOutcome(caller: Caller, notaId: string, expectedVersion: number, input: unknown): Promise<NotaDto> {
  const { actor } = caller;
  const parsed = mrUitkomstSchema.safeParse(input);
  return transaction(async (tx) => {
    const nota = await loadVisibleNota(tx, actor, notaId, { forUpdate: true });
    assertRole(actor, "nota.mr_uitkomst");
    nextStatus(nota, { actie: "mr_uitkomst", uitkomst: "akkoord" });
    assertAllowed(actor, "nota.mr_uitkomst", nota);
    assertVersion(nota, expectedVersion);
    if (!parsed.success) throw validationError(parsed.error);
    const { uitkomst, toelichting, nieuweVergaderingId } = parsed.data;
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
      if (volgende.datum <= punt.vergadering.datum || dagIso(volgende.datum) < dagVan(new Date())) {
        throw new AppError("VALIDATION_FAILED", "Kies een latere, komende vergadering.", [{ path: "nieuweVergaderingId", message: "Kies een vergadering na deze en niet in het verleden." }]);
      }
    }

    const naar = nextStatus(nota, { actie: "mr_uitkomst", uitkomst });
    const versie = await casUpdate(tx, nota, { status: naar });
    await tx.mrAgendapunt.update({ where: { id: punt.id }, data: { uitkomst, toelichting, uitkomstOp: new Date() } });
    if (volgende) {
      await tx.mrAgendapunt.create({
        data: { notaId, vergaderingId: volgende.id, aangemeldDoorId: actor.id, rondgezondenOp: punt.rondgezondenOp, motivering: `Verplaatst na "${uitkomst.replaceAll("_", " ")}" op ${dagIso(punt.vergadering.datum)}` },
      });
    }
    const na = await tx.nota.findUniqueOrThrow({ where: { id: notaId }, include: notaInclude });
    await audit(tx, caller, {
      actie: "mr.uitkomst",
      nota: na,
      van: nota.status,
      naar,
      versie,
      na: { vergadering: dagIso(punt.vergadering.datum), uitkomst, toelichting, naarVergadering: volgende ? dagIso(volgende.datum) : null },
    });
    if (naar === "mr_besloten" && na.kamerbrief) await queueTaakMail(tx, await usersWithRole(tx, "parlementaire_zaken"), na, "Kamerbrief verzenden");
    return toNotaDto(na, actor);
  });
}

