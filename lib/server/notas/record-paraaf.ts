import "server-only";
import { AppError } from "@/lib/errors";
import { paraafSchema } from "@/lib/domain/nota-schemas";
import { openStappen, paraafOordeelLabels, stapAanZet, wordtRouteAfgerond } from "@/lib/domain/paraafroute";
import { nextStatus } from "@/lib/server/notas/mutation";
import { huidigeRonde } from "@/lib/server/notas/nota-record";
import { defineNotaUseCase } from "@/lib/server/notas/use-case";
import { queueTaakMail, usersWithRole } from "@/lib/server/outbox/queue";

/**
 * POST /api/v1/notas/{id}/paraaf: the oordeel on the step it is the actor's turn on (their own, or
 * that of someone they stand in for: stapAanZet). niet_akkoord sends the nota retour; the last
 * agreement sends it to the bewindspersoon; otherwise the next volgorde opens when its whole
 * parallel group has agreed.
 */
export const recordParaaf = defineNotaUseCase({
  handeling: "paraferen",
  schema: paraafSchema,
  async apply({ tx, actor, nota, input, nu, cas }) {
    const { oordeel, opmerking } = input;
    const ronde = huidigeRonde(nota)!;
    const open = openStappen(ronde.stappen);
    const stap = stapAanZet(ronde.stappen, actor);
    if (!stap) throw new AppError("NOT_YOUR_TURN", "Er staat nu geen paraafstap van u open voor deze nota.");
    const laatsteStap = oordeel !== "niet_akkoord" && wordtRouteAfgerond(ronde.stappen, stap.id);
    const naar = nextStatus(nota, { actie: "paraferen", oordeel, laatsteStap });

    await cas({ status: naar });
    await tx.paraafstap.update({ where: { id: stap.id }, data: { oordeel, opmerking, geparafeerdOp: nu, uitgevoerdDoorId: actor.id } });
    if (naar !== "in_paraaf") await tx.paraafronde.update({ where: { id: ronde.id }, data: { afgerondOp: nu } });

    return {
      audit: {
        actie: "nota.geparafeerd",
        namensId: stap.toegewezenAanId !== actor.id ? stap.toegewezenAanId : null,
        na: { stap: { id: stap.id, rol: stap.rol, volgorde: stap.volgorde }, oordeel, opmerking },
      },
      async meldingen(tx, na) {
        if (naar === "retour") {
          await queueTaakMail(tx, [na.opsteller], na, `Retour: ${paraafOordeelLabels[oordeel].toLowerCase()} van ${stap.rol}`);
        } else if (naar === "bij_bewindspersoon") {
          await queueTaakMail(tx, [na.aan, ...(await usersWithRole(tx, "bestuursondersteuning"))], na, "Besluit gevraagd");
        } else {
          const nieuw = openStappen(huidigeRonde(na)!.stappen).filter((s) => !open.some((o) => o.id === s.id));
          await queueTaakMail(tx, nieuw.map((s) => s.toegewezenAan), na, "Paraaf gevraagd");
        }
      },
    };
  },
});
