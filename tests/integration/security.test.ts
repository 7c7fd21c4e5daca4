// Security properties of issue 9, through the use cases and the database: sessions that end on
// the server, throttling an attacker cannot turn against a user, security events on the chain,
// tokens with scope and expiry, the application's database role, and signed checkpoints that
// reveal a cut-off tail of the audit trail.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, writeFileSync, appendFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { childEnv } from "@/lib/env";
import { authenticate } from "@/lib/server/auth/authenticate";
import { checkSession, signOutUser, startSession } from "@/lib/server/auth/sessions";
import { updateUser } from "@/lib/server/gebruikers/update-user";
import { resetPassword } from "@/lib/server/gebruikers/reset-password";
import { changeOwnPassword } from "@/lib/server/gebruikers/change-password";
import { listUsers } from "@/lib/server/gebruikers/list-users";
import { listSecurityEvents } from "@/lib/server/audit/list-security-events";
import { listAllTokens } from "@/lib/server/tokens/tokens";
import { createToken } from "@/lib/server/tokens/create-token";
import { requireApiActor } from "@/lib/server/session";
import { diffVersions } from "@/lib/server/notas/versions";
import { verifyAuditChain } from "@/lib/server/audit/verify-chain";
import { parsePrivateKey, parsePublicKey, verifyCheckpoints, writeCheckpoint } from "@/lib/server/audit/checkpoints";
import { APP_ROLE, ensureAppRole } from "@/scripts/app-role";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { createPrismaClient } from "@/prisma/client";
import { GET as notaPdfRoute } from "@/app/api/v1/notas/[id]/nota.pdf/route";
import { importNota } from "@/lib/server/notas/import-nota";
import { DEMO_PASSWORD, demoEmail } from "@/prisma/seed";
import { actor, as, ensureSeed, expectAppError, newNota, prisma, userId } from "@/tests/support/fixtures";

beforeAll(ensureSeed);
afterAll(() => prisma.$disconnect());

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
let adresTeller = 0;
/** A fresh documentation address (RFC 5737) per test, so counters of one test do not touch another. */
const nieuwAdres = () => `192.0.2.${++adresTeller}`;

async function eventsSince(seq: bigint, actie: string) {
  return prisma.auditEvent.findMany({ where: { seq: { gt: seq }, actie }, orderBy: { seq: "asc" } });
}
async function headSeq(): Promise<bigint> {
  return (await prisma.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } }))?.seq ?? 0n;
}

describe("sessions end on the server", () => {
  it("a sign-in starts a session row that counts until sign-out ends every session of the user", async () => {
    const adres = nieuwAdres();
    const a = await authenticate({ email: demoEmail("afdelingshoofd"), password: DEMO_PASSWORD }, { adres, via: "formulier" });
    const b = await authenticate({ email: demoEmail("afdelingshoofd"), password: DEMO_PASSWORD }, { adres, via: "api" });
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.sid).not.toBe(b.sid);
    const first = await checkSession(a.sid);
    expect(first.ok && first.actor.id).toBe(await userId("afdelingshoofd"));

    const before = await headSeq();
    await signOutUser(a.user.id, { adres });
    // The copy of either cookie is worthless now: both sessions are revoked.
    expect(await checkSession(a.sid)).toEqual({ ok: false, reden: "ingetrokken" });
    expect(await checkSession(b.sid)).toEqual({ ok: false, reden: "ingetrokken" });
    const [event] = await eventsSince(before, "sessie.afgemeld");
    expect(event).toMatchObject({ actorId: a.user.id, na: { sessies: 2, adres } });
  });

  it("ends after SESSION_IDLE_MINUTES (30) without activity, and background refreshes do not count", async () => {
    const uid = await userId("directeur");
    const sid = await startSession(uid);
    await prisma.sessie.update({ where: { id: sid }, data: { laatstActiefOp: minutesAgo(29) } });
    // A background refresh at minute 29 does not keep it alive …
    expect((await checkSession(sid, { background: true })).ok).toBe(true);
    expect((await prisma.sessie.findUniqueOrThrow({ where: { id: sid } })).laatstActiefOp.getTime()).toBeLessThan(minutesAgo(28).getTime());
    // … and one minute later the session is over, for good.
    await prisma.sessie.update({ where: { id: sid }, data: { laatstActiefOp: minutesAgo(31) } });
    expect(await checkSession(sid)).toEqual({ ok: false, reden: "inactief" });
    await prisma.sessie.update({ where: { id: sid }, data: { laatstActiefOp: new Date() } });
    expect(await checkSession(sid)).toEqual({ ok: false, reden: "inactief" });
  });

  it("a request of the user (not in the background) moves the idle clock", async () => {
    const sid = await startSession(await userId("directeur"));
    await prisma.sessie.update({ where: { id: sid }, data: { laatstActiefOp: minutesAgo(20) } });
    expect((await checkSession(sid)).ok).toBe(true);
    const row = await prisma.sessie.findUniqueOrThrow({ where: { id: sid } });
    expect(Date.now() - row.laatstActiefOp.getTime()).toBeLessThan(10_000);
  });

  it("ends at its absolute lifetime whatever the activity", async () => {
    const sid = await startSession(await userId("directeur"));
    await prisma.sessie.update({ where: { id: sid }, data: { verlooptOp: minutesAgo(1), laatstActiefOp: new Date() } });
    expect(await checkSession(sid)).toEqual({ ok: false, reden: "verlopen" });
  });

  it("an unknown or malformed session id is no session", async () => {
    expect(await checkSession(undefined)).toEqual({ ok: false, reden: "geen" });
    expect(await checkSession("geen-uuid")).toEqual({ ok: false, reden: "geen" });
    expect(await checkSession("00000000-0000-4000-8000-000000000000")).toEqual({ ok: false, reden: "geen" });
  });

  it("deactivation by the beheerder ends every session of that official at once", async () => {
    const uid = await userId("lezer");
    const sid = await startSession(uid);
    const beheer = await as("beheer");
    await updateUser(beheer, uid, { rollen: ["lezer"], actief: false });
    try {
      expect(await checkSession(sid)).toEqual({ ok: false, reden: "gedeactiveerd" });
      const row = await prisma.sessie.findUniqueOrThrow({ where: { id: sid } });
      expect(row.intrekReden).toBe("gedeactiveerd");
    } finally {
      await updateUser(beheer, uid, { rollen: ["lezer"], actief: true });
    }
    // Reactivated, the old session stays ended: a new sign-in is needed.
    expect((await checkSession(sid)).ok).toBe(false);
  });

  it("a password set by the beheerder ends the official's sessions; the new password works, the old not", async () => {
    const uid = await userId("woo");
    const sid = await startSession(uid);
    const beheer = await as("beheer");
    await expectAppError(resetPassword(beheer, uid, { wachtwoord: "kort" }), "VALIDATION_FAILED", /12 tekens/);
    await expectAppError(resetPassword(await as("woo"), uid, { wachtwoord: "een-lang-genoeg-wachtwoord" }), "FORBIDDEN");
    expect((await checkSession(sid)).ok).toBe(true);
    await resetPassword(beheer, uid, { wachtwoord: "een-lang-genoeg-wachtwoord" });
    try {
      expect(await checkSession(sid)).toEqual({ ok: false, reden: "ingetrokken" });
      expect((await authenticate({ email: demoEmail("woo"), password: DEMO_PASSWORD }, { adres: nieuwAdres(), via: "api" })).ok).toBe(false);
      expect((await authenticate({ email: demoEmail("woo"), password: "een-lang-genoeg-wachtwoord" }, { adres: nieuwAdres(), via: "api" })).ok).toBe(true);
    } finally {
      await resetPassword(beheer, uid, { wachtwoord: DEMO_PASSWORD });
    }
  });

  it("an official changes their own password only with the current one, and is signed out everywhere", async () => {
    const caller = await as("juridisch");
    const sid = await startSession(caller.actor.id);
    await expectAppError(changeOwnPassword(caller, { huidig: "fout", nieuw: "nieuw-wachtwoord-123" }), "VALIDATION_FAILED", /huidige wachtwoord klopt niet/);
    await expectAppError(changeOwnPassword(caller, { huidig: DEMO_PASSWORD, nieuw: "kort" }), "VALIDATION_FAILED");
    expect((await checkSession(sid)).ok).toBe(true);
    await changeOwnPassword(caller, { huidig: DEMO_PASSWORD, nieuw: "nieuw-wachtwoord-123" });
    expect(await checkSession(sid)).toEqual({ ok: false, reden: "ingetrokken" });
    await changeOwnPassword(caller, { huidig: "nieuw-wachtwoord-123", nieuw: DEMO_PASSWORD });
  });
});

describe("sign-in throttling", () => {
  it("blocks one account from one address after 5 failures, even with the right password, but not from another address", async () => {
    const email = demoEmail("pz");
    const aanvaller = nieuwAdres();
    for (let i = 0; i < 5; i++) expect(await authenticate({ email, password: `fout-${i}` }, { adres: aanvaller, via: "api" })).toEqual({ ok: false, reason: "invalid" });
    const sixth = await authenticate({ email, password: "fout-6" }, { adres: aanvaller, via: "api" });
    expect(sixth).toEqual({ ok: false, reason: "locked", retryAfter: 60 });
    const right = await authenticate({ email, password: DEMO_PASSWORD }, { adres: aanvaller, via: "api" });
    expect(right.ok).toBe(false);
    if (!right.ok) expect(right.reason).toBe("locked");
    // The official at their own desk is not locked out by someone else's guesses.
    expect((await authenticate({ email, password: DEMO_PASSWORD }, { adres: nieuwAdres(), via: "formulier" })).ok).toBe(true);
  });

  it("doubles the block each time the same pair is blocked again (1, then 2 minutes)", async () => {
    const email = demoEmail("mr");
    const adres = nieuwAdres();
    for (let i = 0; i < 6; i++) await authenticate({ email, password: "fout" }, { adres, via: "api" });
    // Let the first block run out (as time would), then fail again.
    await prisma.rateLimit.updateMany({ where: { key: { startsWith: "inlog-paar:" } }, data: { expire: minutesAgo(1) } });
    for (let i = 0; i < 5; i++) expect((await authenticate({ email, password: "fout" }, { adres, via: "api" })).ok).toBe(false);
    expect(await authenticate({ email, password: "fout" }, { adres, via: "api" })).toEqual({ ok: false, reason: "locked", retryAfter: 120 });
  });

  it("counts guesses sent at once before checking them: of 8 parallel wrong passwords at most 5 are tried", async () => {
    const adres = nieuwAdres();
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => authenticate({ email: demoEmail("woo"), password: `parallel-${i}` }, { adres, via: "api" })));
    expect(results.filter((r) => !r.ok && r.reason === "invalid").length).toBeLessThanOrEqual(5);
    expect(results.filter((r) => !r.ok && r.reason === "locked").length).toBeGreaterThanOrEqual(3);
  });

  it("limits guesses of the current password on Mijn gegevens (a stolen session cannot brute-force it)", async () => {
    const caller = await as("dg");
    for (let i = 0; i < 5; i++) await expectAppError(changeOwnPassword(caller, { huidig: `fout-${i}`, nieuw: "nieuw-wachtwoord-123" }), "VALIDATION_FAILED");
    const e = await expectAppError(changeOwnPassword(caller, { huidig: DEMO_PASSWORD, nieuw: "nieuw-wachtwoord-123" }), "TOO_MANY_ATTEMPTS");
    expect(e.retryAfter).toBeGreaterThan(0);
    expect(await prisma.auditEvent.count({ where: { actie: "gebruiker.wachtwoord_onjuist", actorId: caller.actor.id } })).toBe(5);
    await prisma.rateLimit.deleteMany({ where: { key: { startsWith: "huidig-wachtwoord:" } } });
  });

  it("blocks an address that tries many accounts (30 failures), whichever accounts it names", async () => {
    const adres = nieuwAdres();
    for (let i = 0; i < 30; i++) expect((await authenticate({ email: `onbekend-${i}@beslisroute.test`, password: "x" }, { adres, via: "api" })).ok).toBe(false);
    const next = await authenticate({ email: "nog-een@beslisroute.test", password: "x" }, { adres, via: "api" });
    expect(next).toMatchObject({ ok: false, reason: "locked" });
    const known = await authenticate({ email: demoEmail("bestuursondersteuning"), password: DEMO_PASSWORD }, { adres, via: "api" });
    expect(known).toMatchObject({ ok: false, reason: "locked" });
    expect((await authenticate({ email: demoEmail("bestuursondersteuning"), password: DEMO_PASSWORD }, { adres: nieuwAdres(), via: "api" })).ok).toBe(true);
  });

  it("keeps no e-mail or address in clear in the counters", async () => {
    const adres = nieuwAdres();
    await authenticate({ email: demoEmail("lezer"), password: "fout" }, { adres, via: "api" });
    const rows = await prisma.rateLimit.findMany();
    const text = JSON.stringify(rows);
    expect(text).not.toContain("lezer@");
    expect(text).not.toContain(adres);
  });

  it("writes successes, failures (with the reason) and blocks to the audit chain", async () => {
    const before = await headSeq();
    const adres = nieuwAdres();
    await authenticate({ email: demoEmail("opsteller"), password: "fout" }, { adres, via: "formulier" });
    await authenticate({ email: "bestaat-niet@beslisroute.test", password: "fout" }, { adres, via: "formulier" });
    const ok = await authenticate({ email: demoEmail("opsteller"), password: DEMO_PASSWORD }, { adres, via: "formulier" });
    const failures = await eventsSince(before, "inloggen.mislukt");
    expect(failures.map((e) => (e.na as { reden: string }).reden)).toEqual(["wachtwoord_onjuist", "onbekend_account"]);
    expect(failures[0]!.na).toMatchObject({ email: demoEmail("opsteller"), gebruikerId: await userId("opsteller"), adres, via: "formulier" });
    const [gestart] = await eventsSince(before, "sessie.gestart");
    expect(gestart).toMatchObject({ actorId: await userId("opsteller"), na: { sessie: ok.ok ? ok.sid : "?", adres } });
    expect((await verifyAuditChain(prisma)).ok).toBe(true);
  });

  it("shows the security log to the beheerder only", async () => {
    const log = await listSecurityEvents(await actor("beheer"), { limiet: 500 });
    expect(log.length).toBeGreaterThan(5);
    const securityActions = new Set(["sessie.gestart", "sessie.afgemeld", "inloggen.mislukt", "inloggen.geblokkeerd", "inloggen.geweigerd", "inloggen.aanval_vermoed", "gebruiker.wachtwoord_gewijzigd", "gebruiker.wachtwoord_onjuist", "gebruiker.wachtwoord_ingesteld", "token.aangemaakt", "token.gebruikt", "token.ingetrokken", "agenda.token_vernieuwd", "sessie.herbevestigd", "sso.gekoppeld", "sso.aangemaakt", "sso.rollen_gewijzigd", "sso.backchannel_afgemeld", "sso.groepkoppeling_gewijzigd"]);
    expect(log.filter((e) => !securityActions.has(e.actie))).toEqual([]);
    const seen = new Set(log.map((e) => e.actie));
    for (const a of ["sessie.gestart", "sessie.afgemeld", "inloggen.mislukt", "inloggen.geblokkeerd", "inloggen.geweigerd", "gebruiker.wachtwoord_gewijzigd", "gebruiker.wachtwoord_ingesteld"]) expect(seen, a).toContain(a);
    expect(log[0]!.seq).toBeGreaterThan(log.at(-1)!.seq);
    await expectAppError(listSecurityEvents(await actor("lezer")), "FORBIDDEN");
    await expectAppError(listSecurityEvents(await actor("minister")), "FORBIDDEN");
  });
});

describe("personal access tokens", () => {
  const req = (token: string, method = "GET") => new Request("http://localhost/api/v1/notas", { method, headers: { authorization: `Bearer ${token}` } });

  it("default to read-only and 90 days; a write with a read token is 403, with a write token it passes", async () => {
    const caller = await as("opsteller");
    const lezen = await createToken(caller, { naam: "Alleen lezen" });
    expect(lezen.scope).toBe("lezen");
    const days = (new Date(lezen.verlooptOp).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThan(90.1);
    expect((await requireApiActor(req(lezen.token))).id).toBe(caller.actor.id);
    await expectAppError(requireApiActor(req(lezen.token, "POST")), "FORBIDDEN", /alleen lezen/);
    await expectAppError(requireApiActor(req(lezen.token, "DELETE")), "FORBIDDEN");
    const schrijven = await createToken(caller, { naam: "Koppeling", scope: "schrijven", geldigheidDagen: 7 });
    expect((await requireApiActor(req(schrijven.token, "POST"))).id).toBe(caller.actor.id);
  });

  it("live at most a year, and answer 401 once expired", async () => {
    const caller = await as("opsteller");
    await expectAppError(createToken(caller, { naam: "Te lang", geldigheidDagen: 366 }), "VALIDATION_FAILED", /365 dagen/);
    await expectAppError(createToken(caller, { naam: "Nul", geldigheidDagen: 0 }), "VALIDATION_FAILED");
    await expectAppError(createToken(caller, { naam: "Scope", scope: "alles" }), "VALIDATION_FAILED");
    const t = await createToken(caller, { naam: "Verloopt", geldigheidDagen: 365 });
    await prisma.apiToken.update({ where: { id: t.id }, data: { verlooptOp: minutesAgo(1) } });
    await expectAppError(requireApiActor(req(t.token)), "UNAUTHENTICATED", /verlopen/);
  });

  it("record their first use of a day as a security event, not every use", async () => {
    const caller = await as("directeur");
    const t = await createToken(caller, { naam: "Dagelijks" });
    const before = await headSeq();
    await requireApiActor(req(t.token));
    await prisma.apiToken.update({ where: { id: t.id }, data: { laatstGebruiktOp: minutesAgo(5) } });
    await requireApiActor(req(t.token));
    const used = await eventsSince(before, "token.gebruikt");
    expect(used).toHaveLength(1);
    expect(used[0]).toMatchObject({ actorId: caller.actor.id, na: { id: t.id, scope: "lezen" } });
  });

  it("are all listed for the beheerder (with the owner), for nobody else", async () => {
    const t = await createToken(await as("dg"), { naam: "Zichtbaar voor beheer" });
    const all = await listAllTokens(await actor("beheer"));
    expect(all.find((x) => x.id === t.id)).toMatchObject({ naam: "Zichtbaar voor beheer", eigenaar: { naam: "Hendrik Bakker" }, status: "actief" });
    expect(JSON.stringify(all)).not.toContain(t.token.slice(4));
    await expectAppError(listAllTokens(await actor("dg")), "FORBIDDEN");
  });
});

describe("costly calls", () => {
  it("documents are limited per user per minute: the 31st answers 429 with Retry-After, others still work", async () => {
    const mine = (await createToken(await as("pz"), { naam: "Veel documenten" })).token;
    const theirs = (await createToken(await as("mr"), { naam: "Ander" })).token;
    const nota = await newNota();
    const get = (token: string) => notaPdfRoute(new Request(`http://localhost/api/v1/notas/${nota.id}/nota.pdf`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({ id: nota.id }) });
    await prisma.rateLimit.deleteMany({ where: { key: { startsWith: "duur:" } } });
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await get(mine)).status);
    expect(statuses.filter((s) => s === 429)).toEqual([]);
    const over = await get(mine);
    expect(over.status).toBe(429);
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(over.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(over.headers.get("content-type")).toContain("application/problem+json");
    expect((await over.json()).detail).toMatch(/te veel documenten/);
    // Another official is not held up by it.
    expect((await get(theirs)).status).not.toBe(429);
  });

  it("the import is counted against the same limit, in the use case (both doors)", async () => {
    await prisma.rateLimit.deleteMany({ where: { key: { startsWith: "duur:" } } });
    const opsteller = await actor("opsteller");
    const tekst = "Aanleiding\nEen korte nota om het importeren te tellen.\nGeadviseerd besluit\n1. Kennisnemen.";
    for (let i = 0; i < 30; i++) await importNota(opsteller, { tekst });
    const e = await expectAppError(importNota(opsteller, { tekst }), "TOO_MANY_REQUESTS");
    expect(e.retryAfter).toBeGreaterThan(0);
    expect(e.status).toBe(429);
    await prisma.rateLimit.deleteMany({ where: { key: { startsWith: "duur:" } } });
  });
});

describe("small leaks", () => {
  it("a version beyond the integer range is a 400, not a 500", async () => {
    const nota = await newNota();
    await expectAppError(diffVersions(await actor("opsteller"), nota.id, "1", "99999999999"), "VALIDATION_FAILED");
    await expectAppError(diffVersions(await actor("opsteller"), nota.id, "2147483648", "1"), "VALIDATION_FAILED");
  });

  it("GET /api/v1/gebruikers gives names to every role, e-mail addresses to the beheerder only", async () => {
    const voorLezer = await listUsers(await actor("lezer"), {});
    expect(voorLezer.length).toBeGreaterThan(10);
    expect(voorLezer.filter((u) => "email" in u)).toEqual([]);
    expect(voorLezer.find((u) => u.naam === "Sanne de Vries")).toMatchObject({ rollen: ["opsteller"], organisatieonderdeel: { afkorting: "BU" } });
    const voorOpsteller = await listUsers(await actor("opsteller"), { rol: "parafeerder" });
    expect(voorOpsteller.filter((u) => "email" in u)).toEqual([]);
    const voorBeheer = await listUsers(await actor("beheer"), {});
    expect(voorBeheer.find((u) => u.naam === "Sanne de Vries")?.email).toBe("opsteller@beslisroute.test");
  });
});

describe("the application's database role", () => {
  let app: pg.Client;
  let appUrl: string;
  beforeAll(async () => {
    appUrl = await ensureAppRole(inject("databaseUrl"), "test-wachtwoord-app-rol");
    app = new pg.Client({ connectionString: appUrl });
    await app.connect();
  });
  afterAll(() => app?.end());

  const refused = async (sql: string) => {
    const e = await app.query(sql).then(() => null, (x: unknown) => x as { code?: string; message: string });
    expect(e, sql).not.toBeNull();
    return e!;
  };

  it("may read the audit trail and the notas", async () => {
    const { rows } = await app.query('SELECT count(*)::int AS n FROM "AuditEvent"');
    expect(rows[0].n).toBeGreaterThan(0);
    const { rows: nota } = await app.query('SELECT count(*)::int AS n FROM "Nota"');
    expect(nota[0].n).toBeGreaterThan(0);
  });

  /** appendAuditEvent as the application's role, through Prisma as the use cases call it. */
  const appendAlsAppRol = async (outboxId: string) => {
    const client = createPrismaClient(appUrl);
    try {
      await client.$transaction((tx) => appendAuditEvent(tx, { actorId: null, actie: "email.opnieuw_versturen", na: { outboxId } }));
    } finally {
      await client.$disconnect();
    }
  };

  it("appends an event through AuditWachtrij, which the database links into the chain at the commit", async () => {
    await appendAlsAppRol("als-app-rol");
    const { rows } = await app.query(`SELECT na FROM "AuditEvent" ORDER BY seq DESC LIMIT 1`);
    expect(rows[0].na).toEqual({ outboxId: "als-app-rol" });
    expect(await verifyAuditChain(prisma)).toMatchObject({ ok: true });
  });

  it("may not write the chain itself, nor read or change the waiting rows", async () => {
    const e = await refused(
      `INSERT INTO "AuditEvent" (seq, tijdstip, actie, "vorigeHash", hash) VALUES (999999999, now(), 'email.opnieuw_versturen', repeat('0', 64), repeat('f', 64))`,
    );
    expect(e.code).toBe("42501");
    expect((await refused('SELECT count(*) FROM "AuditWachtrij"')).code).toBe("42501");
    expect((await refused('UPDATE "AuditWachtrij" SET id = id + 1')).code).toBe("42501");
    expect((await refused('DELETE FROM "AuditWachtrij"')).code).toBe("42501");
  });

  it("gets its rights on a table a release adds from the migrate Job (migrate.ts deploy with MIGRATION_DATABASE_URL)", async () => {
    const owner = new pg.Client({ connectionString: inject("databaseUrl") });
    await owner.connect();
    // As if "AuditWachtrij" were new in this release: the role has no rights on it yet.
    await owner.query(`REVOKE ALL ON "AuditWachtrij" FROM ${APP_ROLE}`);
    await owner.end();
    expect(String(await appendAlsAppRol("zonder-rechten").catch((x: unknown) => x))).toMatch(/permission denied|42501/);
    const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/migrate.ts", "deploy"], {
      env: childEnv({ NODE_OPTIONS: undefined, MIGRATION_DATABASE_URL: inject("databaseUrl"), DATABASE_URL: appUrl }),
      encoding: "utf8",
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Rechten van de databaserol ${APP_ROLE} bijgewerkt`);
    await appendAlsAppRol("na-migratie");
    const { rows } = await app.query(`SELECT na FROM "AuditEvent" ORDER BY seq DESC LIMIT 1`);
    expect(rows[0].na).toEqual({ outboxId: "na-migratie" });
  });

  it("may not switch off the trigger, delete, update or truncate audit events, nor alter tables", async () => {
    expect((await refused('ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update_delete')).code).toBe("42501");
    expect((await refused('DELETE FROM "AuditEvent" WHERE seq = (SELECT max(seq) FROM "AuditEvent")')).code).toBe("42501");
    expect((await refused('UPDATE "AuditEvent" SET actie = actie WHERE seq = 1')).code).toBe("42501");
    expect((await refused('TRUNCATE "AuditEvent"')).code).toBe("42501");
    expect((await refused('DROP TABLE "AuditEvent"')).code).toBe("42501");
    expect((await refused('ALTER TABLE "Nota" ADD COLUMN x int')).code).toBe("42501");
    expect((await refused("CREATE TABLE eigen (x int)")).code).toBe("42501");
    expect((await refused(`DELETE FROM "_prisma_migrations"`)).code).toBe("42501");
  });
});

describe("signed checkpoints of the audit chain's head", () => {
  const { privateKey } = generateKeyPairSync("ed25519");
  const pem = privateKey.export({ format: "pem", type: "pkcs8" }).toString();
  const dir = mkdtempSync(join(tmpdir(), "beslisroute-checkpoints-"));

  /** Removes the newest n events as a database superuser would, and returns a function that puts them back. */
  async function cutTail(n: number): Promise<() => Promise<void>> {
    const c = new pg.Client({ connectionString: inject("databaseUrl") });
    await c.connect();
    const { rows } = await c.query('SELECT * FROM "AuditEvent" ORDER BY seq DESC LIMIT $1', [n]);
    await c.query("BEGIN");
    await c.query('ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update_delete');
    await c.query('DELETE FROM "AuditEvent" WHERE seq >= $1', [rows.at(-1).seq]);
    await c.query('ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_no_update_delete');
    await c.query("COMMIT");
    return async () => {
      for (const r of rows.reverse()) {
        await c.query(
          'INSERT INTO "AuditEvent" (seq, tijdstip, "actorId", "namensId", actie, "notaId", "vanStatus", "naarStatus", versie, voor, na, "requestId", "vorigeHash", hash) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)',
          [r.seq, r.tijdstip, r.actorId, r.namensId, r.actie, r.notaId, r.vanStatus, r.naarStatus, r.versie, r.voor === null ? null : JSON.stringify(r.voor), r.na === null ? null : JSON.stringify(r.na), r.requestId, r.vorigeHash, r.hash],
        );
      }
      await c.end();
    };
  }

  const verifyCli = (file: string) =>
    spawnSync(process.execPath, ["--import", "tsx", "--conditions", "react-server", "scripts/audit-verify.ts"], {
      env: childEnv({ DATABASE_URL: inject("databaseUrl"), AUDIT_CHECKPOINT_FILE: file, AUDIT_CHECKPOINT_PUBLIC_KEY: pem, AUDIT_CHECKPOINT_KEY: undefined }),
      encoding: "utf8",
    });

  it("are signed, appended only when the head moved, and match an intact chain", async () => {
    const file = join(dir, "intact.jsonl");
    const c1 = await writeCheckpoint(prisma, parsePrivateKey(pem), file);
    expect(c1).not.toBeNull();
    expect(await writeCheckpoint(prisma, parsePrivateKey(pem), file)).toBeNull();
    await newNota();
    expect(await writeCheckpoint(prisma, parsePrivateKey(pem), file)).not.toBeNull();
    expect(readFileSync(file, "utf8").trim().split("\n")).toHaveLength(2);
    expect(await verifyCheckpoints(prisma, parsePublicKey(pem), file)).toEqual({ ok: true, aantal: 2, fout: null });
    const cli = verifyCli(file);
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stdout).toMatch(/Checkpoints in orde: 2/);
  });

  it("reveal a tail cut off the chain that the chain itself cannot show", async () => {
    const file = join(dir, "afgekapt.jsonl");
    await newNota(); // a few events at the head
    const cp = (await writeCheckpoint(prisma, parsePrivateKey(pem), file))!;
    const restore = await cutTail(3);
    try {
      // What remains is still a valid chain: the hash chain alone says all is well …
      expect((await verifyAuditChain(prisma)).ok).toBe(true);
      // … the checkpoint does not.
      const report = await verifyCheckpoints(prisma, parsePublicKey(pem), file);
      expect(report.ok).toBe(false);
      expect(report.fout).toMatchObject({ seq: cp.seq, reden: expect.stringMatching(/ontbreekt/) });
      const cli = verifyCli(file);
      expect(cli.status).toBe(1);
      expect(cli.stderr).toContain(`event ${cp.seq}`);
      expect(cli.stderr).toMatch(/AFGEKAPT/);
    } finally {
      await restore();
    }
    expect((await verifyCheckpoints(prisma, parsePublicKey(pem), file)).ok).toBe(true);
    expect((await verifyAuditChain(prisma)).ok).toBe(true);
  });

  it("refuse a forged or edited checkpoint line", async () => {
    const file = join(dir, "vervalst.jsonl");
    const cp = (await writeCheckpoint(prisma, parsePrivateKey(pem), file))!;
    const other = generateKeyPairSync("ed25519").privateKey;
    writeFileSync(join(dir, "ander.jsonl"), "");
    appendFileSync(file, JSON.stringify({ ...cp, seq: String(BigInt(cp.seq) - 1n) }) + "\n");
    const report = await verifyCheckpoints(prisma, parsePublicKey(pem), file);
    expect(report.ok).toBe(false);
    expect(report.fout?.reden).toMatch(/handtekening/);
    // A key that is not ours does not verify our checkpoints either.
    expect((await verifyCheckpoints(prisma, parsePublicKey(other.export({ format: "pem", type: "pkcs8" }).toString()), file)).ok).toBe(false);
  });
});
