import "server-only";
// OpenID Connect Back-Channel Logout 1.0, after the logout token was verified (oidc.ts).
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import type { LogoutTokenClaims } from "@/lib/server/auth/oidc";

/** A used token's jti is kept this much longer than the token could be accepted (clock skew). */
const MARGE_MS = 60_000;

export type BackchannelResult = { ok: true; sessies: number } | { ok: false; reden: "logout_token_hergebruikt" };

/**
 * Back-channel logout: every session of the provider's user ends, on every instance (the rows
 * decide). With only a sid, the sessions that came from that provider session end. A logout token
 * whose (issuer, jti) was used before is a replay and is refused (spec 2.6, step 8); used jti's
 * are kept in SsoLogoutToken until the token would be refused for its age anyway, and the expired
 * ones are removed here, in the same transaction.
 */
export async function backchannelLogout(who: LogoutTokenClaims, nu: Date = new Date()): Promise<BackchannelResult> {
  return transaction(async (tx): Promise<BackchannelResult> => {
    await tx.ssoLogoutToken.deleteMany({ where: { verlooptOp: { lt: nu } } });
    const nieuw = await tx.ssoLogoutToken.createMany({
      data: [{ issuer: who.issuer, jti: who.jti, ontvangenOp: nu, verlooptOp: new Date(who.aanvaardbaarTot.getTime() + MARGE_MS) }],
      skipDuplicates: true,
    });
    if (nieuw.count === 0) return { ok: false, reden: "logout_token_hergebruikt" };
    const user = who.subject ? await tx.gebruiker.findUnique({ where: { oidcIssuer_oidcSubject: { oidcIssuer: who.issuer, oidcSubject: who.subject } } }) : null;
    const where = user ? { gebruikerId: user.id } : who.sid ? { ssoSid: who.sid } : null;
    if (!where) return { ok: true, sessies: 0 };
    const rows = await tx.sessie.findMany({ where: { ...where, ingetrokkenOp: null }, select: { gebruikerId: true } });
    const { count } = await tx.sessie.updateMany({ where: { ...where, ingetrokkenOp: null }, data: { ingetrokkenOp: new Date(), intrekReden: "backchannel" } });
    const gebruikerId = user?.id ?? rows[0]?.gebruikerId ?? null;
    await appendAuditEvent(tx, { actorId: gebruikerId, actie: "sso.backchannel_afgemeld", na: { gebruikerId, issuer: who.issuer, subject: who.subject, sid: who.sid, sessies: count } });
    return { ok: true, sessies: count };
  });
}
