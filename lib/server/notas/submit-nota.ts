import "server-only";
import { AppError, validationError } from "@/lib/errors";
import { indienenSchema, indienFouten } from "@/lib/domain/nota-schemas";
import { controleerRoute } from "@/lib/domain/paraafroute";
import { dagAlsDate, dagIso } from "@/lib/domain/datum";
import { deadlineketen } from "@/lib/domain/deadlines";
import { transaction } from "@/lib/server/tx";
import { assertAllowed, assertRole, assertVersion, audit, casUpdate, nextStatus, saveVersion, type Caller } from "@/lib/server/notas/mutation";
import { loadVisibleNota, notaInclude } from "@/lib/server/notas/nota-record";
import { toNotaDto, type NotaDto } from "@/lib/server/notas/nota-dto";
import { queueTaakMail } from "@/lib/server/outbox/queue";

/**
 * POST /api/v1/notas/{id}/indienen: starts a paraaf round on a new version. Steps with the same
 * volgorde run in parallel; deadlines not given are planned back from the uiterste beslisdatum.
 */
export async function submitNota(caller: Caller, notaId: string, expectedVersion: number, input: unknown): Promise<NotaDto> {
  const { actor } = caller;
  const parsed = indienenSchema.safeParse(input);
  return transaction(async (tx) => {
    const nota = await loadVisibleNota(tx, actor, notaId, { forUpdate: true });
    assertRole(actor, "nota.indienen");
    const naar = nextStatus(nota, { actie: "indienen" });
    assertAllowed(actor, "nota.indienen", nota);
    assertVersion(nota, expectedVersion);
    if (!parsed.success) throw validationError(parsed.error);
    const route = parsed.data.paraafroute;

    const fouten = [...indienFouten(nota), ...controleerRoute(route, nota.opstellerId)];
    const ids = [...new Set(route.map((s) => s.gebruikerId))];
    const mensen = await tx.gebruiker.findMany({ where: { id: { in: ids } } });
    route.forEach((stap, i) => {
      const m = mensen.find((u) => u.id === stap.gebruikerId);
      if (!m || !m.actief) fouten.push({ path: `paraafroute.${i}.gebruikerId`, message: "Deze persoon bestaat niet (meer)." });
      else if (!m.rollen.includes("parafeerder")) fouten.push({ path: `paraafroute.${i}.gebruikerId`, message: `${m.naam} is geen parafeerder.` });
    });
    if (fouten.length) throw new AppError("VALIDATION_FAILED", fouten.length === 1 ? fouten[0]!.message : `Er zijn ${fouten.length} fouten.`, fouten);

    const versie = await casUpdate(tx, nota, { status: naar });
    const nummer = (nota.paraafrondes.at(-1)?.nummer ?? 0) + 1;
    const keten = deadlineketen({
      uitersteBeslisdatum: nota.uitersteBeslisdatum ? dagIso(nota.uitersteBeslisdatum) : null,
      volgordes: route.map((s) => s.volgorde),
    });
    await tx.paraafronde.create({
      data: {
        notaId,
        nummer,
        versie,
        stappen: {
          create: route.map((s) => {
            const deadline = s.deadline ?? keten.paraaf[s.volgorde] ?? null;
            return { volgorde: s.volgorde, rol: s.rol, toegewezenAanId: s.gebruikerId, deadline: deadline ? dagAlsDate(deadline) : null, versie };
          }),
        },
      },
    });
    const na = await tx.nota.findUniqueOrThrow({ where: { id: notaId }, include: notaInclude });
    await saveVersion(tx, na, versie, nummer === 1 ? "Ingediend" : `Opnieuw ingediend (ronde ${nummer})`, actor.id);
    await audit(tx, caller, { actie: "nota.ingediend", nota: na, van: nota.status, naar, versie, na: { ronde: nummer, paraafroute: route } });
    const eerste = Math.min(...route.map((s) => s.volgorde));
    const ontvangers = mensen.filter((m) => route.some((s) => s.volgorde === eerste && s.gebruikerId === m.id));
    await queueTaakMail(tx, ontvangers, na, "Paraaf gevraagd");
    return toNotaDto(na, actor);
  });
}
