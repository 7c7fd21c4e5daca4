import "server-only";
import { db } from "@/lib/db";
import { validationError } from "@/lib/errors";
import type { Actor } from "@/lib/domain/actor";
import { gebruikersQuerySchema } from "@/lib/domain/api-schemas";
import type { ProfileDto } from "@/lib/server/gebruikers/get-profile";
import { hasPermission } from "@/lib/domain/permissions";

const querySchema = gebruikersQuerySchema;

export type GebruikerDto = Omit<ProfileDto, "email"> & { email?: string };

/**
 * GET /api/v1/gebruikers?rol=: active officials (to pick parafeerders, a bewindspersoon, …). Every
 * role needs names, roles and units; only the beheerder gets the e-mail addresses.
 */
export async function listUsers(actor: Actor, query: { rol?: string | null }): Promise<GebruikerDto[]> {
  const metEmail = hasPermission(actor, "gebruikers.beheren");
  const parsed = querySchema.safeParse({ rol: query.rol ?? undefined });
  if (!parsed.success) throw validationError(parsed.error);
  const users = await db().gebruiker.findMany({
    where: { actief: true, ...(parsed.data.rol ? { rollen: { has: parsed.data.rol } } : {}) },
    include: { organisatieonderdeel: true },
    orderBy: { naam: "asc" },
  });
  return users.map((u) => ({
    id: u.id,
    naam: u.naam,
    ...(metEmail ? { email: u.email } : {}),
    rollen: u.rollen,
    functie: u.functie,
    ambtstitel: u.ambtstitel,
    organisatieonderdeel: { id: u.organisatieonderdeel.id, naam: u.organisatieonderdeel.naam, afkorting: u.organisatieonderdeel.afkorting },
  }));
}
