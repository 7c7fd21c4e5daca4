import "server-only";
// Recent sign-in (ASVS V3.7.1): the bewindspersoon's besluit and the beheer actions need a sign-in
// no older than RECENT_SIGN_IN_MINUTES (default 15). One function, called by those use cases (and
// by the lead's use-case pipeline): the session's authTijdstip decides. Password accounts confirm
// with their password in the same form; SSO accounts sign in again at the provider with max_age.
// A personal access token is never a recent sign-in: these actions are refused for token actors
// (403), whatever the token's scope — a besluit is taken in the browser (docs/SECURITY.md).
import { AppError } from "@/lib/errors";
import { serverEnv } from "@/lib/env";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { verifyPassword } from "@/lib/server/auth/password";
import { recordSecurityEvent } from "@/lib/server/auth/sessions";
import { currentPasswordAccepted, limitCurrentPasswordCheck } from "@/lib/server/limits/rate-limits";

export function recentSignInMinutes(): number {
  return serverEnv().RECENT_SIGN_IN_MINUTES;
}

/** The detail of the 403 a token actor gets for a besluit or beheer action. */
export const TOKEN_NIET_VOOR_BESLUIT =
  "Een besluit neemt u in de browser, na opnieuw inloggen. Met een API-token kunt u geen besluit vastleggen en geen beheerhandeling doen, ook niet met het bereik 'schrijven'.";

/**
 * The rule for the besluit and the beheer actions, in one place:
 * - a personal access token (any scope) is refused: FORBIDDEN, TOKEN_NIET_VOOR_BESLUIT;
 * - a browser session whose sign-in is older than RECENT_SIGN_IN_MINUTES: RECENT_SIGN_IN_REQUIRED;
 * - an actor with neither (a script or seed running a use case in-process) is not judged here.
 */
export function requireRecentSignIn(actor: Actor, now: Date = new Date()): void {
  if (actor.token) throw new AppError("FORBIDDEN", TOKEN_NIET_VOOR_BESLUIT);
  const a = actor.aangemeld;
  if (!a) return;
  const minuten = recentSignInMinutes();
  if (now.getTime() - a.tijdstip.getTime() <= minuten * 60_000) return;
  throw new AppError(
    "RECENT_SIGN_IN_REQUIRED",
    a.soort === "sso"
      ? `Voor deze handeling moet u in de afgelopen ${minuten} minuten zijn ingelogd. Log opnieuw in bij uw organisatie en druk daarna nogmaals op de knop; wat u hebt ingevuld blijft staan.`
      : `Voor deze handeling moet u in de afgelopen ${minuten} minuten zijn ingelogd. Vul uw wachtwoord opnieuw in en druk nogmaals op de knop; wat u hebt ingevuld blijft staan.`,
  );
}

/** A password account confirms its sign-in with the password again (throttled like Mijn gegevens). */
export async function confirmSignInWithPassword(actor: Actor, password: string, ctx: { requestId?: string } = {}): Promise<boolean> {
  const sessieId = actor.aangemeld?.sessieId;
  if (!sessieId) return false;
  await limitCurrentPasswordCheck(actor.id);
  const user = await db().gebruiker.findUnique({ where: { id: actor.id }, select: { wachtwoordHash: true } });
  if (!user || !(await verifyPassword(user.wachtwoordHash, password))) {
    await recordSecurityEvent({ actorId: actor.id, actie: "gebruiker.wachtwoord_onjuist", requestId: ctx.requestId });
    return false;
  }
  await currentPasswordAccepted(actor.id);
  const tijdstip = new Date();
  await db().sessie.updateMany({ where: { id: sessieId, gebruikerId: actor.id, ingetrokkenOp: null }, data: { authTijdstip: tijdstip } });
  await recordSecurityEvent({ actorId: actor.id, actie: "sessie.herbevestigd", na: { sessie: sessieId, soort: "wachtwoord" }, requestId: ctx.requestId });
  actor.aangemeld = { ...actor.aangemeld!, tijdstip };
  return true;
}
