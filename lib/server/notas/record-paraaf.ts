import "server-only";
import { AppError, validationError } from "@/lib/errors";
import { paraafSchema } from "@/lib/domain/nota-schemas";
import { openStappen, paraafOordeelLabels, wordtRouteAfgerond } from "@/lib/domain/paraafroute";
import { transaction } from "@/lib/server/tx";
import { assertAllowed, assertRole, assertVersion, audit, casUpdate, nextStatus, type Caller } from "@/lib/server/notas/mutation";
import { huidigeRonde, loadVisibleNota, notaInclude } from "@/lib/server/notas/nota-record";
import { toNotaDto, type NotaDto } from "@/lib/server/notas/nota-dto";
import { queueTaakMail, usersWithRole } from "@/lib/server/outbox/queue";

/**
 * POST /api/v1/notas/{id}/paraaf: the oordeel on the actor's open step (or the step of someone the
 * actor stands in for). niet_akkoord sends the nota retour; the last agreement sends it to the
 * bewindspersoon; otherwise the next volgorde opens when its whole parallel group has agreed.
 */
export async function recordParaaf(caller: Caller, notaId: string, expectedVersion: number, input: unknown): Promise<NotaDto> {
  const { actor } = caller;
  const parsed = paraafSchema.safeParse(input);
  return transaction(async (tx) => {
    const nota = await loadVisibleNota(tx, actor, notaId, { forUpdate: true });
    assertRole(actor, "nota.paraferen");
    nextStatus(nota, { actie: "paraferen", oordeel: "akkoord", laatsteStap: false });
    assertAllowed(actor, "nota.paraferen", nota);
    assertVersion(nota, expectedVersion);
    if (!parsed.success) throw validationError(parsed.error);
    const { oordeel, opmerking } = parsed.data;

    const ronde = huidigeRonde(nota)!;
    const open = openStappen(ronde.stappen);
    // Own step first; otherwise the step of someone the actor stands in for.
    const stap = open.find((s) => s.toegewezenAanId === actor.id) ?? open.find((s) => actor.vervangtVoor.includes(s.toegewezenAanId));
    if (!stap) throw new AppError("NOT_YOUR_TURN", "Er staat nu geen paraafstap van u open voor deze nota.");
    const laatsteStap = oordeel !== "niet_akkoord" && wordtRouteAfgerond(ronde.stappen, stap.id);
    const naar = nextStatus(nota, { actie: "paraferen", oordeel, laatsteStap });

    const versie = await casUpdate(tx, nota, { status: naar });
    await tx.paraafstap.update({
      where: { id: stap.id },
      data: { oordeel, opmerking, geparafeerdOp: new Date(), uitgevoerdDoorId: actor.id },
    });
    if (naar !== "in_paraaf") await tx.paraafronde.update({ where: { id: ronde.id }, data: { afgerondOp: new Date() } });

    const na = await tx.nota.findUniqueOrThrow({ where: { id: notaId }, include: notaInclude });
    const namensId = stap.toegewezenAanId !== actor.id ? stap.toegewezenAanId : null;
    await audit(tx, caller, {
      actie: "nota.geparafeerd",
      nota: na,
      van: nota.status,
      naar,
      versie,
      namensId,
      na: { stap: { id: stap.id, rol: stap.rol, volgorde: stap.volgorde }, oordeel, opmerking },
    });

    if (naar === "retour") {
      await queueTaakMail(tx, [na.opsteller], na, `Retour: ${paraafOordeelLabels[oordeel].toLowerCase()} van ${stap.rol}`);
    } else if (naar === "bij_bewindspersoon") {
      await queueTaakMail(tx, [na.aan, ...(await usersWithRole(tx, "bestuursondersteuning"))], na, "Besluit gevraagd");
    } else {
      const nuOpen = openStappen(huidigeRonde(na)!.stappen);
      const nieuw = nuOpen.filter((s) => !open.some((o) => o.id === s.id));
      await queueTaakMail(tx, nieuw.map((s) => s.toegewezenAan), na, "Paraaf gevraagd");
    }
    return toNotaDto(na, actor);
  });
}
