import "server-only";
import { validationError } from "@/lib/errors";
import { intrekkenSchema, terugsturenSchema } from "@/lib/domain/nota-schemas";
import { transaction } from "@/lib/server/tx";
import { assertAllowed, assertRole, assertVersion, audit, casUpdate, nextStatus, type Caller } from "@/lib/server/notas/mutation";
import { loadVisibleNota, notaInclude } from "@/lib/server/notas/nota-record";
import { toNotaDto, type NotaDto } from "@/lib/server/notas/nota-dto";
import { queueTaakMail } from "@/lib/server/outbox/queue";

/** POST /api/v1/notas/{id}/terugsturen: the bewindspersoon (or bureau) sends the nota back. */
export async function returnNota(caller: Caller, notaId: string, expectedVersion: number, input: unknown): Promise<NotaDto> {
  const { actor } = caller;
  const parsed = terugsturenSchema.safeParse(input);
  return transaction(async (tx) => {
    const nota = await loadVisibleNota(tx, actor, notaId, { forUpdate: true });
    assertRole(actor, "nota.terugsturen");
    const naar = nextStatus(nota, { actie: "terugsturen" });
    assertAllowed(actor, "nota.terugsturen", nota);
    assertVersion(nota, expectedVersion);
    if (!parsed.success) throw validationError(parsed.error);
    const namensId = actor.id === nota.aanId ? null : nota.aanId;
    const versie = await casUpdate(tx, nota, { status: naar });
    const na = await tx.nota.findUniqueOrThrow({ where: { id: notaId }, include: notaInclude });
    await audit(tx, caller, { actie: "nota.teruggestuurd", nota: na, van: nota.status, naar, versie, namensId, na: { opmerking: parsed.data.opmerking } });
    await queueTaakMail(tx, [na.opsteller], na, "Teruggestuurd door de bewindspersoon");
    return toNotaDto(na, actor);
  });
}

/** POST /api/v1/notas/{id}/intrekken: the opsteller or a beheerder withdraws it, with a reason. */
export async function withdrawNota(caller: Caller, notaId: string, expectedVersion: number, input: unknown): Promise<NotaDto> {
  const { actor } = caller;
  const parsed = intrekkenSchema.safeParse(input);
  return transaction(async (tx) => {
    const nota = await loadVisibleNota(tx, actor, notaId, { forUpdate: true });
    assertRole(actor, "nota.intrekken");
    const naar = nextStatus(nota, { actie: "intrekken" });
    assertAllowed(actor, "nota.intrekken", nota);
    assertVersion(nota, expectedVersion);
    if (!parsed.success) throw validationError(parsed.error);
    const versie = await casUpdate(tx, nota, { status: naar, intrekReden: parsed.data.reden });
    const na = await tx.nota.findUniqueOrThrow({ where: { id: notaId }, include: notaInclude });
    await audit(tx, caller, { actie: "nota.ingetrokken", nota: na, van: nota.status, naar, versie, na: { reden: parsed.data.reden } });
    return toNotaDto(na, actor);
  });
}
