import "server-only";
import { AppError, validationError } from "@/lib/errors";
import { kamerbriefSchema } from "@/lib/domain/nota-schemas";
import { KAMERBRIEF_BEWERKBAAR, statusLabels } from "@/lib/domain/nota-status";
import { dagAlsDate } from "@/lib/domain/datum";
import { transaction } from "@/lib/server/tx";
import { assertAllowed, assertRole, assertVersion, audit, casUpdate, type Caller } from "@/lib/server/notas/mutation";
import { loadVisibleNota, notaInclude } from "@/lib/server/notas/nota-record";
import { toNotaDto, type NotaDto } from "@/lib/server/notas/nota-dto";

/** PUT /api/v1/notas/{id}/kamerbrief: the letter, editable by the opsteller's directie and PZ until sent. */
export async function saveKamerbrief(caller: Caller, notaId: string, expectedVersion: number, input: unknown): Promise<NotaDto> {
  const { actor } = caller;
  const parsed = kamerbriefSchema.safeParse(input);
  return transaction(async (tx) => {
    const nota = await loadVisibleNota(tx, actor, notaId, { forUpdate: true });
    assertRole(actor, "nota.kamerbrief_bewerken");
    if (!nota.kamerbrief) throw new AppError("INVALID_TRANSITION", "Bij deze nota hoort geen Kamerbrief. Zet eerst 'Kamerbrief' aan bij de nota.");
    if (!KAMERBRIEF_BEWERKBAAR.includes(nota.status)) {
      throw new AppError("INVALID_TRANSITION", `De Kamerbrief van een nota met status "${statusLabels[nota.status]}" kan niet meer worden gewijzigd.`);
    }
    assertAllowed(actor, "nota.kamerbrief_bewerken", nota);
    assertVersion(nota, expectedVersion);
    if (!parsed.success) throw validationError(parsed.error);
    const k = parsed.data;
    const ondertekenaarId = k.ondertekenaarId ?? nota.aanId;
    const ondertekenaar = await tx.gebruiker.findUnique({ where: { id: ondertekenaarId } });
    if (!ondertekenaar || !ondertekenaar.rollen.includes("bewindspersoon")) {
      throw new AppError("VALIDATION_FAILED", "De ondertekenaar moet een bewindspersoon zijn.", [{ path: "ondertekenaarId", message: "Kies de bewindspersoon die ondertekent." }]);
    }
    const data = {
      datum: k.datum ? dagAlsDate(k.datum) : null,
      betreft: k.betreft,
      onsKenmerk: k.onsKenmerk ?? nota.kenmerk,
      uwKenmerk: k.uwKenmerk,
      aanhef: k.aanhef,
      tekst: k.tekst,
      slot: k.slot,
      ondertekenaarId,
    };
    const voor = nota.kamerbriefDoc;
    const versie = await casUpdate(tx, nota, {});
    await tx.kamerbrief.upsert({ where: { notaId }, create: { notaId, ...data }, update: data });
    const na = await tx.nota.findUniqueOrThrow({ where: { id: notaId }, include: notaInclude });
    await audit(tx, caller, { actie: "kamerbrief.opgeslagen", nota: na, van: nota.status, naar: na.status, versie, voor, na: na.kamerbriefDoc });
    return toNotaDto(na, actor);
  });
}
