import "server-only";
import { AppError } from "@/lib/errors";
import { indienenSchema, indienFouten } from "@/lib/domain/nota-schemas";
import { controleerRoute } from "@/lib/domain/paraafroute";
import { dagAlsDate, dagIso } from "@/lib/domain/datum";
import { deadlineketen } from "@/lib/domain/deadlines";
import { nextStatus } from "@/lib/server/notas/mutation";
import { defineNotaUseCase } from "@/lib/server/notas/use-case";
import { queueTaakMail } from "@/lib/server/outbox/queue";

/**
 * POST /api/v1/notas/{id}/indienen: starts a paraaf round on a new version. Steps with the same
 * volgorde run in parallel; deadlines not given are planned back from the uiterste beslisdatum.
 */
export const submitNota = defineNotaUseCase({
  handeling: "indienen",
  schema: indienenSchema,
  async apply({ tx, nota, input, nu, cas }) {
    const route = input.paraafroute;
    const fouten = [...indienFouten(nota), ...controleerRoute(route, nota.opstellerId)];
    const ids = [...new Set(route.map((s) => s.gebruikerId))];
    const mensen = await tx.gebruiker.findMany({ where: { id: { in: ids } } });
    route.forEach((stap, i) => {
      const m = mensen.find((u) => u.id === stap.gebruikerId);
      if (!m || !m.actief) fouten.push({ path: `paraafroute.${i}.gebruikerId`, message: "Deze persoon bestaat niet (meer)." });
      else if (!m.rollen.includes("parafeerder")) fouten.push({ path: `paraafroute.${i}.gebruikerId`, message: `${m.naam} is geen parafeerder.` });
    });
    if (fouten.length) throw new AppError("VALIDATION_FAILED", fouten.length === 1 ? fouten[0]!.message : `Er zijn ${fouten.length} fouten.`, fouten);

    const versie = await cas({ status: nextStatus(nota, { actie: "indienen" }) });
    const nummer = (nota.paraafrondes.at(-1)?.nummer ?? 0) + 1;
    const keten = deadlineketen({
      uitersteBeslisdatum: nota.uitersteBeslisdatum ? dagIso(nota.uitersteBeslisdatum) : null,
      volgordes: route.map((s) => s.volgorde),
    });
    await tx.paraafronde.create({
      data: {
        notaId: nota.id,
        nummer,
        versie,
        gestartOp: nu,
        stappen: {
          create: route.map((s) => {
            const deadline = s.deadline ?? keten.paraaf[s.volgorde] ?? null;
            return { volgorde: s.volgorde, rol: s.rol, toegewezenAanId: s.gebruikerId, deadline: deadline ? dagAlsDate(deadline) : null, versie };
          }),
        },
      },
    });
    const eerste = Math.min(...route.map((s) => s.volgorde));
    const ontvangers = mensen.filter((m) => route.some((s) => s.volgorde === eerste && s.gebruikerId === m.id));
    return {
      versieAanleiding: nummer === 1 ? "Ingediend" : `Opnieuw ingediend (ronde ${nummer})`,
      audit: { actie: "nota.ingediend", na: { ronde: nummer, paraafroute: route } },
      meldingen: (tx, na) => queueTaakMail(tx, ontvangers, na, "Paraaf gevraagd"),
    };
  },
});
