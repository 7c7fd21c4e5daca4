// Who may do what: the matrix (action → roles) is data, read by one can(). Resource rules on top:
// own directie, own turn, addressed bewindspersoon, not the opsteller publishing their own nota.
import type { Actor } from "@/lib/domain/actor";
import type { Rol } from "@/lib/domain/rollen";
import type { NotaStatus } from "@/lib/domain/nota-status";

export const PERMISSIONS = {
  "nota.aanmaken": ["opsteller"],
  "nota.bewerken": ["opsteller"],
  "nota.indienen": ["opsteller"],
  "nota.paraferen": ["parafeerder"],
  "nota.beslissen": ["bewindspersoon", "bestuursondersteuning"],
  "nota.terugsturen": ["bewindspersoon", "bestuursondersteuning"],
  "nota.mr_aanmelden": ["mr_coordinator"],
  "nota.mr_uitkomst": ["mr_coordinator"],
  "nota.kamerbrief_bewerken": ["opsteller", "parlementaire_zaken"],
  "nota.verzenden": ["parlementaire_zaken"],
  "nota.tk_nummers": ["parlementaire_zaken"],
  "nota.publiceren": ["woo_coordinator"],
  "nota.intrekken": ["opsteller", "beheerder"],
  "mr.vergadering_toevoegen": ["mr_coordinator", "beheerder"],
  /** The summer recess of the ministerraad per year. */
  "mr.reces_instellen": ["mr_coordinator"],
  "gebruikers.beheren": ["beheerder"],
  /** The security log (sign-ins, throttling, tokens) and everyone's API tokens. */
  "beveiliging.inzien": ["beheerder"],
  /** Adding a manual redaction (Weglakking) to the public version. */
  "nota.weglakken": ["woo_coordinator"],
  /** Webhook subscriptions (all of them); an API token with the scope "webhooks" manages its owner's own. */
  "webhooks.beheren": ["beheerder"],
  /** The besluitenlijst of an MR meeting (agendapunten of notas the actor may see). */
  "mr.besluitenlijst": ["mr_coordinator", "bewindspersoon", "bestuursondersteuning", "parlementaire_zaken", "beheerder"],
} as const satisfies Record<string, readonly Rol[]>;

export type Permission = keyof typeof PERMISSIONS;

/** What a rule needs to know of a nota. */
export interface NotaToegang {
  status: NotaStatus;
  opstellerId: string;
  contactpersoonId: string | null;
  directieId: string;
  aanId: string;
  rubricering: string | null;
  /** Everyone assigned to a paraaf step of any round. */
  routeIds: readonly string[];
  /** Assignees of the open step(s) of the current round. */
  openStapIds: readonly string[];
}

export type Besluit = { ok: true } | { ok: false; code: "FORBIDDEN" | "NOT_YOUR_TURN"; melding: string };

const OK: Besluit = { ok: true };
const nee = (melding: string, code: "FORBIDDEN" | "NOT_YOUR_TURN" = "FORBIDDEN"): Besluit => ({ ok: false, code, melding });

export function hasPermission(actor: Pick<Actor, "rollen">, permission: Permission): boolean {
  const roles: readonly Rol[] = PERMISSIONS[permission];
  return actor.rollen.some((r) => roles.includes(r));
}

/**
 * Who may register and manage webhook subscriptions: a beheerder in a browser session (all
 * subscriptions), or whoever calls with an API token of scope "webhooks" (their own; what they may
 * see is what they hear). Another token, even a beheerder's "schrijven", may not: tokens do no beheer.
 */
export function magWebhooksBeheren(actor: Pick<Actor, "rollen" | "token">): boolean {
  if (actor.token) return actor.token.scope === "webhooks";
  return hasPermission(actor, "webhooks.beheren");
}

/** Roles that see every nota from indienen on, even with a rubricering. */
const RUBRICERING_ROLLEN: readonly Rol[] = ["bestuursondersteuning", "mr_coordinator", "parlementaire_zaken", "woo_coordinator", "beheerder"];

/**
 * Visibility. A nota in concept or retour is seen by its opsteller's directie and by beheerders;
 * from indienen on by every signed-in official, unless it carries a rubricering: then by the people
 * on its route, the opsteller and contactpersoon, the addressed bewindspersoon and the roles above.
 */
export function canSee(actor: Actor, nota: NotaToegang): boolean {
  if (actor.rollen.length === 0) return false;
  if (actor.rollen.includes("beheerder")) return true;
  if (nota.status === "concept" || nota.status === "retour") {
    return actor.directieId !== null && actor.directieId === nota.directieId;
  }
  if (!nota.rubricering) return true;
  if (actor.rollen.some((r) => RUBRICERING_ROLLEN.includes(r))) return true;
  const persons = [nota.opstellerId, nota.contactpersoonId, nota.aanId, ...nota.routeIds];
  return persons.includes(actor.id) || actor.vervangtVoor.some((id) => nota.routeIds.includes(id));
}

/** May the actor do this to this nota? Checks the role matrix, then the resource rules. */
export function can(actor: Actor, permission: Permission, nota?: NotaToegang): Besluit {
  if (!hasPermission(actor, permission)) return nee("Uw rol staat deze actie niet toe.");
  if (!nota) return OK;
  const eigenDirectie = actor.directieId !== null && actor.directieId === nota.directieId;
  switch (permission) {
    case "nota.bewerken":
    case "nota.indienen":
      return eigenDirectie ? OK : nee("Alleen opstellers van de eigen directie mogen deze nota bewerken of indienen.");
    case "nota.paraferen": {
      const mine = nota.openStapIds.includes(actor.id) || actor.vervangtVoor.some((id) => nota.openStapIds.includes(id));
      return mine ? OK : nee("Er staat nu geen paraafstap van u open voor deze nota.", "NOT_YOUR_TURN");
    }
    case "nota.beslissen":
    case "nota.terugsturen":
      if (actor.rollen.includes("bestuursondersteuning")) return OK;
      return nota.aanId === actor.id ? OK : nee("Deze nota is aan een andere bewindspersoon gericht.");
    case "nota.kamerbrief_bewerken":
      if (actor.rollen.includes("parlementaire_zaken")) return OK;
      return eigenDirectie ? OK : nee("Alleen de directie van de opsteller en Parlementaire zaken bewerken de Kamerbrief.");
    case "nota.publiceren":
      return actor.id === nota.opstellerId ? nee("De opsteller mag de eigen nota niet publiceren.") : OK;
    case "nota.intrekken":
      if (actor.rollen.includes("beheerder")) return OK;
      return actor.id === nota.opstellerId ? OK : nee("Alleen de opsteller van de nota of een beheerder mag hem intrekken.");
    default:
      return OK;
  }
}
