import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/domain/actor";
import { knownRoles } from "@/lib/domain/rollen";
import { dagAlsDate, dagVan } from "@/lib/domain/datum";
import { userIdForToken } from "@/lib/server/tokens/tokens";

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

/** The signed-in actor of this request (session cookie), or null. */
export async function currentActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  return loadActor(id);
}

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requirePageActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/inloggen");
  return actor;
}

/**
 * For route handlers: the actor from `Authorization: Bearer <token>` (a personal access token) or
 * from the session cookie; otherwise a 401 problem. A bearer header that is wrong is a 401 too,
 * never a fall-back to the cookie.
 */
export async function requireApiActor(req?: Request): Promise<Actor> {
  const auth = req?.headers.get("authorization");
  if (auth) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth);
    const userId = m ? await userIdForToken(m[1]!) : null;
    const actor = userId ? await loadActor(userId) : null;
    if (!actor) throw new AppError("UNAUTHENTICATED", "Het token is ongeldig of ingetrokken.");
    return actor;
  }
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Log in om deze gegevens te gebruiken.");
  return actor;
}
