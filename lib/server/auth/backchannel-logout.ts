import "server-only";
// OpenID Connect Back-Channel Logout 1.0, after the logout token was verified (oidc.ts).
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";

/**
 * Back-channel logout: every session of the provider's user ends, on every instance (the rows
 * decide). With only a sid, the sessions that came from that provider session end.
 */
export async function backchannelLogout(who: { issuer: string; subject: string | null; sid: string | null }): Promise<number> {
  return transaction(async (tx) => {
    const user = who.subject ? await tx.gebruiker.findUnique({ where: { oidcIssuer_oidcSubject: { oidcIssuer: who.issuer, oidcSubject: who.subject } } }) : null;
    const where = user ? { gebruikerId: user.id } : who.sid ? { ssoSid: who.sid } : null;
    if (!where) return 0;
    const rows = await tx.sessie.findMany({ where: { ...where, ingetrokkenOp: null }, select: { gebruikerId: true } });
    const { count } = await tx.sessie.updateMany({ where: { ...where, ingetrokkenOp: null }, data: { ingetrokkenOp: new Date(), intrekReden: "backchannel" } });
    const gebruikerId = user?.id ?? rows[0]?.gebruikerId ?? null;
    await appendAuditEvent(tx, { actorId: gebruikerId, actie: "sso.backchannel_afgemeld", na: { gebruikerId, issuer: who.issuer, subject: who.subject, sid: who.sid, sessies: count } });
    return count;
  });
}
