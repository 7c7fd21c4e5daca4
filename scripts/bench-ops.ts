// npm run bench:ops: the fault and load runs of docs/RELIABILITY.md, bounded in time (about 3 minutes).
// One embedded PostgreSQL with the demo data, the standalone production server, and:
//   1. overload: 200 clients for 20 s on API reads, with the in-flight bound (default 32) and
//      without it (the old behaviour) in the same run; meanwhile /api/health/live and /inloggen are
//      asked every 250 ms. Ratios to the floor (/api/health/live at 10 clients) of the same run.
//   2. the database killed twice under traffic: 20 writers create notas with an Idempotency-Key and
//      retry on 503 or a broken connection; PostgreSQL gets SIGKILL twice and is restarted by the
//      watchdog of npm start. Writes acknowledged vs found, duplicates, statuses, recovery seconds.
//   3. SIGTERM during 20 parallel (slow) writes: acknowledged vs found, exit code, time to exit.
// Prints a Markdown report (and the JSON with --json).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, chmodSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { request as httpRequest } from "node:http";
import pg from "pg";
import { startEmbeddedPostgres } from "./database";
import { applyMigrations } from "./migrations";
import { isBuildCurrent, recordBuild } from "./build-state";
import { prepareStandalone, SERVER_ENV, SERVER_JS } from "./standalone";
import { createPrismaClient } from "@/prisma/client";
import { seedDemo, seedMrCalendar } from "@/prisma/seed";

const SECRET = "bench-ops-secret-of-at-least-thirty-two-characters";
const machine = () => `${cpus().length} × ${cpus()[0]?.model.trim() ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(" ")}`;
const step = (l: string) => console.error(`[bench:ops] ${new Date().toISOString().slice(11, 19)} ${l}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Client { requests: number; rps: number; p50: number; p95: number; p99: number; p50ok: number; p95ok: number; errors: number; timeouts: number; status: Record<string, number> }

function client(spec: object): Promise<Client> {
  return new Promise((resolve, reject) => {
    const c = spawn(process.execPath, ["--import", "tsx", "scripts/bench-client.ts", JSON.stringify(spec)], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    c.stdout.on("data", (d: Buffer) => (out += d.toString()));
    c.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").at(-1)!)) : reject(new Error(`bench-client ${code}`))));
  });
}

function startServer(port: number, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [SERVER_JS], {
    env: { ...process.env, ...SERVER_ENV, PORT: String(port), HOSTNAME: "127.0.0.1", NODE_ENV: "production", NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: `http://127.0.0.1:${port}`, NEXT_MANUAL_SIG_HANDLE: "true", LOG_LEVEL: "warn", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function waitReady(url: string, ms = 60_000): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    try {
      if ((await fetch(`${url}/api/health/ready`)).status === 200) return (Date.now() - t0) / 1000;
    } catch { /* not yet */ }
    await sleep(100);
  }
  throw new Error(`${url} werd niet gereed`);
}

async function stop(p: ChildProcess): Promise<void> {
  if (p.exitCode !== null) return;
  p.kill("SIGTERM");
  await new Promise((r) => p.once("exit", r));
}

async function token(url: string, login: string): Promise<string> {
  const jar: string[] = [];
  const csrfRes = await fetch(`${url}/api/auth/csrf`);
  jar.push(...csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]!));
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const login_ = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST", redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email: `${login}@beslisroute.test`, password: "beslisroute-demo", json: "true" }),
  });
  jar.push(...login_.headers.getSetCookie().map((c) => c.split(";")[0]!));
  const t = await fetch(`${url}/api/v1/tokens`, { method: "POST", headers: { cookie: jar.join("; "), "content-type": "application/json", origin: url }, body: JSON.stringify({ naam: "bench-ops", scope: "schrijven" }) });
  if (t.status !== 201) throw new Error(`token: ${t.status} ${await t.text()}`);
  return ((await t.json()) as { token: string }).token;
}

async function ministerId(url: string): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(`SELECT id FROM "Gebruiker" WHERE functie = 'Minister' LIMIT 1`)).rows[0].id as string;
  } finally {
    await c.end();
  }
}

const quant = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? NaN; };

/** Asks a path every 250 ms while `until` is open; latencies in ms (a failure counts as 10 s). */
function prober(url: string, until: Promise<unknown>): Promise<{ n: number; ok: number; p50: number; p95: number }> {
  const lat: number[] = [];
  let ok = 0;
  let done = false;
  void until.then(() => (done = true));
  return (async () => {
    while (!done) {
      const t0 = Date.now();
      try {
        const r = await fetch(url, { signal: AbortSignal.timeout(10_000) });
        await r.arrayBuffer();
        if (r.status === 200) ok++;
        lat.push(Date.now() - t0);
      } catch {
        lat.push(10_000);
      }
      await sleep(250);
    }
    return { n: lat.length, ok, p50: quant(lat, 0.5), p95: quant(lat, 0.95) };
  })();
}

async function main() {
  const json = process.argv.includes("--json");
  const dir = mkdtempSync(join(tmpdir(), "beslisroute-bench-ops-"));
  chmodSync(dir, 0o755);
  let restarts = 0;
  const db = await startEmbeddedPostgres({ dir, port: 54600 + Math.floor(Math.random() * 300), persistent: false, database: "beslisroute", restart: { onGiveUp: (r) => console.error(r) }, log: (l) => { if (/draait weer/.test(l)) restarts++; } });
  const report: Record<string, unknown> = { machine: machine(), op: new Date().toISOString() };
  try {
    await applyMigrations(db.url);
    const prisma = createPrismaClient(db.url);
    await seedMrCalendar(prisma);
    await seedDemo(prisma);
    await prisma.$disconnect();
    if (!isBuildCurrent()) {
      const b = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: db.url, NEXTAUTH_SECRET: SECRET, NEXT_TELEMETRY_DISABLED: "1" } });
      if (b.status !== 0) throw new Error("next build is mislukt");
      recordBuild();
    }
    prepareStandalone();
    const port = 3700 + Math.floor(Math.random() * 200);
    const url = `http://127.0.0.1:${port}`;

    // 1. Overload, bounded and unbounded.
    const overload: Record<string, unknown> = {};
    for (const [naam, max, render] of [["met grenzen (32 verzoeken, 2 documenten tegelijk)", "32", "2"], ["zonder grenzen (zoals voorheen)", "1000000", "1000000"]] as const) {
      const server = startServer(port, { DATABASE_URL: db.url, MAX_REQUESTS_IN_FLIGHT: max, RENDER_CONCURRENCY: render, EXPENSIVE_CALLS_PER_MINUTE: "100000" });
      await waitReady(url);
      step(`overbelasting, ${naam}: server gereed`);
      const t = await token(url, "opsteller");
      step("token");
      const headers = { authorization: `Bearer ${t}` };
      // A nota to render: one request in five is its PDF (the costly work), the rest API reads.
      const minister = ((await (await fetch(`${url}/api/v1/gebruikers`, { headers })).json()) as { id: string; functie: string }[]).find((u) => u.functie === "Minister")!.id;
      const nota = (await (await fetch(`${url}/api/v1/notas`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify({ onderwerp: "Belasting", soort: "ter_beslissing", aanId: minister, aanleiding: "Aanleiding.", kern: "Kern.", toelichting: "Toelichting. ".repeat(200), beslispunten: [{ tekst: "Instemmen" }] }) })).json()) as { id: string };
      const floor = await client({ url, paths: ["/api/health/live"], connections: 10, duration: 5 });
      const load = client({ url, paths: ["/api/v1/notas", "/api/v1/taken", `/api/v1/notas/${nota.id}/nota.pdf`, "/api/v1/notas?q=uitvoering", "/api/v1/dashboard"], headers, connections: 200, duration: 20, timeout: 10 });
      step("vloer gemeten");
      const [result, live, signin] = await Promise.all([load, prober(`${url}/api/health/live`, load), prober(`${url}/inloggen`, load)]);
      overload[naam] = {
        floor_p50_ms: +floor.p50.toFixed(1),
        requests: result.requests, rps: Math.round(result.rps), status: result.status, timeouts: result.timeouts,
        p50_ms: Math.round(result.p50), p95_ms: Math.round(result.p95), p50_ratio: +(result.p50 / Math.max(floor.p50, 1)).toFixed(1),
        p50ok_ms: Math.round(result.p50ok), p95ok_ms: Math.round(result.p95ok), p50ok_ratio: +(result.p50ok / Math.max(floor.p50, 1)).toFixed(1),
        live, inloggen: signin,
      };
      await stop(server);
    }
    report.overload = overload;

    // 2. The database killed twice under traffic.
    step("database-uitval");
    {
      const server = startServer(port, { DATABASE_URL: db.url, DATABASE_PROBE_SECONDS: "1" });
      await waitReady(url);
      const t = await token(url, "opsteller");
      const minister = await ministerId(db.url);
      const prefix = `ops-${randomUUID().slice(0, 6)}`;
      const started = Date.now();
      const statuses: Record<string, number> = {};
      let acknowledged = 0;
      let acknowledgedLate = 0;
      let gaveUp = 0;
      let retries = 0;
      const deadline = Date.now() + 60_000;
      const writer = async (w: number) => {
        for (let i = 0; Date.now() < started + 16_000; i++) {
          const key = randomUUID();
          const body = JSON.stringify({ onderwerp: `${prefix} ${w}-${i}`, soort: "ter_beslissing", aanId: minister, aanleiding: "A.", kern: "K.", beslispunten: [{ tekst: "Instemmen" }] });
          for (;;) {
            if (Date.now() > deadline) { gaveUp++; break; }
            try {
              const r = await fetch(`${url}/api/v1/notas`, { method: "POST", headers: { authorization: `Bearer ${t}`, "content-type": "application/json", "idempotency-key": key }, body, signal: AbortSignal.timeout(10_000) });
              const text = await r.text();
              statuses[r.status] = (statuses[r.status] ?? 0) + 1;
              if (r.status === 201) { acknowledged++; break; }
              // Done, but the answer was lost with the database: the nota exists; a GET would show it.
              if (r.status === 409 && /al uitgevoerd/.test(text)) { acknowledgedLate++; break; }
              if (r.status === 409 || r.status === 503) { retries++; await sleep(Number(r.headers.get("retry-after") ?? 1) * 1000); continue; }
              break;
            } catch {
              statuses.verbinding = (statuses.verbinding ?? 0) + 1;
              retries++;
              await sleep(200);
            }
          }
        }
      };
      const writers = Promise.all(Array.from({ length: 20 }, (_, w) => writer(w)));
      const recovery: number[] = [];
      for (const at of [3_000, 5_000]) {
        await sleep(at);
        const pid = Number(readFileSync(join(dir, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
        process.kill(pid, "SIGKILL");
        const killed = Date.now();
        await sleep(200);
        await waitReady(url, 30_000);
        recovery.push(+((Date.now() - killed) / 1000).toFixed(1));
      }
      await writers;
      const c2 = new pg.Client({ connectionString: db.url });
      await c2.connect();
      const found = Number((await c2.query(`SELECT count(*) AS n FROM "Nota" WHERE onderwerp LIKE $1`, [`${prefix} %`])).rows[0].n);
      const dupes = Number((await c2.query(`SELECT count(*) AS n FROM (SELECT onderwerp FROM "Nota" WHERE onderwerp LIKE $1 GROUP BY onderwerp HAVING count(*) > 1) d`, [`${prefix} %`])).rows[0].n);
      await c2.end();
      report.databaseKilled = { writers: 20, kills: 2, watchdogRestarts: restarts, recovery_s: recovery, acknowledged, acknowledgedLate, gaveUp, found, duplicates: dupes, retries, statuses };
      await stop(server);
    }

    // 3. SIGTERM during 20 parallel writes.
    step("SIGTERM");
    {
      const server = startServer(port, { DATABASE_URL: db.url, SHUTDOWN_GRACE_SECONDS: "25" });
      await waitReady(url);
      const t = await token(url, "opsteller");
      const minister = await ministerId(db.url);
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      const prefix = `term-${randomUUID().slice(0, 6)}`;
      const slow = (i: number) => new Promise<number>((resolve) => {
        const data = Buffer.from(JSON.stringify({ onderwerp: `${prefix} ${i}`, soort: "ter_beslissing", aanId: minister, aanleiding: "A.", kern: "K.", beslispunten: [{ tekst: "Instemmen" }] }));
        const req = httpRequest({ host: "127.0.0.1", port, path: "/api/v1/notas", method: "POST", headers: { authorization: `Bearer ${t}`, "content-type": "application/json", "content-length": data.length } }, (res) => { res.resume(); res.on("end", () => resolve(res.statusCode ?? 0)); });
        req.on("error", () => resolve(0));
        req.write(data.subarray(0, 5));
        setTimeout(() => req.end(data.subarray(5)), 1500);
      });
      const writes = Array.from({ length: 20 }, (_, i) => slow(i));
      await sleep(400);
      const t0 = Date.now();
      const exited = new Promise<number | null>((r) => server.once("exit", (code) => r(code)));
      server.kill("SIGTERM");
      const results = await Promise.all(writes);
      const code = await exited;
      const found = Number((await c.query(`SELECT count(*) AS n FROM "Nota" WHERE onderwerp LIKE $1`, [`${prefix} %`])).rows[0].n);
      await c.end();
      report.sigterm = { writes: 20, acknowledged: results.filter((s) => s === 201).length, found, other: results.filter((s) => s !== 201), exitCode: code, exit_s: +((Date.now() - t0) / 1000).toFixed(1) };
    }
  } finally {
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  report.machineAfter = machine();
  if (json) console.log(JSON.stringify(report, null, 2));
  printMarkdown(report);
}

function printMarkdown(r: Record<string, unknown>) {
  const o = r.overload as Record<string, { floor_p50_ms: number; requests: number; rps: number; status: Record<string, number>; timeouts: number; p50_ms: number; p95_ms: number; p50_ratio: number; p50ok_ms: number; p95ok_ms: number; p50ok_ratio: number; live: { n: number; ok: number; p50: number; p95: number }; inloggen: { n: number; ok: number; p50: number; p95: number } }>;
  console.log(`\n### bench:ops — ${r.op}\n\nMachine: ${r.machine} (after: ${r.machineAfter})\n`);
  console.log("**Overload** (200 clients, 20 s; of every five requests one renders a nota PDF, four are API reads; client timeout 10 s; floor: /api/health/live at 10 clients)\n");
  console.log("| server | requests | req/s | statuses | client timeouts | all: p50 ms (× floor), p95 ms | 2xx only: p50 ms (× floor), p95 ms | /api/health/live ok, p95 ms | /inloggen ok, p95 ms |");
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const [naam, x] of Object.entries(o)) {
    console.log(`| ${naam} | ${x.requests} | ${x.rps} | ${Object.entries(x.status).map(([k, v]) => `${k}: ${v}`).join(", ")} | ${x.timeouts} | ${x.p50_ms} (${x.p50_ratio}× ${x.floor_p50_ms} ms), ${x.p95_ms} | ${x.p50ok_ms} (${x.p50ok_ratio}×), ${x.p95ok_ms} | ${x.live.ok}/${x.live.n}, ${x.live.p95} | ${x.inloggen.ok}/${x.inloggen.n}, ${x.inloggen.p95} |`);
  }
  const d = r.databaseKilled as Record<string, unknown>;
  console.log(`\n**Database killed twice under traffic** (20 writers with Idempotency-Key, SIGKILL of the postmaster at 3 s and 8 s)\n`);
  console.log(`| acknowledged (201) | done, answer lost (409 "al uitgevoerd") | given up | found in the database | duplicates | retries | statuses seen | watchdog restarts | recovery after each kill (s) |\n|---|---|---|---|---|---|---|---|---|\n| ${d.acknowledged} | ${d.acknowledgedLate} | ${d.gaveUp} | ${d.found} | ${d.duplicates} | ${d.retries} | ${Object.entries(d.statuses as Record<string, number>).map(([k, v]) => `${k}: ${v}`).join(", ")} | ${d.watchdogRestarts} | ${(d.recovery_s as number[]).join(", ")} |`);
  const s = r.sigterm as Record<string, unknown>;
  console.log(`\n**SIGTERM during 20 parallel writes** (bodies arriving over 1.5 s)\n`);
  console.log(`| acknowledged (201) | found | other answers | exit code | exit after (s) |\n|---|---|---|---|---|\n| ${s.acknowledged} | ${s.found} | ${(s.other as number[]).join(", ") || "none"} | ${s.exitCode} | ${s.exit_s} |`);
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
