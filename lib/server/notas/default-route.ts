import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";

const ROL_PER_SOORT: Record<string, string> = { afdeling: "Afdelingshoofd", directie: "Directeur", dg: "DG", ministerie: "SG" };

/**
 * The default paraafroute for the actor's nota: the parafeerder of their afdeling, of the
 * directie, and of the DG, in that order; plus every parafeerder to choose from.
 */
export async function defaultRoute(actor: Actor) {
  const parafeerders = await db().gebruiker.findMany({
    where: { actief: true, rollen: { has: "parafeerder" } },
    include: { organisatieonderdeel: true },
    orderBy: { naam: "asc" },
  });
  const keten: string[] = [];
  let unitId: string | null = actor.organisatieonderdeelId;
  for (let i = 0; unitId && i < 6; i++) {
    const unit: { id: string; soort: string; parentId: string | null } | null = await db().organisatieonderdeel.findUnique({ where: { id: unitId }, select: { id: true, soort: true, parentId: true } });
    if (!unit || unit.soort === "ministerie") break;
    keten.push(unit.id);
    unitId = unit.parentId;
  }
  const route = keten
    .map((id) => parafeerders.find((p) => p.organisatieonderdeelId === id && p.id !== actor.id))
    .filter((p): p is NonNullable<typeof p> => !!p)
    .map((p, i) => ({ volgorde: i + 1, gebruikerId: p.id, rol: ROL_PER_SOORT[p.organisatieonderdeel.soort] ?? p.functie ?? "Parafeerder", deadline: "" }));
  return {
    route,
    parafeerders: parafeerders.filter((p) => p.id !== actor.id).map((p) => ({ id: p.id, naam: `${p.naam}, ${p.functie ?? "parafeerder"} (${p.organisatieonderdeel.afkorting ?? p.organisatieonderdeel.naam})` })),
  };
}
