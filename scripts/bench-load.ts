// The measuring half of `npm run bench` (scripts/bench.ts): the production server on the bench
// database, and for every endpoint of issue 8, at each concurrency, a bounded autocannon run from a
// second process (scripts/bench-client.ts) on loopback. Ratios are to /api/health of the same run.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { encode } from "next-auth/jwt";
import { isBuildCurrent, recordBuild } from "./build-state";
import { benchPersonen } from "./bench-seed";
import { machine } from "./bench";
import { prepareStandalone, SERVER_ENV, SERVER_JS } from "./standalone";

export interface LoadOptions {
  databaseUrl: string;
  n: number;
  duration: number;
  clients: number[];
  only?: string;
  port: number;
}

export interface Meting {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  status: Record<string, number>;
}

export interface LoadResult {
  n: number;
  op: string;
  machine: string;
  uptime: string;
  duration: number;
  clients: number[];
  serverRssMaxMb: number;
  /** rssMaxMb: the server's largest RSS while this endpoint was measured (at every concurrency). */
  endpoints: { naam: string; soort: "api" | "pagina" | "schrijven" | "export" | "floor"; metingen: Record<string, Meting>; rssMaxMb?: number }[];
  /** Endpoints measured again later with --only (their figures replace the first run's). */
  herhaald?: { op: string; uptime: string; endpoints: string[]; floor?: Record<string, Meting> }[];
}

const SECRET = "benchmark-secret-of-at-least-thirty-two-characters-long";

interface Endpoint {
  naam: string;
  soort: LoadResult["endpoints"][number]["soort"];
  paths: string[];
  auth: "cookie" | "token" | "geen";
  persona: string;
  method?: string;
  body?: string;
  ifMatch?: string[];
  /** A fresh list of targets for each run (writes consume their targets). */
  voorbereiden?: (c: number) => Promise<{ paths: string[]; ifMatch?: string[] }>;
}

function rssTree(root: number): number {
  // The server and any children it starts (a render worker, the archive check's worker thread is in-process).
  const parent = new Map<number, number>();
  for (const p of readdirSync("/proc")) {
    if (!/^\d+$/.test(p)) continue;
    try {
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      parent.set(Number(p), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      /* gone */
    }
  }
  const tree = new Set([root]);
  let grown = true;
  while (grown) {
    grown = false;
    for (const [p, pp] of parent) {
      if (tree.has(pp) && !tree.has(p)) {
        tree.add(p);
        grown = true;
      }
    }
  }
  let kb = 0;
  for (const p of tree) {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      kb += Number(m?.[1] ?? 0);
    } catch {
      /* gone */
    }
  }
  return kb / 1024;
}

async function waitForHealth(url: string, timeoutMs = 60_000) {
  const t0 = Date.now();
  for (;;) {
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() - t0 > timeoutMs) throw new Error("De server kwam niet op binnen een minuut.");
    await new Promise((r) => setTimeout(r, 300));
  }
}

function client(spec: object): Promise<Meting> {
  // The spec goes by file: a write's list of targets is too long for a command line.
  const file = join(tmpdir(), `beslisroute-bench-${process.pid}-${randomBytes(4).toString("hex")}.json`);
  writeFileSync(file, JSON.stringify(spec));
  return new Promise<Meting>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/bench-client.ts", `@${file}`], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").at(-1)!)) : reject(new Error(`bench-client eindigde met ${code}`))));
  }).finally(() => rmSync(file, { force: true }));
}

export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  if (!isBuildCurrent()) {
    console.error("[bench] productiebuild maken…");
    const b = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: opts.databaseUrl, NEXTAUTH_SECRET: SECRET, NEXT_TELEMETRY_DISABLED: "1" } });
    if (b.status !== 0) throw new Error("next build is mislukt");
    recordBuild();
  }
  const base = `http://127.0.0.1:${opts.port}`;
  const pgc = new pg.Client({ connectionString: opts.databaseUrl });
  // When a step below throws, main() stops the database with this client still open: without a
  // listener its "terminating connection" would end the process and hide the error that caused it.
  pgc.on("error", (e) => console.error(`[bench] databaseverbinding: ${e.message}`));
  await pgc.connect();
  const personen = await benchPersonen(opts.databaseUrl);

  // Sign-ins without the sign-in page: a session cookie signed with the server's secret, and a
  // personal access token per persona (only its hash stored, as the app stores them).
  const cookies: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  for (const rol of ["lezer", "parafeerder", "beheerder", "woo_coordinator", "afdelingshoofd_1"] as const) {
    const id = rol === "afdelingshoofd_1" ? (await pgc.query<{ id: string }>(`SELECT id::text FROM bench_persoon WHERE rol = 'afdelingshoofd' AND nr = 1`)).rows[0]!.id : personen[rol]!;
    const u = (await pgc.query<{ email: string; naam: string; rollen: string }>(`SELECT email, naam, rollen::text FROM "Gebruiker" WHERE id = $1`, [id])).rows[0]!;
    // A session row, as a sign-in starts one: since the security work the cookie's JWT carries the
    // session's id (sid) and the server checks the row on every request. Without one every page
    // answered 307 to the sign-in page, and the bench measured the redirect (3 December).
    const sid = (await pgc.query<{ id: string }>(`INSERT INTO "Sessie" (id, "gebruikerId", soort, "verlooptOp") VALUES (gen_random_uuid(), $1, 'wachtwoord', now() + interval '1 day') RETURNING id::text`, [id])).rows[0]!.id;
    const jwt = await encode({ token: { sub: id, name: u.naam, email: u.email, rollen: u.rollen.replace(/[{}]/g, "").split(",") as never, sid }, secret: SECRET, maxAge: 8 * 3600 });
    cookies[rol] = `next-auth.session-token=${jwt}`;
    const token = `brt_bench_${randomBytes(16).toString("hex")}`;
    await pgc.query(`INSERT INTO "ApiToken" (id, "gebruikerId", naam, hash, "verlooptOp", scope) VALUES (gen_random_uuid(), $1, 'bench', $2, now() + interval '1 day', $3::"TokenScope")`, [id, createHash("sha256").update(token).digest("hex"), rol === "afdelingshoofd_1" ? "schrijven" : "lezen"]);
    tokens[rol] = token;
  }

  // Targets: a nota in every part of the chain the endpoints need, visible to the lezer.
  const nota = (await pgc.query<{ id: string }>(
    `SELECT n.id::text FROM "Nota" n JOIN "Kamerbrief" k ON k."notaId" = n.id WHERE n.status = 'verzonden' AND n.rubricering IS NULL ORDER BY n.kenmerk LIMIT 1`,
  )).rows[0]!.id;
  const directie = (await pgc.query<{ id: string }>(`SELECT directie::text AS id FROM bench_eenheid WHERE nr = 0`)).rows[0]!.id;
  const bewindspersoon = personen.bewindspersoon!;
  const mr = (await pgc.query<{ datum: string }>(
    `SELECT to_char(g.datum, 'YYYY-MM-DD') AS datum FROM "MrVergadering" g JOIN "MrAgendapunt" p ON p."vergaderingId" = g.id GROUP BY g.datum ORDER BY count(*) DESC, g.datum DESC LIMIT 1`,
  )).rows[0]!.datum;
  const kenmerk = (await pgc.query<{ kenmerk: string }>(`SELECT kenmerk FROM "Nota" WHERE id = $1`, [nota])).rows[0]!.kenmerk;
  // Deep cursors: halfway down each order.
  const midden = Math.floor(opts.n / 2);
  const g = (await pgc.query<{ t: Date; id: string }>(`SELECT "gewijzigdOp" AS t, id::text FROM "Nota" ORDER BY "gewijzigdOp" DESC, id DESC OFFSET $1 LIMIT 1`, [midden])).rows[0]!;
  const k = (await pgc.query<{ kenmerk: string; onderwerp: string }>(`SELECT kenmerk, onderwerp FROM "Nota" ORDER BY kenmerk OFFSET $1 LIMIT 1`, [midden])).rows[0]!;
  const o = (await pgc.query<{ kenmerk: string; onderwerp: string }>(`SELECT kenmerk, onderwerp FROM "Nota" ORDER BY onderwerp, kenmerk OFFSET $1 LIMIT 1`, [midden])).rows[0]!;
  const cur = (v: object) => Buffer.from(JSON.stringify(v)).toString("base64url");
  const diep = cur({ s: "gewijzigd", t: g.t.toISOString(), id: g.id });

  // Paraaf targets: notas in paraaf with an open first step for afdelingshoofd 1, made for each run.
  let pool = 0;
  const paraafPool = async (aantal: number) => {
    pool++;
    const p = (await pgc.query<{ id: string }>(`SELECT id::text FROM bench_persoon WHERE rol = 'afdelingshoofd' AND nr = 1`)).rows[0]!.id;
    const ids = (await pgc.query<{ id: string }>(
      `WITH t AS (SELECT * FROM "Nota" WHERE id = $1::uuid),
       nieuw AS (
         INSERT INTO "Nota" (id, kenmerk, onderwerp, soort, "aanId", "vanId", "opstellerId", aanleiding, kern, toelichting, motivering, status, versie)
         SELECT gen_random_uuid(), 'BENCH-P-' || $2 || '-' || $3 || '-' || i, t.onderwerp, t.soort, t."aanId", t."vanId", t."opstellerId", t.aanleiding, t.kern, t.toelichting, t.motivering, 'in_paraaf', 2
         FROM t, generate_series(1, $4::int) i RETURNING id)
       SELECT id::text FROM nieuw`,
      [nota, opts.n, `${Date.now()}-${pool}`, aantal],
    )).rows.map((r) => r.id);
    const dir = (await pgc.query<{ id: string }>(`SELECT id::text FROM bench_persoon WHERE rol = 'directeur' AND nr = 0`)).rows[0]!.id;
    await pgc.query(
      `WITH r AS (INSERT INTO "Paraafronde" (id, "notaId", nummer, versie) SELECT gen_random_uuid(), x, 1, 2 FROM unnest($1::uuid[]) x RETURNING id)
       INSERT INTO "Paraafstap" (id, "rondeId", volgorde, rol, "toegewezenAanId", versie)
       SELECT gen_random_uuid(), r.id, s.v, s.rol, s.wie, 2 FROM r CROSS JOIN (VALUES (1, 'Afdelingshoofd', $2::uuid), (2, 'Directeur', $3::uuid)) s(v, rol, wie)`,
      [ids, p, dir],
    );
    return { paths: ids.map((id) => `/api/v1/notas/${id}/paraaf`), ifMatch: ids.map(() => '"2"') };
  };

  const endpoints: Endpoint[] = [
    { naam: "GET /api/health (floor)", soort: "floor", paths: ["/api/health"], auth: "geen", persona: "" },
    { naam: "GET /api/v1/taken (Mijn taken, API)", soort: "api", paths: ["/api/v1/taken"], auth: "token", persona: "parafeerder" },
    { naam: "GET /api/v1/dashboard (Mijn taken, API)", soort: "api", paths: ["/api/v1/dashboard"], auth: "token", persona: "parafeerder" },
    { naam: "GET / (Mijn taken, pagina)", soort: "pagina", paths: ["/"], auth: "cookie", persona: "parafeerder" },
    { naam: "GET /api/v1/notas (eerste pagina)", soort: "api", paths: ["/api/v1/notas"], auth: "token", persona: "lezer" },
    { naam: "GET /api/v1/notas (diep, cursor)", soort: "api", paths: [`/api/v1/notas?cursor=${diep}`], auth: "token", persona: "lezer" },
    { naam: "GET /api/v1/notas?status=in_paraaf", soort: "api", paths: ["/api/v1/notas?status=in_paraaf"], auth: "token", persona: "lezer" },
    { naam: "GET /api/v1/notas?directie=…", soort: "api", paths: [`/api/v1/notas?directie=${directie}`], auth: "token", persona: "lezer" },
    { naam: "GET /api/v1/notas?bewindspersoon=…", soort: "api", paths: [`/api/v1/notas?bewindspersoon=${bewindspersoon}`], auth: "token", persona: "lezer" },
    { naam: "GET /api/v1/notas?mrDatum=<drukste MR>", soort: "api", paths: [`/api/v1/notas?mrDatum=${mr}`], auth: "token", persona: "lezer" },
    { naam: "GET /api/v1/notas?sort=kenmerk", soort: "api", paths: ["/api/v1/notas?sort=kenmerk"], auth: "token", persona: "lezer" },
    { naam: "GET /api/v1/notas?sort=kenmerk (diep)", soort: "api", paths: [`/api/v1/notas?sort=kenmerk&cursor=${cur({ s: "kenmerk", k: k.kenmerk })}`], auth: "token", persona: "lezer" },
    { naam: "GET /api/v1/notas?sort=onderwerp", soort: "api", paths: ["/api/v1/notas?sort=onderwerp"], auth: "token", persona: "lezer" },
    { naam: "GET /api/v1/notas?sort=onderwerp (diep)", soort: "api", paths: [`/api/v1/notas?sort=onderwerp&cursor=${cur({ s: "onderwerp", o: o.onderwerp, k: o.kenmerk })}`], auth: "token", persona: "lezer" },
    { naam: "GET /api/v1/notas?q=waddeneilanden (zeldzaam)", soort: "api", paths: ["/api/v1/notas?q=waddeneilanden"], auth: "token", persona: "lezer" },
    { naam: "GET /api/v1/notas?q=uitvoering (algemeen)", soort: "api", paths: ["/api/v1/notas?q=uitvoering"], auth: "token", persona: "lezer" },
    { naam: "GET /api/v1/notas?q=<kenmerk>", soort: "api", paths: [`/api/v1/notas?q=${kenmerk}`], auth: "token", persona: "lezer" },
    { naam: "GET /notas (lijst, pagina)", soort: "pagina", paths: ["/notas"], auth: "cookie", persona: "lezer" },
    { naam: "GET /notas?q=uitvoering (pagina)", soort: "pagina", paths: ["/notas?q=uitvoering"], auth: "cookie", persona: "lezer" },
    { naam: "GET /api/v1/notas/{id}", soort: "api", paths: [`/api/v1/notas/${nota}`], auth: "token", persona: "lezer" },
    { naam: "GET /notas/{id} (pagina)", soort: "pagina", paths: [`/notas/${nota}`], auth: "cookie", persona: "lezer" },
    { naam: "GET /api/v1/notas/{id}/audit (tijdlijn)", soort: "api", paths: [`/api/v1/notas/${nota}/audit`], auth: "token", persona: "lezer" },
    { naam: "GET /ministerraad (pagina)", soort: "pagina", paths: ["/ministerraad"], auth: "cookie", persona: "lezer" },
    {
      naam: "POST /api/v1/notas/{id}/paraaf (schrijven)",
      soort: "schrijven",
      paths: [],
      auth: "token",
      persona: "afdelingshoofd_1",
      method: "POST",
      body: JSON.stringify({ oordeel: "akkoord" }),
      voorbereiden: async (c: number) => paraafPool(Math.max(400, c * 60)),
    },
    { naam: "GET …/kamerbrief.docx", soort: "export", paths: [`/api/v1/notas/${nota}/kamerbrief.docx`], auth: "token", persona: "lezer" },
    { naam: "GET …/kamerbrief.pdf", soort: "export", paths: [`/api/v1/notas/${nota}/kamerbrief.pdf`], auth: "token", persona: "lezer" },
    { naam: "GET …/openbare-versie.pdf", soort: "export", paths: [`/api/v1/notas/${nota}/openbare-versie.pdf`], auth: "token", persona: "woo_coordinator" },
  ].filter((e) => !opts.only || e.naam.includes(opts.only) || e.soort === "floor") as Endpoint[];

  // The standalone server, as npm start and the container image run it.
  prepareStandalone();
  // BENCH_SERVER_NODE_ARGS: extra node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
  // to profile it under the bench's load (docs/benchmark.md).
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(/\s+/).filter(Boolean);
  const server: ChildProcess = spawn(process.execPath, [...nodeArgs, SERVER_JS], {
    // The product benchmark measures speed, not the overload policy (that is npm run bench:ops):
    // the gate's bounds (also the health probes' own reserve, MAX_PRIORITY_REQUESTS_IN_FLIGHT, which
    // 50 clients on the floor exceed) and the per-user export limit (EXPENSIVE_CALLS_PER_MINUTE) are
    // lifted so that 50 clients on a PDF are served, not refused. The personas' sessions are made
    // once, before the warm-up, and a long run outlasts the idle timeout: it is lifted too.
    env: { ...process.env, ...SERVER_ENV, MAX_REQUESTS_IN_FLIGHT: "100000", MAX_PRIORITY_REQUESTS_IN_FLIGHT: "100000", SESSION_IDLE_MINUTES: "1440", RENDER_CONCURRENCY: "100000", EXPENSIVE_CALLS_PER_MINUTE: "100000000", PORT: String(opts.port), HOSTNAME: "127.0.0.1", NODE_ENV: "production", DATABASE_URL: opts.databaseUrl, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: base, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  let rssMax = 0;
  let rssEndpoint = 0;
  const sampler = setInterval(() => {
    const rss = rssTree(server.pid!);
    rssMax = Math.max(rssMax, rss);
    rssEndpoint = Math.max(rssEndpoint, rss);
  }, 500);
  const result: LoadResult = {
    n: opts.n,
    op: new Date().toISOString(),
    machine: machine(),
    uptime: spawnSync("uptime").stdout.toString().trim(),
    duration: opts.duration,
    clients: opts.clients,
    serverRssMaxMb: 0,
    endpoints: [],
  };
  try {
    await waitForHealth(base);
    const headers = (e: Endpoint): Record<string, string> =>
      e.auth === "cookie" ? { cookie: cookies[e.persona]! } : e.auth === "token" ? { authorization: `Bearer ${tokens[e.persona]}`, ...(e.body ? { "content-type": "application/json" } : {}) } : {};
    // Warm-up: every endpoint a few times (module loading, first queries, JIT of the JS).
    for (const e of endpoints) {
      if (e.voorbereiden) continue;
      for (let i = 0; i < 5; i++) {
        const r = await fetch(base + e.paths[0], { headers: headers(e), redirect: "manual" });
        await r.arrayBuffer();
        // A redirect or a refusal is not the endpoint: measuring it would report the sign-in page's speed.
        if (i === 0 && r.status >= 300) throw new Error(`${e.naam} gaf ${r.status} in de opwarmronde: de bench meet alleen antwoorden 2xx`);
      }
    }
    for (const e of endpoints) {
      const metingen: Record<string, Meting> = {};
      rssEndpoint = 0;
      for (const c of opts.clients) {
        const doel = e.voorbereiden ? await e.voorbereiden(c) : { paths: e.paths, ifMatch: e.ifMatch };
        let m: Meting;
        try {
          m = await client({ url: base, paths: doel.paths, ifMatch: doel.ifMatch, method: e.method, body: e.body, headers: headers(e), connections: c, duration: opts.duration });
        } catch (fout) {
          // One endpoint that cannot be measured does not lose the others: it shows as errors.
          console.error(`[bench] ${e.naam} c=${c}: ${String(fout)}`);
          m = { requests: 0, rps: 0, p50: NaN, p95: NaN, p99: NaN, max: NaN, errors: 1, status: {} };
        }
        metingen[String(c)] = m;
        console.error(`[bench] N=${opts.n} c=${c} ${e.naam}: p50 ${m.p50} p95 ${m.p95} p99 ${m.p99} ms, ${m.rps.toFixed(0)}/s, fouten ${m.errors}`);
      }
      result.endpoints.push({ naam: e.naam, soort: e.soort, metingen, rssMaxMb: Math.round(Math.max(rssEndpoint, rssTree(server.pid!))) });
    }
  } finally {
    // The paraaf targets no request reached: gone again, so the dataset stays as seeded.
    await pgc.query(`DELETE FROM "Nota" n WHERE n.kenmerk LIKE 'BENCH-P-%' AND n.status = 'in_paraaf' AND NOT EXISTS (SELECT 1 FROM "AuditEvent" e WHERE e."notaId" = n.id)`).catch(() => {});
    clearInterval(sampler);
    result.serverRssMaxMb = Math.round(rssMax);
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    await pgc.end();
  }
  return result;
}

const f = (x: number) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : "—");

/** The results side by side: per endpoint and concurrency, p50/p95/p99 ms, req/s and p95 ÷ floor, per N. */
export function printTable(results: LoadResult[]) {
  if (results.length === 0) return console.log("Nog geen resultaten: draai eerst npm run bench -- --n 10000");
  const clients = [...new Set(results.flatMap((r) => r.clients))].sort((a, b) => a - b);
  console.log(`\n## Beslisroute benchmark (${results.map((r) => r.n.toLocaleString("en-US")).join(" / ")} notas)\n`);
  for (const r of results) {
    // Where the memory went: the endpoints during which the server's RSS was largest.
    const piek = r.endpoints.filter((e) => e.rssMaxMb).sort((a, b) => b.rssMaxMb! - a.rssMaxMb!).slice(0, 3);
    const waar = piek.length ? ` (highest during: ${piek.map((e) => `${e.naam} ${e.rssMaxMb} MB`).join("; ")})` : "";
    console.log(`- N=${r.n.toLocaleString("en-US")}: ${r.op}, ${r.machine}; ${r.uptime}; ${r.duration} s per run; server RSS max ${r.serverRssMaxMb} MB${waar}`);
  }
  for (const c of clients) {
    console.log(`\n### ${c} concurrent client${c === 1 ? "" : "s"}: p50 / p95 / p99 ms · req/s · p95 ÷ floor\n`);
    console.log(`| endpoint | ${results.map((r) => `N=${r.n.toLocaleString("en-US")}`).join(" | ")} |`);
    console.log(`|---|${results.map(() => "---:").join("|")}|`);
    const namen = [...new Set(results.flatMap((r) => r.endpoints.map((e) => e.naam)))];
    for (const naam of namen) {
      const cellen = results.map((r) => {
        const m = r.endpoints.find((e) => e.naam === naam)?.metingen[String(c)];
        // An endpoint measured again (--only) is compared with the floor of its own run.
        const herhaling = [...(r.herhaald ?? [])].reverse().find((h) => h.endpoints.includes(naam));
        const floor = herhaling?.floor?.[String(c)] ?? r.endpoints.find((e) => e.soort === "floor")?.metingen[String(c)];
        if (!m) return "—";
        const ratio = floor && floor.p95 > 0 ? `${(m.p95 / floor.p95).toFixed(1)}×` : "";
        return `${f(m.p50)} / ${f(m.p95)} / ${f(m.p99)} · ${m.rps.toFixed(0)}/s · ${ratio}${m.errors ? ` · **${m.errors} fouten**` : ""}`;
      });
      console.log(`| ${naam} | ${cellen.join(" | ")} |`);
    }
  }
}
