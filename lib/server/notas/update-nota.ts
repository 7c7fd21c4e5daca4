import "server-only";
import { notaPatchSchema } from "@/lib/domain/nota-schemas";
import { dagAlsDate } from "@/lib/domain/datum";
import { snapshotVan } from "@/lib/server/notas/mutation";
import { assertPeople } from "@/lib/server/notas/create-nota";
import { defineNotaUseCase } from "@/lib/server/notas/use-case";

/** PATCH /api/v1/notas/{id}: changes content while the nota is a concept or retour. */
export const updateNota = defineNotaUseCase({
  handeling: "bewerken",
  schema: notaPatchSchema,
  async apply({ tx, nota, input: p, cas }) {
    const notaId = nota.id;
    await assertPeople(tx, p);
    await cas({
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
    return { audit: (na) => ({ actie: "nota.gewijzigd", voor: snapshotVan(nota), na: snapshotVan(na) }) };
  },
});
