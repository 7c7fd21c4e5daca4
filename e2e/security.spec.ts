// Issue 9 over HTTP and in the browser: a session copied before sign-out is dead after it, the
// idle timeout with its Dutch message, the security headers on pages, the API and files, 403 for
// pages a role may not open, and 4xx problem+json for input that used to give a 500.
import pg from "pg";
import { DEMO_PASSWORD, demoEmail, expect, expectNoAxeViolations, loginAs, test } from "./support";

const SESSION_COOKIE = "next-auth.session-token";

test("a copy of the session cookie taken before Uitloggen opens nothing afterwards", async ({ page, browser }) => {
  await loginAs(page, "pz");
  const cookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(cookie?.value).toBeTruthy();
  // A second browser with the copied cookie gets in …
  const thief = await browser.newContext({ baseURL: page.url() });
  await thief.addCookies([{ ...cookie! }]);
  expect((await thief.request.get("/api/v1/ik")).status()).toBe(200);
  expect((await (await thief.request.get("/api/auth/session")).json()).user?.email).toBe(demoEmail("pz"));
  // … until the official signs out (the button is a plain form: no script needed).
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen\?reden=afgemeld/);
  await expect(page.getByText("U bent uitgelogd. Al uw sessies van Beslisroute zijn beëindigd.")).toBeVisible();
  const res = await thief.request.get("/api/v1/ik");
  expect(res.status()).toBe(401);
  // next-auth's own session endpoint does not vouch for it either.
  expect(await (await thief.request.get("/api/auth/session")).json()).toEqual({});
  expect(res.headers()["content-type"]).toContain("application/problem+json");
  const stolen = await thief.newPage();
  await stolen.goto("/notas");
  await expect(stolen).toHaveURL(/\/inloggen/);
  await expect(stolen.getByRole("heading", { level: 1 })).toHaveText("Inloggen");
  await thief.close();
});

test("after 30 minutes without activity the session ends and the sign-in page says why", async ({ page }) => {
  await loginAs(page, "bestuursondersteuning");
  // Thirty-one minutes pass (the session's activity stamp is moved back, as the clock would).
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    await db.query(`UPDATE "Sessie" SET "laatstActiefOp" = now() - interval '31 minutes' WHERE "gebruikerId" = (SELECT id FROM "Gebruiker" WHERE email = $1) AND "ingetrokkenOp" IS NULL`, [demoEmail("bestuursondersteuning")]);
  } finally {
    await db.end();
  }
  await page.goto("/notas?status=besloten");
  await expect(page).toHaveURL(/\/inloggen\?reden=inactief&callbackUrl=%2Fnotas%3Fstatus%3Dbesloten/);
  await expect(page.getByText("U bent automatisch uitgelogd omdat u een tijd niets hebt gedaan.")).toBeVisible();
  await expectNoAxeViolations(page);
  // Signing in again returns to the page where the user was.
  await page.getByLabel("E-mailadres").fill(demoEmail("bestuursondersteuning"));
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/notas\?status=besloten$/);
});

test("pages, the API and files carry the security headers; the page CSP has a fresh nonce", async ({ page }) => {
  const signIn = await page.request.get("/inloggen");
  await loginAs(page, "beheer");
  const pages = [signIn, await page.request.get("/"), await page.request.get("/beheer"), await page.request.get("/notas")];
  const nonces = new Set<string>();
  for (const r of pages) {
    const h = r.headers();
    expect(r.status(), r.url()).toBe(200);
    const csp = h["content-security-policy"] ?? "";
    const script = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(script)?.[1];
    expect(nonce, r.url()).toBeTruthy();
    nonces.add(nonce!);
    expect(script).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("same-origin");
    expect(h["permissions-policy"]).toContain("camera=()");
    // The nonce is on the page's own scripts.
    expect(await r.text()).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(pages.length);
  // Plain http on loopback: no HSTS (it belongs behind https only).
  expect(pages[0]!.headers()["strict-transport-security"]).toBeUndefined();
  const api = await page.request.get("/api/v1/ik");
  expect(api.headers()["content-security-policy"]).toContain("default-src 'none'");
  expect(api.headers()["x-frame-options"]).toBe("DENY");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  const behind = await page.request.get("/api/health", { headers: { "x-forwarded-proto": "https" } });
  expect(behind.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
});

test("a page the role may not open answers 403 with a Dutch page", async ({ page }) => {
  await loginAs(page, "lezer");
  for (const pad of ["/beheer", "/notas/nieuw", "/notas/importeren"]) {
    const res = await page.goto(pad);
    expect(res?.status(), pad).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
  }
  await expectNoAxeViolations(page);
  // The beheerder opens the same page with its security log.
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await loginAs(page, "beheer");
  const res = await page.goto("/beheer");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 2, name: "Beveiligingslog" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Beveiligingslog" })).toContainText("Uitgelogd");
  await expect(page.getByRole("table", { name: "Beveiligingslog" })).toContainText("Eva Hendriks");
});

test("input that used to give a 500 gives a 4xx problem+json", async ({ page, baseURL }) => {
  await loginAs(page, "opsteller");
  // A malformed percent-encoding in the path.
  const bad = await fetch(`${baseURL}/api/v1/notas/%E0%A4%A`, { headers: { cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ") } });
  expect(bad.status).toBe(400);
  expect(bad.headers.get("content-type")).toContain("application/problem+json");
  expect((await bad.json()).code).toBe("BAD_REQUEST");
  const badPage = await fetch(`${baseURL}/notas/%E0%A4%A`);
  expect(badPage.status).toBe(400);
  // A server action posted from another site.
  const cross = await page.request.post("/notas/nieuw", { headers: { "next-action": "0".repeat(40), origin: "https://aanvaller.example", "content-type": "text/plain;charset=UTF-8" }, data: "[]" });
  expect(cross.status()).toBe(403);
  expect((await cross.json()).code).toBe("FORBIDDEN");
  // A version beyond the integer range in a diff.
  const list = await (await page.request.get("/api/v1/notas?limit=1")).json();
  const id = list.items[0].id as string;
  const diff = await page.request.get(`/api/v1/notas/${id}/versies/1/diff/99999999999`);
  expect(diff.status()).toBe(400);
  expect(diff.headers()["content-type"]).toContain("application/problem+json");
});

test("Mijn gegevens: a read-only token made in the browser cannot write through the API", async ({ page, playwright, baseURL }) => {
  await loginAs(page, "directeur");
  await page.getByRole("link", { name: "Mijn gegevens" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn gegevens");
  await page.getByLabel("Naam van het token").fill("Leeskoppeling");
  await page.getByRole("button", { name: "Token aanmaken" }).click();
  const status = page.getByRole("status").filter({ hasText: "Kopieer het nu" });
  await expect(status).toBeVisible();
  const token = /brt_[A-Za-z0-9_-]{43}/.exec((await status.textContent()) ?? "")?.[0];
  expect(token).toBeTruthy();
  await expectNoAxeViolations(page);
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  expect((await api.get("/api/v1/ik")).status()).toBe(200);
  const write = await api.post("/api/v1/notas", { data: { onderwerp: "Mag niet" } });
  expect(write.status()).toBe(403);
  expect((await write.json()).detail).toMatch(/alleen lezen/);
  const mint = await api.post("/api/v1/tokens", { data: { naam: "Meer rechten", scope: "schrijven" } });
  expect(mint.status()).toBe(403);
  // Revoked in the browser, it stops at once.
  await page.reload();
  await page.getByRole("button", { name: "Intrekken: Leeskoppeling" }).click();
  await expect(page.getByRole("table", { name: "Mijn tokens" })).toContainText("Ingetrokken op");
  expect((await api.get("/api/v1/ik")).status()).toBe(401);
  await api.dispose();
});

test("next-auth's sign-in endpoint answers 429 with Retry-After while the account+address is held off", async ({ playwright, baseURL }) => {
  const ctx = await playwright.request.newContext({ baseURL });
  const attempt = async () => {
    const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
    return ctx.post("/api/auth/callback/credentials", { form: { csrfToken, email: "bestaat-niet@beslisroute.test", password: "geraden", json: "true" }, maxRedirects: 0 });
  };
  // Five failures are counted; the sixth blocks the pair (account + this address) …
  for (let i = 0; i < 6; i++) expect((await attempt()).status()).not.toBe(429);
  // … and from then on the endpoint says so before it checks anything.
  const held = await attempt();
  expect(held.status()).toBe(429);
  expect(Number(held.headers()["retry-after"])).toBeGreaterThanOrEqual(30);
  expect(held.headers()["content-type"]).toContain("application/problem+json");
  expect((await held.json()).detail).toMatch(/Probeer het over \d+ minuten opnieuw/);
  // Another account from the same address is not held off by it.
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  const other = await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, email: demoEmail("woo"), password: DEMO_PASSWORD, json: "true" }, maxRedirects: 0 });
  expect(other.status()).not.toBe(429);
  expect((await ctx.get("/api/v1/ik")).status()).toBe(200);
  await ctx.dispose();
});
