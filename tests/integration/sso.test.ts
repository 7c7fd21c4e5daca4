// Single sign-on (issue 11) against a real OpenID Provider (oidc-provider, scripts/sso-provider.ts)
// started in this test: the browser's part is a small user agent with a cookie jar that signs in
// on the provider's own login page; the token endpoint, the keys and the logout tokens are the
// provider's. Tampering and late delivery are done in transit (between the app and the provider).
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOidcProvider, type RunningProvider, type TestAccount } from "@/scripts/sso-provider";
import { ensureSeed, expectAppError, notaBijMinister, prisma, userId } from "@/tests/support/fixtures";
import { DEMO_PASSWORD, demoEmail as demoEmailOf } from "@/prisma/seed";

const OP_PORT = 3397;
const BC_PORT = 3398;
const APP = "http://localhost:3399";
Object.assign(process.env, {
  OIDC_ISSUER: `http://localhost:${OP_PORT}`,
  OIDC_CLIENT_ID: "beslisroute-test",
  OIDC_CLIENT_SECRET: "beslisroute-test-geheim-van-voldoende-lengte",
  OIDC_ALLOW_HTTP: "true",
  NEXTAUTH_URL: APP,
});

const { beginSsoSignIn, providerLogoutUrl, setOidcClockSkewForTests, setOidcTransportForTests } = await import("@/lib/server/auth/oidc");
const { completeSsoCallback } = await import("@/lib/server/auth/sso-callback");
const { checkSession } = await import("@/lib/server/auth/sessions");
const { confirmSignInWithPassword, requireRecentSignIn } = await import("@/lib/server/auth/recent-sign-in");
const { startSession } = await import("@/lib/server/auth/sessions");
const { recordDecision } = await import("@/lib/server/notas/record-decision");
const { createUser } = await import("@/lib/server/gebruikers/create-user");
const { listGroepKoppelingen } = await import("@/lib/server/gebruikers/list-groep-koppelingen");
const { saveGroepKoppeling } = await import("@/lib/server/gebruikers/save-groep-koppeling");
const { removeGroepKoppeling } = await import("@/lib/server/gebruikers/remove-groep-koppeling");
const { POST: backchannelRoute } = await import("@/app/sso/backchannel-logout/route");

/** A user agent: follows redirects by hand, keeps the provider's cookies, fills in its login form. */
class Browser {
  private jar = new Map<string, string>();
  private async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const cookie = [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
    const res = await fetch(url, { ...init, redirect: "manual", headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) } });
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(";");
      const i = pair!.indexOf("=");
      const name = pair!.slice(0, i).trim();
      const value = pair!.slice(i + 1);
      if (!value || attrs.some((a) => /max-age=0|expires=thu, 01 jan 1970/i.test(a.trim()))) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    return res;
  }
  /** Walks the provider until it sends the browser back to the app; logs in when the provider asks. */
  async walk(start: string, login?: { login: string; password: string }): Promise<{ terug?: URL; pagina?: string }> {
    let url = start;
    let init: RequestInit = {};
    for (let i = 0; i < 20; i++) {
      const res = await this.fetch(url, init);
      init = {};
      const loc = res.headers.get("location");
      if (res.status >= 300 && res.status < 400 && loc) {
        const next = new URL(loc, url);
        if (next.href.startsWith(APP)) return { terug: next };
        url = next.href;
        continue;
      }
      const html = await res.text();
      const form = /<form[^>]*action="([^"]+\/login)"/.exec(html);
      if (form && login) {
        url = new URL(form[1]!, url).href;
        init = { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(login).toString() };
        login = undefined;
        continue;
      }
      const logout = /<form[^>]*id="op.logoutForm"[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/.exec(html) ?? /<form[^>]*action="([^"]+)"[^>]*id="op.logoutForm"[^>]*>([\s\S]*?)<\/form>/.exec(html);
      if (logout) {
        const body = new URLSearchParams({ logout: "yes" });
        for (const m of logout[2]!.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) body.set(m[1]!, m[2]!);
        url = new URL(logout[1]!, url).href;
        init = { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: body.toString() };
        continue;
      }
      return { pagina: html };
    }
    throw new Error("te veel redirects");
  }
}

let op: RunningProvider;
let bc: http.Server;
/** What the provider posted to the back-channel logout route, and what the route answered. */
const bcOntvangen: { body: Buffer; status: number }[] = [];
let teller = 0;
const uniek = () => `${Date.now().toString(36)}${++teller}`;

function account(extra: Partial<TestAccount> = {}): TestAccount {
  const id = uniek();
  const a: TestAccount = { sub: `sub-${id}`, login: `gebruiker-${id}`, email: `sso-${id}@beslisroute.test`, naam: `SSO Gebruiker ${id}`, wachtwoord: "provider-wachtwoord", groepen: [], ...extra };
  op.accounts.set(a.sub, a);
  return a;
}

/** The whole sign-in as the callback route runs it, with a fresh browser unless one is given. */
async function signIn(a: TestAccount, opts: { browser?: Browser; maxAge?: number; herbevestigSessie?: string } = {}) {
  const browser = opts.browser ?? new Browser();
  const { url, attempt } = await beginSsoSignIn({ terug: "/notas", maxAge: opts.maxAge, herbevestigen: Boolean(opts.herbevestigSessie) });
  const { terug } = await browser.walk(url.href, { login: a.login, password: a.wachtwoord });
  if (!terug) console.log("PAGINA", (await browser.walk(url.href)).pagina?.slice(0, 600));
  expect(terug?.pathname).toBe("/sso/callback");
  const result = await completeSsoCallback(terug!.searchParams, attempt, { adres: "198.51.100.7", huidigeSessie: opts.herbevestigSessie });
  return { result, browser, terug: terug! };
}

async function lastEvent(actie: string) {
  return prisma.auditEvent.findFirst({ where: { actie }, orderBy: { seq: "desc" } });
}

beforeAll(async () => {
  await ensureSeed();
  op = await startOidcProvider({ port: OP_PORT, clientId: "beslisroute-test", clientSecret: "beslisroute-test-geheim-van-voldoende-lengte", appUrl: APP, backchannelLogoutUri: `http://127.0.0.1:${BC_PORT}/sso/backchannel-logout`, accounts: [] });
  // The app's back-channel logout route, reached by the provider over HTTP.
  bc = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    try {
      const answer = await backchannelRoute(new Request(`${APP}${req.url}`, { method: "POST", headers: { "content-type": req.headers["content-type"] ?? "" }, body: Buffer.concat(chunks) }));
      bcOntvangen.push({ body: Buffer.concat(chunks), status: answer.status });
      res.writeHead(answer.status).end(await answer.text());
    } catch (e) {
      console.error("BC", e);
      res.writeHead(500).end();
    }
  });
  await new Promise<void>((r) => bc.listen(BC_PORT, "127.0.0.1", () => r()));
});

afterAll(async () => {
  await op?.close();
  await new Promise<void>((r) => (bc ? bc.close(() => r()) : r()));
  await prisma.$disconnect();
});

describe("SSO sign-in with a real OpenID Provider", () => {
  it("links the account the beheerder made beforehand by its verified e-mail, and identifies it by (issuer, subject) afterwards", async () => {
    const a = account();
    const unit = await prisma.organisatieonderdeel.findFirstOrThrow({ where: { soort: "directie" } });
    const vooraf = await prisma.gebruiker.create({ data: { email: a.email, naam: "Vooraf Aangemaakt", wachtwoordHash: "!x", rollen: ["parafeerder"], organisatieonderdeelId: unit.id } });
    const { result } = await signIn(a);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.user.id).toBe(vooraf.id);
    expect(result.terug).toBe("/notas");
    const row = await prisma.gebruiker.findUniqueOrThrow({ where: { id: vooraf.id } });
    expect([row.oidcIssuer, row.oidcSubject, row.rollen]).toEqual([`http://localhost:${OP_PORT}`, a.sub, ["parafeerder"]]);
    const gekoppeld = await lastEvent("sso.gekoppeld");
    expect(gekoppeld?.na).toMatchObject({ gebruikerId: vooraf.id, subject: a.sub });
    const sessie = await prisma.sessie.findUniqueOrThrow({ where: { id: result.sid } });
    expect(sessie.soort).toBe("sso");
    expect(sessie.ssoIdToken).toMatch(/^eyJ/);
    expect((await lastEvent("sessie.gestart"))?.na).toMatchObject({ sessie: result.sid, soort: "sso", via: "sso" });
    expect((await checkSession(result.sid)).ok).toBe(true);

    // The e-mail changes at the provider: still the same account (never by e-mail alone).
    a.email = `ander-${uniek()}@beslisroute.test`;
    const tweede = await signIn(a);
    expect(tweede.result.ok && tweede.result.user.id).toBe(vooraf.id);
  });

  it("creates an unknown official just in time, with roles and directie from the group mapping, and follows the groups at the next sign-in", async () => {
    const directie = await prisma.organisatieonderdeel.findFirstOrThrow({ where: { soort: "directie" }, orderBy: { naam: "asc" } });
    const gOpst = `T-Opstellers-${uniek()}`;
    const gLezer = `T-Lezers-${uniek()}`;
    await prisma.ssoGroepKoppeling.create({ data: { groep: gOpst, rollen: ["opsteller", "lezer"], organisatieonderdeelId: directie.id } });
    await prisma.ssoGroepKoppeling.create({ data: { groep: gLezer, rollen: ["lezer"] } });
    const a = account({ groepen: [gOpst, "Niet-Gekoppeld"] });
    const { result } = await signIn(a);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const u = await prisma.gebruiker.findUniqueOrThrow({ where: { id: result.user.id } });
    expect([u.email, u.naam, [...u.rollen].sort(), u.organisatieonderdeelId, u.oidcSubject]).toEqual([a.email, a.naam, ["lezer", "opsteller"], directie.id, a.sub]);
    expect((await lastEvent("sso.aangemaakt"))?.na).toMatchObject({ gebruikerId: u.id, rollen: ["lezer", "opsteller"] });

    a.groepen = [gLezer];
    const again = await signIn(a);
    expect(again.result.ok).toBe(true);
    expect((await prisma.gebruiker.findUniqueOrThrow({ where: { id: u.id } })).rollen).toEqual(["lezer"]);
    const wijziging = await lastEvent("sso.rollen_gewijzigd");
    expect(wijziging?.voor).toMatchObject({ rollen: ["lezer", "opsteller"] });
    expect(wijziging?.na).toMatchObject({ gebruikerId: u.id, rollen: ["lezer"], groepen: [gLezer] });
  });

  it("creates an official whose groups are not mapped without any role", async () => {
    const { result } = await signIn(account({ groepen: ["Onbekende-Groep"] }));
    expect(result.ok && result.user.rollen).toEqual([]);
  });

  it("does not take over an existing account when the provider has not verified the address", async () => {
    const a = account({ emailVerified: false });
    const unit = await prisma.organisatieonderdeel.findFirstOrThrow({ where: { soort: "directie" } });
    await prisma.gebruiker.create({ data: { email: a.email, naam: "Bestaand", wachtwoordHash: "!x", rollen: ["lezer"], organisatieonderdeelId: unit.id } });
    const { result } = await signIn(a);
    expect(result).toEqual({ ok: false, reden: "email_al_gekoppeld" });
    expect((await lastEvent("inloggen.mislukt"))?.na).toMatchObject({ via: "sso", reden: "email_al_gekoppeld", subject: a.sub });
  });

  it("refuses a user deactivated in Beslisroute even with a valid provider session, and one disabled at the provider at the next sign-in", async () => {
    const a = account();
    const first = await signIn(a);
    expect(first.result.ok).toBe(true);
    if (!first.result.ok) return;
    await prisma.gebruiker.update({ where: { id: first.result.user.id }, data: { actief: false } });
    // Same browser: the provider's session is still valid, no password asked.
    const again = await signIn(a, { browser: first.browser });
    expect(again.result).toEqual({ ok: false, reden: "gedeactiveerd" });
    expect((await lastEvent("inloggen.mislukt"))?.na).toMatchObject({ via: "sso", reden: "gedeactiveerd", gebruikerId: first.result.user.id });

    const b = account();
    const ok = await signIn(b);
    expect(ok.result.ok).toBe(true);
    b.uitgeschakeld = true;
    const { result } = await signIn(b, { browser: ok.browser });
    expect(result).toEqual({ ok: false, reden: "provider_weigert" });
    expect((await lastEvent("inloggen.mislukt"))?.na).toMatchObject({ via: "sso", reden: "provider_weigert" });
  });
});

describe("the ID token is checked", () => {
  it("refuses an ID token tampered with in transit (signature)", async () => {
    const a = account();
    setOidcTransportForTests(async (input, init) => {
      const res = await fetch(input, init);
      if (!String(input instanceof Request ? input.url : input).endsWith("/token")) return res;
      const body = (await res.json()) as { id_token: string };
      const [h, p, s] = body.id_token.split(".");
      const claims = JSON.parse(Buffer.from(p!, "base64url").toString());
      const forged = Buffer.from(JSON.stringify({ ...claims, sub: "iemand-anders" })).toString("base64url");
      return new Response(JSON.stringify({ ...body, id_token: `${h}.${forged}.${s}` }), { status: res.status, headers: { "content-type": "application/json" } });
    });
    try {
      const { result } = await signIn(a);
      expect(result).toEqual({ ok: false, reden: "handtekening_onjuist" });
    } finally {
      setOidcTransportForTests(undefined);
    }
    expect((await lastEvent("inloggen.mislukt"))?.na).toMatchObject({ via: "sso", reden: "handtekening_onjuist" });
  });

  it("refuses a token with another attempt's nonce", async () => {
    const a = account();
    const browser = new Browser();
    const eerste = await beginSsoSignIn({ terug: "/" });
    const tweede = await beginSsoSignIn({ terug: "/" });
    const { terug } = await browser.walk(eerste.url.href, { login: a.login, password: a.wachtwoord });
    // Same state and PKCE verifier as the request that was sent; only the nonce is another's.
    const result = await completeSsoCallback(terug!.searchParams, { ...eerste.attempt, nonce: tweede.attempt.nonce }, { adres: "198.51.100.7" });
    expect(result).toEqual({ ok: false, reden: "nonce_onjuist" });
    expect((await lastEvent("inloggen.mislukt"))?.na).toMatchObject({ via: "sso", reden: "nonce_onjuist" });
  });

  it("refuses a callback whose state is not this browser's attempt", async () => {
    const a = account();
    const eerste = await beginSsoSignIn({ terug: "/" });
    const ander = await beginSsoSignIn({ terug: "/" });
    const { terug } = await new Browser().walk(eerste.url.href, { login: a.login, password: a.wachtwoord });
    expect(await completeSsoCallback(terug!.searchParams, ander.attempt, { adres: "x" })).toEqual({ ok: false, reden: "state_onjuist" });
    expect(await completeSsoCallback(terug!.searchParams, null, { adres: "x" })).toEqual({ ok: false, reden: "geen_poging" });
  });

  it("refuses an expired ID token (delivered two hours late)", async () => {
    const a = account();
    setOidcClockSkewForTests(2 * 3600);
    try {
      const { result } = await signIn(a);
      expect(result).toEqual({ ok: false, reden: "verlopen" });
    } finally {
      setOidcClockSkewForTests(0);
    }
  });

  it("accepts tokens signed with a key the provider rotated in, and refuses a key it does not publish", async () => {
    const a = account();
    expect((await signIn(a)).result.ok).toBe(true);
    const oud = op.signingKid();
    const nieuw = await op.rotateKeys();
    expect(nieuw).not.toBe(oud);
    const { result, terug } = await signIn(a);
    expect(result.ok).toBe(true);
    const sessie = await prisma.sessie.findUniqueOrThrow({ where: { id: (result as { sid: string }).sid } });
    expect(JSON.parse(Buffer.from(sessie.ssoIdToken!.split(".")[0]!, "base64url").toString()).kid).toBe(nieuw);
    expect(terug.searchParams.get("code")).toBeTruthy();

    // A token whose kid the provider does not publish (its JWKS answered without it).
    setOidcTransportForTests(async (input, init) => {
      const res = await fetch(input, init);
      if (!String(input instanceof Request ? input.url : input).endsWith("/jwks")) return res;
      const jwks = (await res.json()) as { keys: { kid: string }[] };
      return new Response(JSON.stringify({ keys: jwks.keys.filter((k) => k.kid !== nieuw) }), { status: 200, headers: { "content-type": "application/json" } });
    });
    try {
      expect((await signIn(a)).result).toEqual({ ok: false, reden: "sleutel_onbekend" });
    } finally {
      setOidcTransportForTests(undefined);
    }
  });
});

describe("logout and recent sign-in", () => {
  it("RP-initiated logout at the provider sends a back-channel logout that ends every session of the user", async () => {
    const a = account();
    const een = await signIn(a);
    const twee = await signIn(a); // a second session (another instance or browser) of the same user
    expect(een.result.ok && twee.result.ok).toBe(true);
    if (!een.result.ok || !twee.result.ok) return;
    const idToken = (await prisma.sessie.findUniqueOrThrow({ where: { id: een.result.sid } })).ssoIdToken;
    const logoutUrl = await providerLogoutUrl(idToken);
    expect(logoutUrl).toMatch(new RegExp(`^http://localhost:${OP_PORT}/session/end\\?`));
    expect(new URL(logoutUrl!).searchParams.get("post_logout_redirect_uri")).toBe(`${APP}/inloggen?reden=afgemeld`);
    const { terug } = await een.browser.walk(logoutUrl!);
    expect(terug?.href).toBe(`${APP}/inloggen?reden=afgemeld`);
    expect(await checkSession(een.result.sid)).toEqual({ ok: false, reden: "ingetrokken" });
    expect(await checkSession(twee.result.sid)).toEqual({ ok: false, reden: "ingetrokken" });
    const ev = await lastEvent("sso.backchannel_afgemeld");
    expect(ev?.na).toMatchObject({ gebruikerId: een.result.user.id, subject: a.sub, sessies: 2 });
  });

  it("refuses the provider's own logout token the second time (a replay), and forgets used ones once they are too old anyway", async () => {
    const a = account();
    const een = await signIn(a);
    if (!een.result.ok) throw new Error("sign-in failed");
    const idToken = (await prisma.sessie.findUniqueOrThrow({ where: { id: een.result.sid } })).ssoIdToken;
    const voor = bcOntvangen.length;
    await een.browser.walk((await providerLogoutUrl(idToken))!);
    // The provider posted one logout token, signed by it; the route accepted it.
    expect(bcOntvangen.slice(voor).map((x) => x.status)).toEqual([200]);
    const { body } = bcOntvangen[voor]!;
    const logoutToken = new URLSearchParams(body.toString()).get("logout_token")!;
    const claims = JSON.parse(Buffer.from(logoutToken.split(".")[1]!, "base64url").toString()) as { jti: string; sub: string };
    expect(claims.sub).toBe(a.sub);
    expect(await prisma.ssoLogoutToken.findUnique({ where: { issuer_jti: { issuer: `http://localhost:${OP_PORT}`, jti: claims.jti } } })).not.toBeNull();
    expect(await checkSession(een.result.sid)).toEqual({ ok: false, reden: "ingetrokken" });

    // The user signs in again; someone replays the captured logout token.
    const weer = await signIn(a);
    if (!weer.result.ok) throw new Error("sign-in failed");
    const oud = await prisma.ssoLogoutToken.create({ data: { issuer: `http://localhost:${OP_PORT}`, jti: `oud-${uniek()}`, verlooptOp: new Date(Date.now() - 1000) } });
    const replay = await backchannelRoute(new Request(`${APP}/sso/backchannel-logout`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: body.toString() }));
    expect(replay.status).toBe(400);
    expect(await replay.json()).toEqual({ error: "invalid_request", error_description: "logout_token al gebruikt" });
    expect((await lastEvent("inloggen.mislukt"))?.na).toMatchObject({ via: "sso", reden: "logout_token_hergebruikt", subject: a.sub, detail: `jti ${claims.jti}` });
    // The new session lives on; the expired jti was removed, the replayed one is still known.
    expect((await checkSession(weer.result.sid)).ok).toBe(true);
    expect(await prisma.ssoLogoutToken.findUnique({ where: { issuer_jti: { issuer: oud.issuer, jti: oud.jti } } })).toBeNull();
    expect(await prisma.ssoLogoutToken.count({ where: { jti: claims.jti } })).toBe(1);
  });

  it("refuses a forged logout token", async () => {
    const res = await backchannelRoute(new Request(`${APP}/sso/backchannel-logout`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "logout_token=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0." }));
    expect(res.status).toBe(400);
    expect((await lastEvent("inloggen.mislukt"))?.na).toMatchObject({ reden: "logout_token_ongeldig" });
  });

  it("asks an SSO session older than 15 minutes for a recent sign-in, which max_age renews at the provider", async () => {
    const a = account();
    const { result, browser } = await signIn(a);
    if (!result.ok) throw new Error("sign-in failed");
    const check = await checkSession(result.sid);
    if (!check.ok) throw new Error("session");
    const later = new Date(Date.now() + 16 * 60_000);
    expect(() => requireRecentSignIn(check.actor, later)).toThrow(/afgelopen 15 minuten/);
    expect(() => requireRecentSignIn(check.actor, new Date(Date.now() + 14 * 60_000))).not.toThrow();

    // Re-confirming: the provider must have authenticated within max_age; the same session is renewed.
    await prisma.sessie.update({ where: { id: result.sid }, data: { authTijdstip: new Date(Date.now() - 20 * 60_000) } });
    const herbevestigd = await signIn(a, { browser, maxAge: 900, herbevestigSessie: result.sid });
    expect(herbevestigd.result.ok && herbevestigd.result.herbevestigd).toBe(true);
    const sessie = await prisma.sessie.findUniqueOrThrow({ where: { id: result.sid } });
    expect(Date.now() - sessie.authTijdstip.getTime()).toBeLessThan(15 * 60_000);
    expect((await lastEvent("sessie.herbevestigd"))?.na).toMatchObject({ sessie: result.sid, soort: "sso" });
  });
});

/** The actor of a fresh password session whose sign-in was `minuten` ago, as a page request sees it. */
async function sessionActor(login: string, minuten: number) {
  const sid = await startSession(await userId(login), { soort: "wachtwoord" });
  await prisma.sessie.update({ where: { id: sid }, data: { authTijdstip: new Date(Date.now() - minuten * 60_000) } });
  const check = await checkSession(sid);
  if (!check.ok) throw new Error("session");
  return { caller: { actor: check.actor, requestId: `test-${uniek()}` }, sid };
}

describe("recent sign-in for the besluit and beheer", () => {
  it("refuses the minister's besluit 16 minutes after signing in, and records it once the password is given again", async () => {
    const n = await notaBijMinister();
    const besluit = { beslispunten: n.beslispunten.map((b) => ({ volgnummer: b.volgnummer, oordeel: "akkoord" })), uitkomst: "besloten" };
    const oud = await sessionActor("minister", 16);
    const fout = await expectAppError(recordDecision(oud.caller, n.id, n.versie, besluit), "RECENT_SIGN_IN_REQUIRED");
    expect(fout.status).toBe(401);
    expect(fout.detail).toBe("Voor deze handeling moet u in de afgelopen 15 minuten zijn ingelogd. Vul uw wachtwoord opnieuw in en druk nogmaals op de knop; wat u hebt ingevuld blijft staan.");
    expect((await prisma.nota.findUniqueOrThrow({ where: { id: n.id } })).status).toBe("bij_bewindspersoon");

    expect(await confirmSignInWithPassword(oud.caller.actor, "niet-het-wachtwoord")).toBe(false);
    expect(await confirmSignInWithPassword(oud.caller.actor, DEMO_PASSWORD)).toBe(true);
    expect((await lastEvent("sessie.herbevestigd"))?.na).toMatchObject({ sessie: oud.sid, soort: "wachtwoord" });
    const na = await recordDecision(oud.caller, n.id, n.versie, besluit);
    expect(na.status).toBe("besloten");

    // 14 minutes after signing in: no question asked.
    const n2 = await notaBijMinister();
    const vers = await sessionActor("minister", 14);
    expect((await recordDecision(vers.caller, n2.id, n2.versie, { ...besluit, beslispunten: n2.beslispunten.map((b) => ({ volgnummer: b.volgnummer, oordeel: "akkoord" })) })).status).toBe("besloten");
  });

  it("asks the beheerder too (new user, group mapping), and lets the beheerder edit the group mapping as data", async () => {
    const oud = await sessionActor("beheer", 20);
    const unit = await prisma.organisatieonderdeel.findFirstOrThrow({ where: { soort: "directie" } });
    await expectAppError(createUser(oud.caller, { naam: "Nieuw", email: `nieuw-${uniek()}@beslisroute.test`, organisatieonderdeelId: unit.id, rollen: ["lezer"], wachtwoord: "een-lang-wachtwoord" }), "RECENT_SIGN_IN_REQUIRED");
    await expectAppError(saveGroepKoppeling(oud.caller, { groep: "X", rollen: ["lezer"], organisatieonderdeelId: null }), "RECENT_SIGN_IN_REQUIRED");

    const vers = await sessionActor("beheer", 1);
    const groep = `Beheer-Groep-${uniek()}`;
    await saveGroepKoppeling(vers.caller, { groep, rollen: ["opsteller"], organisatieonderdeelId: unit.id });
    await saveGroepKoppeling(vers.caller, { groep, rollen: ["opsteller", "lezer"], organisatieonderdeelId: null });
    const k = (await listGroepKoppelingen(vers.caller)).find((x) => x.groep === groep);
    expect(k).toMatchObject({ groep, rollen: ["opsteller", "lezer"], organisatieonderdeelId: null, onderdeel: null });
    expect((await lastEvent("sso.groepkoppeling_gewijzigd"))?.voor).toMatchObject({ rollen: ["opsteller"], organisatieonderdeelId: unit.id });
    await expectAppError(saveGroepKoppeling(vers.caller, { groep, rollen: [], organisatieonderdeelId: null }), "VALIDATION_FAILED");
    await removeGroepKoppeling(vers.caller, k!.id);
    expect((await listGroepKoppelingen(vers.caller)).some((x) => x.groep === groep)).toBe(false);
    const lezer = await sessionActor("lezer", 1);
    await expectAppError(saveGroepKoppeling(lezer.caller, { groep, rollen: ["lezer"], organisatieonderdeelId: null }), "FORBIDDEN");
  });
});

describe("issue 17 point 7: one way to make the session cookie", () => {
  it("is next-auth's own: its jwt callback, its cookie definition and lifetime, its encode; its session callback reads it back", async () => {
    const { authOptions, sessionCookieFor } = await import("@/lib/auth");
    const { decode } = await import("next-auth/jwt");
    const sid = await startSession(await userId("lezer"), { soort: "wachtwoord" });
    const c = await sessionCookieFor({ id: await userId("lezer"), naam: "Eva Hendriks", email: demoEmailOf("lezer"), rollen: ["lezer"] }, sid);
    expect(c.name).toBe("next-auth.session-token");
    expect(c.options).toEqual({ httpOnly: true, sameSite: "lax", path: "/", secure: false, maxAge: 8 * 3600 });
    const token = await decode({ token: c.value, secret: process.env.NEXTAUTH_SECRET! });
    expect(token).toMatchObject({ sub: await userId("lezer"), sid, rollen: ["lezer"], name: "Eva Hendriks" });
    const session = await authOptions().callbacks!.session!({ session: { expires: "" }, token } as never);
    expect((session as { sid?: string }).sid).toBe(sid);
    expect((await checkSession(sid)).ok).toBe(true);
  });
});
