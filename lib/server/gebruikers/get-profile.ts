import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/domain/actor";
import type { Rol } from "@/lib/domain/rollen";

export interface ProfileDto {
  id: string;
  naam: string;
  email: string;
  rollen: Rol[];
  functie: string | null;
  ambtstitel: string | null;
  organisatieonderdeel: { id: string; naam: string; afkorting: string | null };
}

/** The signed-in user's own profile (GET /api/v1/ik). */
export async function getProfile({ actor }: { actor: Actor }): Promise<ProfileDto> {
  const user = await db().gebruiker.findUnique({
    where: { id: actor.id },
    include: { organisatieonderdeel: true },
  });
  if (!user) throw new AppError("NOT_FOUND");
  return {
    id: user.id,
    naam: user.naam,
    email: user.email,
    rollen: actor.rollen,
    functie: user.functie,
    ambtstitel: user.ambtstitel,
    organisatieonderdeel: {
      id: user.organisatieonderdeel.id,
      naam: user.organisatieonderdeel.naam,
      afkorting: user.organisatieonderdeel.afkorting,
    },
  };
}
