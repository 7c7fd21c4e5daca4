import "server-only";
import { tkNummersSchema } from "@/lib/domain/nota-schemas";
import { defineNotaUseCase } from "@/lib/server/notas/use-case";

/** PATCH /api/v1/notas/{id}/verzending: the TK's numbers, when they come back. */
export const recordTkNumbers = defineNotaUseCase({
  handeling: "tk_nummers",
  schema: tkNummersSchema,
  async apply({ tx, nota, input: n, cas }) {
    await cas();
    await tx.verzending.update({
      where: { notaId: nota.id },
      data: { tkDocumentnummer: n.tkDocumentnummer, tkZaaknummer: n.tkZaaknummer, dossiernummer: n.dossiernummer, ondernummer: n.ondernummer, vergaderjaar: n.vergaderjaar },
    });
    return { audit: (na) => ({ actie: "kamerbrief.tk_nummers", voor: nota.verzending!, na: na.verzending! }) };
  },
});
