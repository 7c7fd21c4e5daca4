import "server-only";
import { AppError, validationError } from "@/lib/errors";
import { notaPatchSchema } from "@/lib/domain/nota-schemas";
import { BEWERKBAAR, statusLabels } from "@/lib/domain/nota-status";
import { dagAlsDate } from "@/lib/domain/datum";
import { transaction } from "@/lib/server/tx";
import { assertAllowed, assertRole, assertVersion, audit, casUpdate, snapshotVan, type Caller } from "@/lib/server/notas/mutation";
import { loadVisibleNota, notaInclude } from "@/lib/server/notas/nota-record";
import { assertPeople } from "@/lib/server/notas/create-nota";
import { toNotaDto, type NotaDto } from "@/lib/server/notas/nota-dto";

/** PATCH /api/v1/notas/{id}: changes content while the nota is a concept or retour. */
export async function updateNota(caller: Caller, notaId: string, expectedVersion: number, input: unknown): Promise<NotaDto> {
  const { actor } = caller;
  const parsed = notaPatchSchema.safeParse(input);
  return transaction(async (tx) => {
    const nota = await loadVisibleNota(tx, actor, notaId, { forUpdate: true });
    assertRole(actor, "nota.bewerken");
    if (!BEWERKBAAR.includes(nota.status)) {
      throw new AppError("INVALID_TRANSITION", `De inhoud van een nota met status "${statusLabels[nota.status]}" kan niet meer worden gewijzigd.`);
    }
    assertAllowed(actor, "nota.bewerken", nota);
    assertVersion(nota, expectedVersion);
    if (!parsed.success) throw validationError(parsed.error);
    const p = parsed.data;
    await assertPeople(tx, p);
    const voor = snapshotVan(nota);

    await casUpdate(tx, nota, {
      onderwerp: p.onderwerp,
      soort: p.soort,
      aanId: p.aanId,
      contactpersoonId: p.contactpersoonId === undefined ? undefined : p.contactpersoonId,
      uitersteBeslisdatum: p.uitersteBeslisdatum === undefined ? undefined : p.uitersteBeslisdatum ? dagAlsDate(p.uitersteBeslisdatum) : null,
      deadlineReden: p.deadlineReden,
      rubricering: p.rubricering,
      mrBehandeling: p.mrBehandeling,
      kamerbrief: p.kamerbrief,
      aanleiding: p.aanleiding,
      kern: p.kern,
      toelichting: p.toelichting,
      politiekeContext: p.politiekeContext,
      nietOpenbaar: p.nietOpenbaar,
      motivering: p.motivering,
    });
    if (p.beslispunten) {
      await tx.beslispunt.deleteMany({ where: { notaId } });
      await tx.beslispunt.createMany({ data: p.beslispunten.map((b, i) => ({ notaId, volgnummer: i + 1, tekst: b.tekst })) });
    }
    if (p.bijlagen) {
      // Matched by volgnummer: metadata is replaced, an uploaded file stays with its volgnummer.
      await tx.bijlage.deleteMany({ where: { notaId, volgnummer: { gt: p.bijlagen.length } } });
      for (const [i, b] of p.bijlagen.entries()) {
        const data = { naam: b.naam, informatie: b.informatie, gronden: b.gronden, vindplaats: b.vindplaats };
        await tx.bijlage.upsert({ where: { notaId_volgnummer: { notaId, volgnummer: i + 1 } }, create: { notaId, volgnummer: i + 1, ...data }, update: data });
      }
    }
    const na = await tx.nota.findUniqueOrThrow({ where: { id: notaId }, include: notaInclude });
    await audit(tx, caller, { actie: "nota.gewijzigd", nota: na, van: nota.status, naar: na.status, versie: na.versie, voor, na: snapshotVan(na) });
    return toNotaDto(na, actor);
  });
}
