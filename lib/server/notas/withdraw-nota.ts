import "server-only";
import { intrekkenSchema } from "@/lib/domain/nota-schemas";
import { nextStatus } from "@/lib/server/notas/mutation";
import { defineNotaUseCase } from "@/lib/server/notas/use-case";

/** POST /api/v1/notas/{id}/intrekken: the opsteller or a beheerder withdraws it, with a reason. */
export const withdrawNota = defineNotaUseCase({
  handeling: "intrekken",
  schema: intrekkenSchema,
  async apply({ nota, input, cas }) {
    await cas({ status: nextStatus(nota, { actie: "intrekken" }), intrekReden: input.reden });
    return { audit: { actie: "nota.ingetrokken", na: { reden: input.reden } } };
  },
});
