import type { Rol } from "@/lib/domain/rollen";

/** The signed-in official on whose behalf a use case runs. Loaded fresh from the database. */
export interface Actor {
  id: string;
  naam: string;
  email: string;
  rollen: Rol[];
  organisatieonderdeelId: string;
  /** The directie the official belongs to (their own unit or the nearest directie above it). */
  directieId: string | null;
  /** Officials this actor stands in for today (vervanging). */
  vervangtVoor: string[];
  /** The name of the organisation (the ministerie above the official's unit), for the page header. */
  organisatie?: string | null;
  /** For a browser session: how and when the official last proved who they are (recent sign-in). */
  aangemeld?: { soort: "wachtwoord" | "sso"; tijdstip: Date; sessieId: string };
  /** For a request with a personal access token: which token (a token never counts as a recent sign-in). */
  token?: { id: string; scope: "lezen" | "schrijven" | "webhooks" };
}

export function heeftRol(actor: Pick<Actor, "rollen">, ...rollen: Rol[]): boolean {
  return rollen.some((r) => actor.rollen.includes(r));
}
