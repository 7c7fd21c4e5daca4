import "server-only";
import { AppError, validationError } from "@/lib/errors";
import { tkNummersSchema, verzendingSchema } from "@/lib/domain/nota-schemas";
import { dagAlsDate, dagVan } from "@/lib/domain/datum";
import { transaction } from "@/lib/server/tx";
import { assertAllowed, assertRole, assertVersion, audit, casUpdate, nextStatus, type Caller } from "@/lib/server/notas/mutation";
import { loadVisibleNota, notaInclude } from "@/lib/server/notas/nota-record";
import { toNotaDto, type NotaDto } from "@/lib/server/notas/nota-dto";
import { queueTaakMail, usersWithRole } from "@/lib/server/outbox/queue";

/** POST /api/v1/notas/{id}/verzending: Parlementaire zaken marks the Kamerbrief as sent. */
export async function recordSending(caller: Caller, notaId: string, expectedVersion: number, input: unknown): Promise<NotaDto> {
  const { actor } = caller;
  const parsed = verzendingSchema.safeParse(input);
  return transaction(async (tx) => {
    const nota = await loadVisibleNota(tx, actor, notaId, { forUpdate: true });
    assertRole(actor, "nota.verzenden");
    const naar = nextStatus(nota, { actie: "verzenden" });
    assertAllowed(actor, "nota.verzenden", nota);
    if (!nota.kamerbriefDoc) throw new AppError("INVALID_TRANSITION", "Schrijf eerst de Kamerbrief voordat u hem als verzonden markeert.");
    assertVersion(nota, expectedVersion);
    if (!parsed.success) throw validationError(parsed.error);
    const { verzondenOp } = parsed.data;
    if (verzondenOp > dagVan(new Date())) {
      throw new AppError("VALIDATION_FAILED", "De verzenddatum ligt in de toekomst.", [{ path: "verzondenOp", message: "Een brief kan niet in de toekomst verzonden zijn." }]);
    }
    const versie = await casUpdate(tx, nota, { status: naar });
    await tx.verzending.create({ data: { notaId, verzondenOp: dagAlsDate(verzondenOp), verzondenDoorId: actor.id } });
    if (!nota.kamerbriefDoc.datum) await tx.kamerbrief.update({ where: { notaId }, data: { datum: dagAlsDate(verzondenOp) } });
    const na = await tx.nota.findUniqueOrThrow({ where: { id: notaId }, include: notaInclude });
    await audit(tx, caller, { actie: "kamerbrief.verzonden", nota: na, van: nota.status, naar, versie, na: { verzondenOp } });
    await queueTaakMail(tx, await usersWithRole(tx, "woo_coordinator"), na, "Openbare versie beoordelen");
    return toNotaDto(na, actor);
  });
}

/** PATCH /api/v1/notas/{id}/verzending: the TK's numbers, when they come back. */
export async function recordTkNumbers(caller: Caller, notaId: string, expectedVersion: number, input: unknown): Promise<NotaDto> {
  const { actor } = caller;
  const parsed = tkNummersSchema.safeParse(input);
  return transaction(async (tx) => {
    const nota = await loadVisibleNota(tx, actor, notaId, { forUpdate: true });
    assertRole(actor, "nota.tk_nummers");
    if (!nota.verzending) throw new AppError("INVALID_TRANSITION", "Deze Kamerbrief is nog niet verzonden.");
    assertAllowed(actor, "nota.tk_nummers", nota);
    assertVersion(nota, expectedVersion);
    if (!parsed.success) throw validationError(parsed.error);
    const n = parsed.data;
    const voor = nota.verzending;
    const versie = await casUpdate(tx, nota, {});
    await tx.verzending.update({
      where: { notaId },
      data: {
        tkDocumentnummer: n.tkDocumentnummer,
        tkZaaknummer: n.tkZaaknummer,
        dossiernummer: n.dossiernummer,
        ondernummer: n.ondernummer,
        vergaderjaar: n.vergaderjaar,
      },
    });
    const na = await tx.nota.findUniqueOrThrow({ where: { id: notaId }, include: notaInclude });
    await audit(tx, caller, { actie: "kamerbrief.tk_nummers", nota: na, van: nota.status, naar: na.status, versie, voor, na: na.verzending });
    return toNotaDto(na, actor);
  });
}
