import "server-only";
// Beheer: which group of the identity provider grants which roles and directie at SSO sign-in
// (lib/server/auth/sso-accounts.ts applies it). Data, not configuration: the beheerder edits it.
import type { Rol } from "@/lib/domain/rollen";
import { db } from "@/lib/db";
import { assertRole, type Caller } from "@/lib/server/notas/mutation";

export interface GroepKoppeling {
  id: string;
  groep: string;
  rollen: Rol[];
  organisatieonderdeelId: string | null;
  onderdeel: string | null;
}

export async function listGroepKoppelingen(caller: Caller): Promise<GroepKoppeling[]> {
  assertRole(caller.actor, "gebruikers.beheren");
  const rows = await db().ssoGroepKoppeling.findMany({ orderBy: { groep: "asc" }, include: { organisatieonderdeel: { select: { naam: true } } } });
  return rows.map((r) => ({ id: r.id, groep: r.groep, rollen: r.rollen, organisatieonderdeelId: r.organisatieonderdeelId, onderdeel: r.organisatieonderdeel?.naam ?? null }));
}
