import "server-only";
// After the provider proved who someone is (a valid ID token, oidc.ts): which Beslisroute account
// that is, what roles the group mapping gives it, and the session.
//
// The choice (README "Single sign-on"): a user is (issuer, subject). The first sign-in links to the
// account the beheerder created beforehand with the same e-mail address when the provider says the
// address is verified; otherwise the account is created just in time. Its roles and directie come
// from the group → role/directie mapping (SsoGroepKoppeling, edited on Beheer) whenever one of the
// user's groups is mapped: the provider's groups then decide, at every sign-in. A user none of whose
// groups is mapped keeps the roles the beheerder gave (a new one: none, until the beheerder grants one).
import { db } from "@/lib/db";
import { transaction } from "@/lib/server/tx";
import type { Tx } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { recordSecurityEvent, startSession } from "@/lib/server/auth/sessions";
import type { SsoFailure, SsoIdentity } from "@/lib/server/auth/oidc";
import type { Rol } from "@/lib/domain/rollen";

/** Never a valid argon2 hash: an account made by SSO has no password until the beheerder sets one. */
export const GEEN_WACHTWOORD = "!sso";

export type SsoAccountResult =
  | { ok: true; user: { id: string; naam: string; email: string; rollen: Rol[] }; sid: string }
  | { ok: false; reden: SsoFailure | "gedeactiveerd" | "geen_email" | "email_al_gekoppeld" };

async function rolesFromGroups(tx: Tx, groepen: string[]): Promise<{ rollen: Rol[]; organisatieonderdeelId: string | null } | null> {
  if (!groepen.length) return null;
  const koppelingen = await tx.ssoGroepKoppeling.findMany({ where: { groep: { in: groepen } }, orderBy: { groep: "asc" } });
  if (!koppelingen.length) return null;
  const rollen = [...new Set(koppelingen.flatMap((k) => k.rollen))].sort() as Rol[];
  return { rollen, organisatieonderdeelId: koppelingen.find((k) => k.organisatieonderdeelId)?.organisatieonderdeelId ?? null };
}

async function topUnitId(tx: Tx): Promise<string> {
  const unit = await tx.organisatieonderdeel.findFirstOrThrow({ where: { soort: "ministerie" }, orderBy: { naam: "asc" } });
  return unit.id;
}

/** A refused SSO sign-in, with its reason, on the audit chain. */
export async function recordSsoFailure(reden: string, ctx: { adres: string; issuer?: string; subject?: string; email?: string | null; gebruikerId?: string | null; detail?: string }): Promise<void> {
  await recordSecurityEvent({
    actorId: null,
    actie: "inloggen.mislukt",
    na: { via: "sso", reden, adres: ctx.adres, issuer: ctx.issuer ?? null, subject: ctx.subject ?? null, email: ctx.email ?? null, gebruikerId: ctx.gebruikerId ?? null, ...(ctx.detail ? { detail: ctx.detail.slice(0, 200) } : {}) },
  });
}

/**
 * Finds, links or creates the account of a verified identity, applies the group mapping and
 * starts a session (or, for a recent sign-in, renews the given session's sign-in time).
 */
export async function signInWithIdentity(id: SsoIdentity, ctx: { adres: string; herbevestigSessie?: string }): Promise<SsoAccountResult> {
  const result = await transaction(async (tx): Promise<SsoAccountResult> => {
    let user = await tx.gebruiker.findUnique({ where: { oidcIssuer_oidcSubject: { oidcIssuer: id.issuer, oidcSubject: id.subject } } });
    if (!user && id.email && id.emailVerified) {
      const byEmail = await tx.gebruiker.findUnique({ where: { email: id.email } });
      if (byEmail?.oidcSubject) return { ok: false, reden: "email_al_gekoppeld" };
      if (byEmail?.actief) {
        user = await tx.gebruiker.update({ where: { id: byEmail.id }, data: { oidcIssuer: id.issuer, oidcSubject: id.subject } });
        await appendAuditEvent(tx, { actorId: user.id, actie: "sso.gekoppeld", na: { gebruikerId: user.id, email: user.email, issuer: id.issuer, subject: id.subject } });
      } else if (byEmail) {
        return { ok: false, reden: "gedeactiveerd" };
      }
    }
    const mapped = await rolesFromGroups(tx, id.groepen);
    if (!user) {
      if (!id.email) return { ok: false, reden: "geen_email" };
      // An unverified address that an existing account already uses is not taken over.
      if (await tx.gebruiker.findUnique({ where: { email: id.email } })) return { ok: false, reden: "email_al_gekoppeld" };
      user = await tx.gebruiker.create({
        data: {
          email: id.email,
          naam: id.naam ?? id.email,
          wachtwoordHash: GEEN_WACHTWOORD,
          rollen: mapped?.rollen ?? [],
          organisatieonderdeelId: mapped?.organisatieonderdeelId ?? (await topUnitId(tx)),
          oidcIssuer: id.issuer,
          oidcSubject: id.subject,
        },
      });
      await appendAuditEvent(tx, { actorId: user.id, actie: "sso.aangemaakt", na: { gebruikerId: user.id, email: user.email, issuer: id.issuer, subject: id.subject, rollen: user.rollen, groepen: id.groepen } });
    } else if (mapped) {
      const unit = mapped.organisatieonderdeelId ?? user.organisatieonderdeelId;
      const voor = [...user.rollen].sort();
      const voorUnit = user.organisatieonderdeelId;
      if (voor.join() !== mapped.rollen.join() || unit !== voorUnit) {
        user = await tx.gebruiker.update({ where: { id: user.id }, data: { rollen: mapped.rollen, organisatieonderdeelId: unit } });
        await appendAuditEvent(tx, {
          actorId: user.id,
          actie: "sso.rollen_gewijzigd",
          voor: { rollen: voor, organisatieonderdeelId: voorUnit },
          na: { gebruikerId: user.id, rollen: mapped.rollen, organisatieonderdeelId: unit, groepen: id.groepen },
        });
      }
    }
    if (!user.actief) return { ok: false, reden: "gedeactiveerd" };
    const sso = { idToken: id.idToken, sid: id.sid, issuer: id.issuer };
    if (ctx.herbevestigSessie) {
      const { count } = await tx.sessie.updateMany({
        where: { id: ctx.herbevestigSessie, gebruikerId: user.id, ingetrokkenOp: null },
        data: { authTijdstip: id.authTijdstip, ssoIdToken: id.idToken, ssoSid: id.sid },
      });
      if (count === 1) {
        await appendAuditEvent(tx, { actorId: user.id, actie: "sessie.herbevestigd", na: { sessie: ctx.herbevestigSessie, soort: "sso", adres: ctx.adres } });
        return { ok: true, user: { id: user.id, naam: user.naam, email: user.email, rollen: user.rollen }, sid: ctx.herbevestigSessie };
      }
    }
    const sid = await startSession(user.id, { soort: "sso", adres: ctx.adres, via: "sso", authTijdstip: id.authTijdstip, sso }, tx);
    return { ok: true, user: { id: user.id, naam: user.naam, email: user.email, rollen: user.rollen }, sid };
  });
  if (!result.ok) {
    const known = id.email ? await db().gebruiker.findUnique({ where: { email: id.email }, select: { id: true } }) : null;
    await recordSsoFailure(result.reden, { adres: ctx.adres, issuer: id.issuer, subject: id.subject, email: id.email, gebruikerId: known?.id ?? null });
  }
  return result;
}

/** The ID token of an SSO session (the id_token_hint of the provider's logout). */
export async function ssoIdTokenOf(sessieId: string): Promise<string | null> {
  const row = await db().sessie.findUnique({ where: { id: sessieId }, select: { ssoIdToken: true } });
  return row?.ssoIdToken ?? null;
}
