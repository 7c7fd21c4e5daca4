import "server-only";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import type { Actor } from "@/lib/domain/actor";
import type { Tx } from "@/lib/server/tx";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent, type AuditEventInput } from "@/lib/server/audit/append-event";
import { loadActorForSession, type SessionColumns } from "@/lib/server/actors";

/** Why a session no longer counts; shown to the user on the sign-in page. */
export type SessionEnd = "geen" | "ingetrokken" | "inactief" | "verlopen" | "gedeactiveerd";

export type SessionCheck = { ok: true; actor: Actor; sessie: SessionColumns } | { ok: false; reden: SessionEnd };

/** The activity stamp is written at most this often, so a busy page is not a write per request. */
const TOUCH_AFTER_MS = 60_000;

/** A security event (sign-in, sign-out, throttling, tokens) on the audit chain, in its own transaction. */
export async function recordSecurityEvent(input: AuditEventInput): Promise<void> {
  await transaction((tx) => appendAuditEvent(tx, input).then(() => undefined));
}

/** A new session row for a user who just proved who they are; its id goes into the cookie. */
export async function startSession(
  userId: string,
  opts: { soort?: "wachtwoord" | "sso"; adres?: string; via?: string; authTijdstip?: Date; sso?: { idToken: string; sid: string | null; issuer: string } } = {},
  inTx?: Tx,
): Promise<string> {
  const env = serverEnv();
  const run = async (tx: Tx) => {
    const row = await tx.sessie.create({
      data: {
        gebruikerId: userId,
        soort: opts.soort ?? "wachtwoord",
        verlooptOp: new Date(Date.now() + env.SESSION_MAX_HOURS * 3_600_000),
        ...(opts.authTijdstip ? { authTijdstip: opts.authTijdstip } : {}),
        ...(opts.sso ? { ssoIdToken: opts.sso.idToken, ssoSid: opts.sso.sid } : {}),
      },
    });
    await appendAuditEvent(tx, { actorId: userId, actie: "sessie.gestart", na: { sessie: row.id, soort: row.soort, adres: opts.adres ?? null, via: opts.via ?? null, ...(opts.sso ? { issuer: opts.sso.issuer } : {}) } });
    return row.id;
  };
  return inTx ? run(inTx) : transaction(run);
}

/** Ends every open session of a user (sign-out, password change, deactivation), on every instance. */
export async function revokeUserSessions(tx: Tx, userId: string, reden: string): Promise<number> {
  const { count } = await tx.sessie.updateMany({ where: { gebruikerId: userId, ingetrokkenOp: null }, data: { ingetrokkenOp: new Date(), intrekReden: reden } });
  return count;
}

/**
 * Judges the session in the cookie: revoked, past its absolute lifetime, idle for longer than
 * SESSION_IDLE_MINUTES, or of a deactivated user = signed out. One statement for the lookup; a
 * second (at most once a minute) to stamp activity, never for background refreshes, so a page
 * left open does not keep its session alive.
 */
export async function checkSession(sessieId: string | undefined, opts: { background?: boolean } = {}): Promise<SessionCheck> {
  if (!sessieId) return { ok: false, reden: "geen" };
  const found = await loadActorForSession(sessieId);
  if (!found) return { ok: false, reden: "geen" };
  const { actor, sessie } = found;
  const now = Date.now();
  // Ended by idle time or by deactivation: the sign-in page says which; any other end is "ingetrokken".
  if (sessie.ingetrokkenOp) return { ok: false, reden: sessie.intrekReden === "inactief" || sessie.intrekReden === "gedeactiveerd" ? sessie.intrekReden : "ingetrokken" };
  if (sessie.verlooptOp.getTime() <= now) return { ok: false, reden: "verlopen" };
  if (!actor) return { ok: false, reden: "gedeactiveerd" };
  const idleMs = serverEnv().SESSION_IDLE_MINUTES * 60_000;
  if (now - sessie.laatstActiefOp.getTime() > idleMs) {
    await db().sessie.updateMany({ where: { id: sessie.sessieId, ingetrokkenOp: null }, data: { ingetrokkenOp: new Date(), intrekReden: "inactief" } });
    return { ok: false, reden: "inactief" };
  }
  if (!opts.background && now - sessie.laatstActiefOp.getTime() > TOUCH_AFTER_MS) {
    await db().sessie.updateMany({ where: { id: sessie.sessieId, ingetrokkenOp: null }, data: { laatstActiefOp: new Date() } });
  }
  return { ok: true, actor: { ...actor, aangemeld: { soort: sessie.soort, tijdstip: sessie.authTijdstip, sessieId: sessie.sessieId } }, sessie };
}

/** Sign-out: every session of the user ends (a copy of the cookie taken earlier is worthless). */
export async function signOutUser(userId: string, opts: { adres?: string } = {}): Promise<void> {
  await transaction(async (tx) => {
    const aantal = await revokeUserSessions(tx, userId, "afgemeld");
    await appendAuditEvent(tx, { actorId: userId, actie: "sessie.afgemeld", na: { sessies: aantal, adres: opts.adres ?? null } });
  });
}

/** Ends one session (next-auth's own sign-out endpoint). */
export async function revokeSessionById(sessieId: string, reden: string): Promise<void> {
  if (!/^[0-9a-f-]{36}$/i.test(sessieId)) return;
  await transaction(async (tx) => {
    const row = await tx.sessie.findUnique({ where: { id: sessieId } });
    if (!row || row.ingetrokkenOp) return;
    await revokeUserSessions(tx, row.gebruikerId, reden);
    await appendAuditEvent(tx, { actorId: row.gebruikerId, actie: "sessie.afgemeld", na: { sessie: sessieId } });
  });
}
