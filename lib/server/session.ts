import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/domain/actor";
import { loadActor } from "@/lib/server/actors";
import { userIdForToken } from "@/lib/server/tokens/tokens";

export { loadActor };

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
