import "server-only";
import { AppError } from "@/lib/errors";
import { kamerbriefSchema } from "@/lib/domain/nota-schemas";
import { dagAlsDate } from "@/lib/domain/datum";
import { defineNotaUseCase } from "@/lib/server/notas/use-case";

/** PUT /api/v1/notas/{id}/kamerbrief: the letter, editable by the opsteller's directie and PZ until sent. */
export const saveKamerbrief = defineNotaUseCase({
  handeling: "kamerbrief_bewerken",
  schema: kamerbriefSchema,
  async apply({ tx, nota, input: k, nu, cas }) {
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
      gewijzigdOp: nu,
    };
    await cas();
    await tx.kamerbrief.upsert({ where: { notaId: nota.id }, create: { notaId: nota.id, ...data }, update: data });
    return { audit: (na) => ({ actie: "kamerbrief.opgeslagen", voor: nota.kamerbriefDoc, na: na.kamerbriefDoc! }) };
  },
});
