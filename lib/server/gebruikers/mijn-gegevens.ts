// What an official arranges for themself on "Mijn gegevens": their own vervanger for a holiday
// (named with setVervanging, ended here), and their notification preferences. Audited.
import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { dagAlsDate, dagIso, dagVan } from "@/lib/domain/datum";
import { z } from "@/lib/domain/validatie";
import { db } from "@/lib/db";

export interface VervangingDto {
  id: string;
  van: string;
  tot: string;
  /** The other person: the vervanger (in `mijnVervangers`) or whom one replaces (in `ikVervang`). */
  naam: string;
}

/** The actor's current and coming vervangingen: who replaces them, and whom they replace. */
export async function mijnVervangingen(actor: Actor): Promise<{ mijnVervangers: VervangingDto[]; ikVervang: VervangingDto[] }> {
  const vandaag = dagAlsDate(dagVan(new Date()));
  const rows = await db().vervanging.findMany({
    where: { tot: { gte: vandaag }, OR: [{ gebruikerId: actor.id }, { vervangerId: actor.id }] },
    orderBy: [{ van: "asc" }, { id: "asc" }],
    include: { gebruiker: { select: { naam: true } }, vervanger: { select: { naam: true } } },
  });
  const dto = (v: (typeof rows)[number], naam: string): VervangingDto => ({ id: v.id, van: dagIso(v.van), tot: dagIso(v.tot), naam });
  return {
    mijnVervangers: rows.filter((v) => v.gebruikerId === actor.id).map((v) => dto(v, v.vervanger.naam)),
    ikVervang: rows.filter((v) => v.vervangerId === actor.id).map((v) => dto(v, v.gebruiker.naam)),
  };
}

export const meldingvoorkeurenSchema = z
  .object({
    mailBijTaak: z.boolean({ error: "Geef aan of u een e-mail wilt bij een nieuwe taak." }),
    mailBijVervanging: z.boolean({ error: "Geef aan of u een e-mail wilt als u vervanger wordt." }),
  })
  .strict();

export async function getMeldingvoorkeuren(actor: Actor): Promise<z.infer<typeof meldingvoorkeurenSchema>> {
  const u = await db().gebruiker.findUniqueOrThrow({ where: { id: actor.id }, select: { mailBijTaak: true, mailBijVervanging: true } });
  return u;
}

