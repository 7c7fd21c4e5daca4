import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { dummyPasswordHash, verifyPassword } from "@/lib/server/auth/password";
import { ACCOUNT_ALERT_FAILURES, recordSignInFailure, recordSignInSuccess, signInBlocked } from "@/lib/server/limits/rate-limits";
import { recordSecurityEvent, startSession } from "@/lib/server/auth/sessions";
import type { Rol } from "@/lib/domain/rollen";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(1024),
});

export type AuthenticateResult =
  | { ok: true; user: { id: string; naam: string; email: string; rollen: Rol[] }; sid: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAfter: number };

export interface SignInContext {
  /** The client's address as the server determined it (never a header the client chose). */
  adres: string;
  /** Which door: the sign-in form or next-auth's callback endpoint. */
  via: "formulier" | "api";
}

/**
 * Checks an e-mail address and password and, when they match, starts a session. Failed attempts
 * are throttled per account+address (with back-off) and per address, counted in PostgreSQL; an
 * unknown account costs the same time and counts the same as a known one. Every outcome is a
 * security event on the audit chain.
 */
export async function authenticate(input: unknown, ctx: SignInContext = { adres: "onbekend", via: "api" }): Promise<AuthenticateResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success || !serverEnv().AUTH_PASSWORD) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const block = await signInBlocked(email, ctx.adres);
  if (block) {
    await recordSecurityEvent({ actorId: null, actie: "inloggen.geweigerd", na: { email, adres: ctx.adres, door: block.door, nogSeconden: block.retryAfter } });
    return { ok: false, reason: "locked", retryAfter: block.retryAfter };
  }
  // Counted before the password is checked: N guesses sent at once are N counted attempts.
  const { blocked, accountFailures } = await recordSignInFailure(email, ctx.adres);
  if (blocked) {
    await recordSecurityEvent({ actorId: null, actie: "inloggen.geblokkeerd", na: { email, adres: ctx.adres, door: blocked.door, seconden: blocked.retryAfter } });
    return { ok: false, reason: "locked", retryAfter: blocked.retryAfter };
  }

  const user = await db().gebruiker.findUnique({ where: { email } });
  const valid = user?.actief
    ? await verifyPassword(user.wachtwoordHash, password)
    : (await verifyPassword(await dummyPasswordHash(), password), false);

  if (!user || !valid) {
    const reden = !user ? "onbekend_account" : !user.actief ? "gedeactiveerd" : "wachtwoord_onjuist";
    await recordSecurityEvent({ actorId: null, actie: "inloggen.mislukt", na: { email, gebruikerId: user?.id ?? null, adres: ctx.adres, reden, via: ctx.via } });
    if (accountFailures === ACCOUNT_ALERT_FAILURES) {
      await recordSecurityEvent({ actorId: null, actie: "inloggen.aanval_vermoed", na: { email, gebruikerId: user?.id ?? null, mislukt: accountFailures } });
    }
    return { ok: false, reason: "invalid" };
  }
  await recordSignInSuccess(email, ctx.adres);
  const sid = await startSession(user.id, { adres: ctx.adres, via: ctx.via });
  return { ok: true, user: { id: user.id, naam: user.naam, email: user.email, rollen: user.rollen }, sid };
}
