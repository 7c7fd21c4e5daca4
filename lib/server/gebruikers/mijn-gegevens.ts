import "server-only";
// What an official arranges for themself on "Mijn gegevens": their own vervanger for a holiday
// (named with setVervanging, ended here), and their notification preferences. Audited.
import { AppError, validationError } from "@/lib/errors";
import type { Actor } from "@/lib/domain/actor";
import { dagAlsDate, dagIso, dagVan } from "@/lib/domain/datum";
import { z } from "@/lib/domain/validatie";
import { db } from "@/lib/db";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import type { Caller } from "@/lib/server/notas/mutation";

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

/** Ends a vervanging now: the official's own (or any, for the beheerder). */
export async function endVervanging(caller: Caller, id: string): Promise<void> {
  const { actor } = caller;
  await transaction(async (tx) => {
    const v = /^[0-9a-f-]{36}$/i.test(id) ? await tx.vervanging.findUnique({ where: { id } }) : null;
    if (!v || (v.gebruikerId !== actor.id && !actor.rollen.includes("beheerder"))) throw new AppError("NOT_FOUND", "Deze vervanging bestaat niet.");
    await tx.vervanging.delete({ where: { id } });
    await appendAuditEvent(tx, { actorId: actor.id, actie: "vervanging.beeindigd", voor: { id, gebruikerId: v.gebruikerId, vervangerId: v.vervangerId, van: dagIso(v.van), tot: dagIso(v.tot) }, requestId: caller.requestId });
  });
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

/** The official's own notification preferences. */
export async function setMeldingvoorkeuren(caller: Caller, input: unknown): Promise<void> {
  const parsed = meldingvoorkeurenSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  await transaction(async (tx) => {
    const voor = await tx.gebruiker.findUniqueOrThrow({ where: { id: caller.actor.id }, select: { mailBijTaak: true, mailBijVervanging: true } });
    await tx.gebruiker.update({ where: { id: caller.actor.id }, data: parsed.data });
    await appendAuditEvent(tx, { actorId: caller.actor.id, actie: "gebruiker.meldingvoorkeuren", voor, na: parsed.data, requestId: caller.requestId });
  });
}
