import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { listUsers } from "@/lib/server/gebruikers/list-users";

/** The people the nota form offers: bewindspersonen to address, colleagues as contactpersoon. */
export async function formulierOpties(actor: Actor) {
  const [bewindspersonen, iedereen] = await Promise.all([listUsers(actor, { rol: "bewindspersoon" }), listUsers(actor, {})]);
  return {
    bewindspersonen: bewindspersonen.map((b) => ({ id: b.id, naam: b.naam })),
    collegas: iedereen.filter((u) => !u.rollen.includes("bewindspersoon")).map((u) => ({ id: u.id, naam: `${u.naam} (${u.organisatieonderdeel.afkorting ?? u.organisatieonderdeel.naam})` })),
  };
}
