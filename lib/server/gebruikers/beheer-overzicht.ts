import "server-only";
import { db } from "@/lib/db";
import { dagIso } from "@/lib/domain/datum";
import type { Actor } from "@/lib/domain/actor";
import { assertRole } from "@/lib/server/notas/mutation";

/** Everything the beheer screen shows: users with roles and unit, units, current vervangingen. */
export async function beheerOverzicht(actor: Actor) {
  assertRole(actor, "gebruikers.beheren");
  const [gebruikers, eenheden, vervangingen] = await Promise.all([
    db().gebruiker.findMany({ orderBy: { naam: "asc" }, include: { organisatieonderdeel: true } }),
    db().organisatieonderdeel.findMany({ orderBy: [{ soort: "asc" }, { naam: "asc" }], include: { parent: { select: { naam: true } }, _count: { select: { gebruikers: true } } } }),
    db().vervanging.findMany({ where: { tot: { gte: new Date(new Date().toISOString().slice(0, 10)) } }, orderBy: { van: "asc" }, include: { gebruiker: { select: { naam: true } }, vervanger: { select: { naam: true } } } }),
  ]);
  return {
    gebruikers: gebruikers.map((g) => ({ id: g.id, naam: g.naam, email: g.email, functie: g.functie, ambtstitel: g.ambtstitel, rollen: g.rollen, actief: g.actief, eenheid: g.organisatieonderdeel.naam })),
    eenheden: eenheden.map((e) => ({ id: e.id, naam: e.naam, soort: e.soort, bovenliggend: e.parent?.naam ?? null, aantal: e._count.gebruikers })),
    vervangingen: vervangingen.map((v) => ({ id: v.id, gebruiker: v.gebruiker.naam, vervanger: v.vervanger.naam, van: dagIso(v.van), tot: dagIso(v.tot) })),
  };
}
