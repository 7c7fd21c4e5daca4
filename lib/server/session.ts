import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { authOptions } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/domain/actor";
import { hasPermission, type Permission } from "@/lib/domain/permissions";
import { loadActor } from "@/lib/server/actors";
import { checkSession, type SessionCheck } from "@/lib/server/auth/sessions";
import { actorForToken } from "@/lib/server/tokens/tokens";
import { noteActor } from "@/lib/server/ops/log";

export { loadActor };

/** Requests the browser makes on its own (auto-refresh) say so, and do not count as activity. */
export const BACKGROUND_HEADER = "x-beslisroute-achtergrond";
/** The proxy passes the page's path and query to the server components in this header. */
export const PATH_HEADER = "x-beslisroute-pad";

/**
 * The session of this request, judged against its row in the database (revoked, idle, expired,
 * deactivated), once per request (React cache), so a page and its layout share one lookup.
 */
export const currentSession = cache(async (): Promise<SessionCheck> => {
  const session = await getServerSession(authOptions());
  const h = await headers();
  const check = await checkSession(session?.sid, { background: h.get(BACKGROUND_HEADER) === "1" });
  if (check.ok) noteActor(check.actor.id);
  return check;
});

/** The signed-in actor of this request (session cookie), or null. */
export async function currentActor(): Promise<Actor | null> {
  const s = await currentSession();
  return s.ok ? s.actor : null;
}

/** The sign-in page, telling why the session ended and where to return to. */
async function signInRedirect(reden: string): Promise<never> {
  const pad = (await headers()).get(PATH_HEADER);
  const q = new URLSearchParams();
  if (reden === "inactief" || reden === "verlopen" || reden === "ingetrokken" || reden === "gedeactiveerd") q.set("reden", reden);
  if (pad && pad.startsWith("/") && !pad.startsWith("//")) q.set("callbackUrl", pad);
  const query = q.toString();
  redirect(query ? `/inloggen?${query}` : "/inloggen");
}

/** For pages: the actor, or a redirect to the sign-in page (with the reason the session ended). */
export async function requirePageActor(): Promise<Actor> {
  const s = await currentSession();
  if (!s.ok) return signInRedirect(s.reden);
  return s.actor;
}

/** For pages a role may not open: 403 (the Dutch forbidden page), not a 200 with a notice. */
export async function requirePagePermission(permission: Permission): Promise<Actor> {
  const actor = await requirePageActor();
  if (!hasPermission(actor, permission)) forbidden();
  return actor;
}

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * For route handlers: the actor from `Authorization: Bearer <token>` (a personal access token) or
 * from the session cookie; otherwise a 401 problem. A bearer header that is wrong is a 401 too,
 * never a fall-back to the cookie. A token with scope "lezen" may only read (403 otherwise).
 */
export async function requireApiActor(req?: Request): Promise<Actor> {
  const auth = req?.headers.get("authorization");
  if (auth) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth);
    const check = m ? await actorForToken(m[1]!) : null;
    if (!check?.ok) {
      throw new AppError("UNAUTHENTICATED", check?.reden === "verlopen" ? "Het token is verlopen. Maak een nieuw token aan." : "Het token is ongeldig of ingetrokken.");
    }
    if (check.scope === "lezen" && !READ_METHODS.has(req!.method.toUpperCase())) {
      throw new AppError("FORBIDDEN", "Dit token mag alleen lezen. Maak een token met het bereik 'schrijven' voor wijzigingen.");
    }
    // Scope webhooks: reading, and changing only the owner's webhook subscriptions.
    if (check.scope === "webhooks" && !READ_METHODS.has(req!.method.toUpperCase()) && !/^\/api\/v1\/webhooks(\/|$)/.test(new URL(req!.url).pathname)) {
      throw new AppError("FORBIDDEN", "Dit token mag alleen lezen en webhooks beheren. Maak een token met het bereik 'schrijven' voor andere wijzigingen.");
    }
    noteActor(check.actor.id);
    return check.actor;
  }
  const s = await currentSession();
  if (!s.ok) {
    throw new AppError("UNAUTHENTICATED", s.reden === "inactief" ? "Uw sessie is verlopen omdat u een tijd niets hebt gedaan. Log opnieuw in." : "Log in om deze gegevens te gebruiken.");
  }
  return s.actor;
}

/** Whether this API request came with a bearer token (tokens may not manage tokens). */
export function viaToken(req: Request): boolean {
  return req.headers.has("authorization");
}
