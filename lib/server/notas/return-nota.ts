import "server-only";
import { terugsturenSchema } from "@/lib/domain/nota-schemas";
import { nextStatus } from "@/lib/server/notas/mutation";
import { defineNotaUseCase } from "@/lib/server/notas/use-case";
import { queueTaakMail } from "@/lib/server/outbox/queue";

/** POST /api/v1/notas/{id}/terugsturen: the bewindspersoon (or bureau) sends the nota back. */
export const returnNota = defineNotaUseCase({
  handeling: "terugsturen",
  schema: terugsturenSchema,
  async apply({ actor, nota, input, cas }) {
    await cas({ status: nextStatus(nota, { actie: "terugsturen" }) });
    return {
      audit: { actie: "nota.teruggestuurd", namensId: actor.id === nota.aanId ? null : nota.aanId, na: { opmerking: input.opmerking } },
      meldingen: (tx, na) => queueTaakMail(tx, [na.opsteller], na, "Teruggestuurd door de bewindspersoon"),
    };
  },
});
