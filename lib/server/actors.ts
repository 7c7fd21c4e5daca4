import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { knownRoles } from "@/lib/domain/rollen";
import { dagAlsDate, dagVan } from "@/lib/domain/datum";

/** The directie a unit belongs to: itself, or the nearest directie above it; null above directie level. */
async function directieVan(unitId: string): Promise<string | null> {
  let id: string | null = unitId;
  for (let depth = 0; id && depth < 10; depth++) {
    const unit: { id: string; soort: string; parentId: string | null } | null = await db().organisatieonderdeel.findUnique({
      where: { id },
      select: { id: true, soort: true, parentId: true },
    });
    if (!unit) return null;
    if (unit.soort === "directie") return unit.id;
    if (unit.soort !== "afdeling") return null;
    id = unit.parentId;
  }
  return null;
}

/** Loads an active user as an Actor; null when the account is gone or deactivated. */
export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await db().gebruiker.findUnique({ where: { id: userId } });
  if (!user || !user.actief) return null;
  const vandaag = dagAlsDate(dagVan(new Date()));
  const vervangingen = await db().vervanging.findMany({
    where: { vervangerId: user.id, van: { lte: vandaag }, tot: { gte: vandaag } },
    select: { gebruikerId: true },
  });
  return {
    id: user.id,
    naam: user.naam,
    email: user.email,
    rollen: knownRoles(user.rollen),
    organisatieonderdeelId: user.organisatieonderdeelId,
    directieId: await directieVan(user.organisatieonderdeelId),
    vervangtVoor: [...new Set(vervangingen.map((v) => v.gebruikerId))],
  };
}

