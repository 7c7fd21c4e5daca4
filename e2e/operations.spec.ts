// Operations (issue 10) over real HTTP against the production build: a second and third app server
// on the same PostgreSQL, a server whose database is killed and comes back, a server that is
// stopped with SIGTERM while it serves, and one that is full. Each test starts the servers it needs
// (the standalone server.js, exactly as npm start and the container image run it) and stops them again.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, chmodSync, rmSync } from "node:fs";
import { request as httpRequest, Agent } from "node:http";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import type { PlaywrightWorkerArgs } from "@playwright/test";
import { SMTPServer } from "smtp-server";
import { DEMO_PASSWORD, demoEmail, expect, expectNoAxeViolations, sessionFor, test } from "./support";
import { startEmbeddedPostgres, type Database } from "@/scripts/database";
import { applyMigrations } from "@/scripts/migrations";

interface Instance { url: string; port: number; proc: ChildProcess; output: () => string; stop: (signal?: NodeJS.Signals) => Promise<number | null> }

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** One more app server on this build, with the suite's environment and these overrides. */
async function startInstance(env: Record<string, string> = {}): Promise<Instance> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  let out = "";
  const proc = spawn(process.execPath, [".next/standalone/server.js"], {
    env: { ...process.env, PORT: String(port), HOSTNAME: "::", NEXTAUTH_URL: url, NEXT_MANUAL_SIG_HANDLE: "true", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  proc.stdout!.on("data", (c: Buffer) => (out += c.toString()));
  proc.stderr!.on("data", (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server op ${port} stopte: ${out}`);
    try {
      if ((await fetch(`${url}/api/health/live`)).ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`server op ${port} start niet: ${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url, port, proc, output: () => out,
    stop: async (signal = "SIGTERM") => {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      return exited;
    },
  };
}

async function tokenFor(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string, login: string): Promise<string> {
  const s = await sessionFor(playwright, baseURL, login);
  const res = await s.post("/api/v1/tokens", { data: { naam: `ops ${randomUUID().slice(0, 6)}`, scope: "schrijven" } });
  expect(res.status()).toBe(201);
  const { token } = await res.json();
  await s.dispose();
  return token;
}

async function ids(token: string, baseURL: string): Promise<Record<string, string>> {
  const res = await fetch(`${baseURL}/api/v1/gebruikers`, { headers: { authorization: `Bearer ${token}` } });
  const list = (await res.json()) as { id: string; naam: string; rollen: string[]; functie?: string }[];
  const by = (functie: string) => list.find((u) => u.functie === functie)!.id;
  return { minister: by("Minister"), afdelingshoofd: by("Afdelingshoofd"), directeur: by("Directeur"), dg: by("Directeur-generaal") };
}

function notaBody(aanId: string) {
  return {
    onderwerp: `Operaties ${randomUUID().slice(0, 8)}`,
    soort: "ter_beslissing",
    aanId,
    aanleiding: "Aanleiding.",
    kern: "Kern.",
    beslispunten: [{ tekst: "Instemmen" }],
  };
}

async function api(baseURL: string, token: string, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const res = await fetch(`${baseURL}${path}`, {
    method: init.method ?? "GET",
    headers: { authorization: `Bearer ${token}`, ...(init.body !== undefined ? { "content-type": "application/json" } : {}), ...init.headers },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : null };
}

test.describe("two app servers on one database", () => {
  test.setTimeout(180_000);

  test("one winner of 30 simultaneous paraafs split over both; an Idempotency-Key replayed by the other", async ({ playwright, baseURL }) => {
    const b = await startInstance();
    try {
      const opsteller = await tokenFor(playwright, baseURL!, "opsteller");
      const ah = await tokenFor(playwright, baseURL!, "afdelingshoofd");
      const who = await ids(opsteller, baseURL!);

      // Idempotency-Key: created on A, retried on B → the same nota, replayed.
      const key = randomUUID();
      const body = notaBody(who.minister!);
      const first = await api(baseURL!, opsteller, "/api/v1/notas", { method: "POST", body, headers: { "idempotency-key": key } });
      expect(first.status).toBe(201);
      const again = await api(b.url, opsteller, "/api/v1/notas", { method: "POST", body, headers: { "idempotency-key": key } });
      expect(again.status).toBe(201);
      expect(again.headers.get("idempotent-replayed")).toBe("true");
      expect(again.json.id).toBe(first.json.id);
      const other = await api(b.url, opsteller, "/api/v1/notas", { method: "POST", body: { ...body, onderwerp: "Anders" }, headers: { "idempotency-key": key } });
      expect(other.status).toBe(409);

      // The paraaf race.
      const nota = first.json;
      const submitted = await api(baseURL!, opsteller, `/api/v1/notas/${nota.id}/indienen`, {
        method: "POST", headers: { "if-match": `"${nota.versie}"` },
        body: { paraafroute: [{ volgorde: 1, gebruikerId: who.afdelingshoofd, rol: "Afdelingshoofd" }, { volgorde: 2, gebruikerId: who.directeur, rol: "Directeur" }] },
      });
      expect(submitted.status).toBe(200);
      const results = await Promise.all(Array.from({ length: 30 }, (_, i) =>
        api(i % 2 ? b.url : baseURL!, ah, `/api/v1/notas/${nota.id}/paraaf`, { method: "POST", headers: { "if-match": `"${submitted.json.versie}"` }, body: { oordeel: "akkoord" } })));
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(29);
      const after = await api(b.url, opsteller, `/api/v1/notas/${nota.id}`);
      expect(after.json.versie).toBe(submitted.json.versie + 1);
    } finally {
      await b.stop();
    }
  });

  test("sign-in throttling, sessions and sign-out hold across both", async ({ playwright, baseURL }) => {
    const b = await startInstance();
    try {
      // Six wrong passwords for one account, alternating between the servers (five are counted, the
      // sixth blocks the pair): from then on both refuse, even the right password.
      const email = demoEmail("lezer");
      for (let i = 0; i < 6; i++) {
        const ctx = await playwright.request.newContext({ baseURL: i % 2 ? b.url : baseURL! });
        const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
        const r = await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: `fout-${i}`, json: "true" }, maxRedirects: 0 });
        expect(r.status()).not.toBe(429);
        await ctx.dispose();
      }
      for (const url of [baseURL!, b.url]) {
        const ctx = await playwright.request.newContext({ baseURL: url });
        const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
        const r = await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: DEMO_PASSWORD, json: "true" }, maxRedirects: 0 });
        expect(r.status()).toBe(429);
        expect(Number(r.headers()["retry-after"])).toBeGreaterThan(0);
        await ctx.dispose();
      }

      // A session made on A is good on B (the cookie ignores the port, the row is in the database);
      // signing out on B ends it on A.
      const a = await sessionFor(playwright, baseURL!, "directeur");
      expect((await a.get(`${b.url}/api/v1/ik`)).status()).toBe(200);
      expect((await a.get("/api/v1/ik")).status()).toBe(200);
      const out = await a.post(`${b.url}/uitloggen`, { headers: { origin: b.url }, maxRedirects: 0 });
      expect([302, 303]).toContain(out.status());
      const copy = await playwright.request.newContext({ baseURL: baseURL!, storageState: await a.storageState() });
      expect((await copy.get("/api/v1/ik")).status()).toBe(401);
      await copy.dispose();
      await a.dispose();
    } finally {
      await b.stop();
    }
  });

  test("two servers with their outbox workers send every mail once", async ({ playwright, baseURL }) => {
    const received: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true, disabledCommands: ["STARTTLS"], logger: false,
      onData(stream, _s, cb) {
        let raw = "";
        stream.on("data", (c: Buffer) => (raw += c.toString()));
        stream.on("end", () => { received.push(/^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? "?"); cb(); });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, "127.0.0.1", () => r()));
    const smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
    // The two servers poll their outbox every 15 s: both start before any mail is queued.
    const b = await startInstance({ SMTP_URL: smtpUrl });
    const c = await startInstance({ SMTP_URL: smtpUrl });
    try {
      const opsteller = await tokenFor(playwright, baseURL!, "opsteller");
      const who = await ids(opsteller, baseURL!);
      const before = received.length;
      // Each indienen queues one mail (to the afdelingshoofd).
      for (let i = 0; i < 6; i++) {
        const n = await api(baseURL!, opsteller, "/api/v1/notas", { method: "POST", body: notaBody(who.minister!) });
        const s = await api(baseURL!, opsteller, `/api/v1/notas/${n.json.id}/indienen`, {
          method: "POST", headers: { "if-match": `"${n.json.versie}"` },
          body: { paraafroute: [{ volgorde: 1, gebruikerId: who.afdelingshoofd, rol: "Afdelingshoofd" }] },
        });
        expect(s.status).toBe(200);
      }
      await expect.poll(() => received.length - before, { timeout: 60_000, intervals: [1000] }).toBeGreaterThanOrEqual(6);
      // A little longer: nothing more arrives (no second copy from the other worker).
      await new Promise((r) => setTimeout(r, 16_000));
      const ours = received.slice(before);
      expect(new Set(ours).size).toBe(ours.length);
      expect(b.output() + c.output()).toMatch(/uitgaande e-mail/);
    } finally {
      await b.stop();
      await c.stop();
      await new Promise<void>((r) => smtp.close(() => r()));
    }
  });
});

test.describe("a database that goes away", () => {
  test.setTimeout(180_000);

  test("503 (a Dutch page, problem+json) while PostgreSQL is down, back by itself when it returns", async ({ page }) => {
    const dir = mkdtempSync(join(tmpdir(), "beslisroute-e2e-down-"));
    chmodSync(dir, 0o755);
    const pgPort = await freePort();
    let restartedCount = 0;
    let db: Database = await startEmbeddedPostgres({ dir, port: pgPort, persistent: true, database: "beslisroute" });
    await applyMigrations(db.url);
    const app = await startInstance({ DATABASE_URL: db.url, DATABASE_PROBE_SECONDS: "1" });
    try {
      expect((await fetch(`${app.url}/api/health/ready`)).status).toBe(200);
      await db.stop(); // a fast shutdown: the app's connections end with 57P01, new ones are refused

      const api503 = await fetch(`${app.url}/api/v1/notas`, { headers: { authorization: "Bearer brt_x" } });
      expect(api503.status).toBe(503);
      expect(api503.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(api503.headers.get("retry-after")).toBe("5");
      expect((await api503.json()).code).toBe("SERVICE_UNAVAILABLE");
      const write = await fetch(`${app.url}/api/v1/notas`, { method: "POST", headers: { authorization: "Bearer brt_x", "content-type": "application/json" }, body: "{}" });
      expect(write.status).toBe(503);
      const p = await page.goto(`${app.url}/notas`);
      expect(p?.status()).toBe(503);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tijdelijk niet beschikbaar");
      await expect(page.locator("html")).toHaveAttribute("lang", "nl");
      await expectNoAxeViolations(page);
      expect((await fetch(`${app.url}/api/health/live`)).status).toBe(200);
      expect((await fetch(`${app.url}/api/health/ready`)).status).toBe(503);

      // The database returns: the app's probe notices, no restart of the app needed.
      db = await startEmbeddedPostgres({ dir, port: pgPort, persistent: true, database: "beslisroute", restart: { onGiveUp: () => {} }, log: (l) => { if (/draait weer/.test(l)) restartedCount++; } });
      const back = Date.now();
      await expect.poll(async () => (await fetch(`${app.url}/api/health/ready`)).status, { timeout: 15_000, intervals: [100] }).toBe(200);
      test.info().annotations.push({ type: "herstel na terugkeer", description: `${((Date.now() - back) / 1000).toFixed(1)} s` });
      expect((await fetch(`${app.url}/api/v1/notas`, { headers: { authorization: "Bearer brt_x" } })).status).toBe(401);

      // Killed outright (a crash, an OOM kill): the watchdog of npm start restarts it, the app recovers.
      const pid = Number(readFileSync(join(dir, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
      process.kill(pid, "SIGKILL");
      const statuses = new Set<number>();
      await expect.poll(async () => {
        const r = await fetch(`${app.url}/api/v1/notas`, { headers: { authorization: "Bearer brt_x" } });
        statuses.add(r.status);
        return r.status;
      }, { timeout: 30_000, intervals: [100] }).toBe(401);
      expect([...statuses].filter((s) => s !== 401 && s !== 503), "only 401 (up) or 503 (away), never a 500").toEqual([]);
      await expect.poll(() => restartedCount, { timeout: 5_000 }).toBe(1);
    } finally {
      await app.stop();
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A POST whose body arrives slowly: the request stays in flight for `ms`. */
function slowPost(url: string, path: string, token: string, body: unknown, ms: number, agent?: Agent): Promise<{ status: number; body: string }> {
  const data = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const u = new URL(path, url);
    const req = httpRequest({ host: "127.0.0.1", port: Number(u.port), path: u.pathname, method: "POST", agent, headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "content-length": data.length } }, (res) => {
      let text = "";
      res.on("data", (c: Buffer) => (text += c.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    req.write(data.subarray(0, 10));
    setTimeout(() => req.end(data.subarray(10)), ms);
  });
}

test.describe("a server that is stopped or full", () => {
  test.setTimeout(120_000);

  test("on SIGTERM: no new connections, the request in flight finishes in full, then it exits 0", async ({ playwright, baseURL }) => {
    const app = await startInstance({ SHUTDOWN_GRACE_SECONDS: "20" });
    const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const opsteller = await tokenFor(playwright, baseURL!, "opsteller");
      const who = await ids(opsteller, baseURL!);
      // An idle keep-alive connection, open before the stop.
      await new Promise<void>((resolve) => httpRequest({ host: "127.0.0.1", port: app.port, path: "/api/health/live", agent: keepAlive }, (res) => { res.resume(); res.on("end", () => resolve()); }).end());
      const body = notaBody(who.minister!);
      const inFlight = slowPost(app.url, "/api/v1/notas", opsteller, body, 3000);
      await new Promise((r) => setTimeout(r, 500));
      const stopped = app.stop("SIGTERM");
      await new Promise((r) => setTimeout(r, 300));
      // New connections are refused at once.
      await expect(fetch(`${app.url}/api/health/live`)).rejects.toThrow();
      // The request in flight was answered in full, and its nota exists.
      const r = await inFlight;
      expect(r.status).toBe(201);
      expect(JSON.parse(r.body).onderwerp).toBe(body.onderwerp);
      expect(await stopped).toBe(0);
      expect(app.output()).toMatch(/"msg":"gestopt"/);
      expect(app.output()).toMatch(/"complete":true/);
      const list = await api(baseURL!, opsteller, `/api/v1/notas?q=${encodeURIComponent(body.onderwerp)}`);
      expect(JSON.stringify(list.json)).toContain(body.onderwerp);
    } finally {
      keepAlive.destroy();
      await app.stop("SIGKILL");
    }
  });

  test("over its limit it answers 503 with Retry-After at once, while health and sign-in keep answering", async ({ playwright, baseURL }) => {
    const app = await startInstance({ MAX_REQUESTS_IN_FLIGHT: "3" });
    try {
      const opsteller = await tokenFor(playwright, baseURL!, "opsteller");
      const who = await ids(opsteller, baseURL!);
      // Three slow requests fill the server.
      const slow = [0, 1, 2].map(() => slowPost(app.url, "/api/v1/notas", opsteller, notaBody(who.minister!), 2500));
      await new Promise((r) => setTimeout(r, 500));
      const t0 = Date.now();
      const refused = await fetch(`${app.url}/api/v1/notas`, { headers: { authorization: `Bearer ${opsteller}` } });
      const refusedMs = Date.now() - t0;
      expect(refused.status).toBe(503);
      expect(refused.headers.get("retry-after")).toBe("1");
      expect((await refused.json()).code).toBe("SERVICE_UNAVAILABLE");
      expect((await fetch(`${app.url}/notas`, { headers: { accept: "text/html" } })).status).toBe(503);
      // Reserved: the probes and the sign-in page.
      expect((await fetch(`${app.url}/api/health/live`)).status).toBe(200);
      expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
      expect((await fetch(`${app.url}/inloggen`)).status).toBe(200);
      // The three that were let in finish normally.
      for (const r of await Promise.all(slow)) expect(r.status).toBe(201);
      expect((await fetch(`${app.url}/api/v1/notas`, { headers: { authorization: `Bearer ${opsteller}` } })).status).toBe(200);
      test.info().annotations.push({ type: "weigering", description: `${refusedMs} ms` });
    } finally {
      await app.stop();
    }
  });
});

test.describe("logs, metrics and traces", () => {
  test.setTimeout(120_000);

  test("one JSON log line per request with its id and the actor's id (no name or e-mail); Prometheus metrics; OpenTelemetry spans of a request and its queries", async ({ playwright, baseURL }) => {
    // An OTLP/HTTP receiver in the test: keeps every span it is sent.
    interface OtlpSpan { traceId: string; spanId: string; parentSpanId?: string; name: string; attributes?: { key: string; value: Record<string, unknown> }[] }
    const spans: OtlpSpan[] = [];
    const { createServer: createHttp } = await import("node:http");
    const collector = createHttp((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        if (req.url === "/v1/traces") {
          const doc = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] };
          for (const rs of doc.resourceSpans) for (const ss of rs.scopeSpans) spans.push(...ss.spans);
        }
        res.writeHead(200, { "content-type": "application/json" }).end("{}");
      });
    });
    await new Promise<void>((r) => collector.listen(0, "127.0.0.1", () => r()));
    const app = await startInstance({ OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}` });
    try {
      const token = await tokenFor(playwright, baseURL!, "opsteller");
      const requestId = `e2e-${randomUUID()}`;
      const r = await fetch(`${app.url}/api/v1/notas`, { headers: { authorization: `Bearer ${token}`, "x-request-id": requestId } });
      expect(r.status).toBe(200);
      expect(r.headers.get("x-request-id")).toBe(requestId);

      // The log line of that request: JSON, its id, the actor's id, route, status, duration; no personal data.
      const me = await api(baseURL!, token, "/api/v1/ik");
      await expect.poll(() => app.output().split("\n").find((l) => l.includes(requestId) && l.includes('"msg":"verzoek"')) ?? "", { timeout: 5_000 }).not.toBe("");
      const line = JSON.parse(app.output().split("\n").find((l) => l.includes(requestId) && l.includes('"msg":"verzoek"'))!);
      expect(line).toMatchObject({ level: "info", req_id: requestId, actor_id: me.json.id, method: "GET", route: "/api/v1/notas", status: 200 });
      expect(typeof line.duration_ms).toBe("number");
      expect(app.output()).not.toContain(me.json.email ?? "opsteller@beslisroute.test");
      expect(app.output()).not.toContain(me.json.naam);
      for (const l of app.output().split("\n").filter((x) => x.startsWith("{"))) expect(() => JSON.parse(l)).not.toThrow();

      // Metrics: only from the machine itself without METRICS_TOKEN.
      const m = await fetch(`http://127.0.0.1:${app.port}/api/metrics`);
      expect(m.status).toBe(200);
      const text = await m.text();
      expect(text).toMatch(/^beslisroute_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/notas",status="200"\} [1-9]/m);
      expect(text).toMatch(/^beslisroute_database_up 1$/m);
      expect(text).toMatch(/^beslisroute_db_pool_connections\{state="total"\} \d+$/m);
      expect(text).toMatch(/^beslisroute_outbox_messages\{state="dead"\} \d+$/m);

      // Traces: Next's span of the request, and pg spans of its queries in the same trace.
      // The exporter batches: the query spans and the request's root span may arrive in different
      // batches, so wait for the root span itself (and at least one query of its trace).
      const rootSpan = () => spans.find((s) => /GET \/api\/v1\/notas/.test(s.name));
      await expect
        .poll(() => {
          const root = rootSpan();
          return !!root && spans.some((s) => s.traceId === root.traceId && s.name.startsWith("pg"));
        }, { timeout: 30_000, intervals: [500], message: `spans: ${spans.map((s) => s.name).join(", ")}` })
        .toBe(true);
      const root = rootSpan();
      expect(root, spans.map((s) => s.name).join(", ")).toBeDefined();
      const queries = spans.filter((s) => s.traceId === root!.traceId && s.name.startsWith("pg"));
      expect(queries.length).toBeGreaterThan(0);
    } finally {
      await app.stop();
      await new Promise<void>((r) => collector.close(() => r()));
    }
  });
});
