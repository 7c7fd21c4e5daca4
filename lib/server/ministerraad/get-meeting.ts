import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/domain/actor";
import { dagIso } from "@/lib/domain/datum";
import { isTeLaatRondgezonden, uiterlijkeRondzenddatum } from "@/lib/domain/ministerraad";
import { visibleNotaWhere } from "@/lib/server/notas/queries";

/** A meeting with its agenda: the notas the actor may see, whether papers went round in time. */
export async function getMeeting(actor: Actor, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError("NOT_FOUND", "Deze vergadering bestaat niet.");
  const v = await db().mrVergadering.findUnique({
    where: { id },
    include: {
      agendapunten: {
        where: { nota: visibleNotaWhere(actor) },
        orderBy: { aangemeldOp: "asc" },
        include: { nota: { select: { id: true, kenmerk: true, onderwerp: true, status: true, versie: true, aan: { select: { naam: true } } } } },
      },
    },
  });
  if (!v) throw new AppError("NOT_FOUND", "Deze vergadering bestaat niet.");
  const datum = dagIso(v.datum);
  return {
    id: v.id,
    datum,
    soort: v.soort,
    uiterlijkRondzenden: uiterlijkeRondzenddatum(datum),
    agendapunten: v.agendapunten.map((a) => {
      const rond = dagIso(a.rondgezondenOp);
      const teLaat = isTeLaatRondgezonden(rond, datum);
      return {
        id: a.id,
        nota: { id: a.nota.id, kenmerk: a.nota.kenmerk, onderwerp: a.nota.onderwerp, status: a.nota.status, versie: a.nota.versie, bewindspersoon: a.nota.aan.naam },
        rondgezondenOp: rond,
        teLaat,
        motivering: a.motivering,
        uitkomst: a.uitkomst,
        toelichting: a.toelichting,
        waarschuwing: teLaat && !a.motivering ? "Te laat rondgezonden zonder motivering" : teLaat ? "Te laat rondgezonden (gemotiveerd)" : null,
      };
    }),
  };
}
