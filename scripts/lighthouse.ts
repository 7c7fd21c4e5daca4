// npm run lighthouse [-- --runs 3] [--markdown] [--cpu-multiplier N|auto]: Lighthouse 12.2.3 (mobile profile, simulated
// throttling, performance only) on the main pages of a production build, signed in, on a fresh
// seeded database. Prints per page the performance score, CLS, TBT and the unused JavaScript,
// the median of the runs, and TBT as a ratio to the floor in the same run (the signed-out sign-in
// page, the lightest page there is), with the machine's load average. Figures in docs/PERFORMANCE.md.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadavg, cpus } from "node:os";
import { randomBytes } from "node:crypto";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { childEnv, scriptEnv } from "@/lib/env";
import { createPrismaClient } from "@/prisma/client";
import { seedDemo, seedMrCalendar, demoEmail, DEMO_PASSWORD } from "@/prisma/seed";
import { seedDemoNotas } from "@/prisma/demo/seed-notas";
import { createTestDatabase } from "@/tests/support/test-database";
import { isBuildCurrent, recordBuild } from "./build-state";
import { ensureBrowser } from "./ensure-tools";
import { aanbevolenVertraging } from "./lighthouse-vertraging";

const args = process.argv.slice(2);
const runs = Math.max(1, Number(args[args.indexOf("--runs") + 1]) || 1);
const markdown = args.includes("--markdown");
/** --details DIR: every run's whole Lighthouse report as JSON (long tasks, bootup time per script …). */
const detailsDir = args.includes("--details") ? args[args.indexOf("--details") + 1] : undefined;
/**
 * --cpu-multiplier N|auto: Lighthouse's CPU slowdown (default 4, its mobile profile). "auto" takes the
 * multiplier the Lighthouse calculator gives for this host's benchmarkIndex, measured first.
 */
const vertragingArg = args.includes("--cpu-multiplier") ? args[args.indexOf("--cpu-multiplier") + 1]! : null;
let vertraging: number | null = vertragingArg && vertragingArg !== "auto" ? Number(vertragingArg) : null;
if (vertraging !== null && !(vertraging >= 1 && vertraging <= 20)) throw new Error(`--cpu-multiplier: een getal van 1 tot 20 of "auto", niet ${vertragingArg}`);
/** --pages a,b: only the pages whose name starts with one of these (the floor is always measured). */
const alleen = args.includes("--pages") ? args[args.indexOf("--pages") + 1]!.split(",").map((s) => s.trim().toLowerCase()) : null;

interface Meting {
  /** Lighthouse's benchmarkIndex of this host in this run (its CPU/memory power). */
  benchmarkIndex: number;
  score: number;
  cls: number;
  tbt: number;
  unusedKiB: number;
  jsKiB: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/** Signs in through next-auth's credentials endpoint; returns the Cookie header of the session. */
async function sessieCookie(base: string, login: string): Promise<string> {
  const jar = new Map<string, string>();
  const neem = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [paar] = c.split(";");
      const [k, ...v] = paar!.split("=");
      jar.set(k!.trim(), v.join("="));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  neem(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email: demoEmail(login), password: DEMO_PASSWORD, json: "true" }),
  });
  neem(res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`Inloggen als ${login} mislukt (${res.status})`);
  return cookie();
}

let volgnummer = 0;
async function meet(url: string, port: number, cookie: string | null): Promise<Meting> {
  const r = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance"], ...(vertraging !== null ? { throttling: { cpuSlowdownMultiplier: vertraging } } : {}), extraHeaders: cookie ? { Cookie: cookie } : undefined });
  if (!r) throw new Error(`Lighthouse gaf geen resultaat voor ${url}`);
  if (r.lhr.runtimeError) throw new Error(`Lighthouse op ${url}: ${r.lhr.runtimeError.code} ${r.lhr.runtimeError.message}`);
  const a = r.lhr.audits;
  if (detailsDir) {
    mkdirSync(detailsDir, { recursive: true });
    writeFileSync(join(detailsDir, `${String(++volgnummer).padStart(2, "0")}-${new URL(url).pathname.replace(/[^a-z0-9]+/gi, "_")}.json`), JSON.stringify(r.lhr));
  }
  const onbenut = (a["unused-javascript"]?.details as { overallSavingsBytes?: number } | undefined)?.overallSavingsBytes ?? 0;
  const scripts = ((a["network-requests"]?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? []).filter((i) => i.resourceType === "Script");
  return {
    benchmarkIndex: r.lhr.environment.benchmarkIndex,
    score: Math.round((r.lhr.categories.performance?.score ?? 0) * 100),
    cls: a["cumulative-layout-shift"]?.numericValue ?? NaN,
    tbt: a["total-blocking-time"]?.numericValue ?? NaN,
    unusedKiB: onbenut / 1024,
    jsKiB: scripts.reduce((s, i) => s + (i.transferSize ?? 0), 0) / 1024,
  };
}

async function wachtOp(url: string, ms: number): Promise<void> {
  const eind = Date.now() + ms;
  while (Date.now() < eind) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} kwam niet op`);
}

async function main(): Promise<number> {
  const chromium = ensureBrowser();
  const env0 = scriptEnv();
  const port = env0.LIGHTHOUSE_PORT;
  const base = `http://localhost:${port}`;
  const db = await createTestDatabase("lighthouse");
  let server: ChildProcess | undefined;
  let chrome: Awaited<ReturnType<typeof chromeLauncher.launch>> | undefined;
  try {
    const prisma = createPrismaClient(db.url);
    await seedMrCalendar(prisma);
    await seedDemo(prisma);
    process.env.DATABASE_URL = db.url;
    const secret = env0.NEXTAUTH_SECRET ?? randomBytes(32).toString("hex");
    process.env.NEXTAUTH_SECRET = secret;
    await seedDemoNotas(prisma);
    const rob = await prisma.nota.findFirstOrThrow({ where: { kenmerk: { endsWith: "-2025-000001" } }, select: { id: true } });
    await prisma.$disconnect();
    const env = childEnv({ DATABASE_URL: db.url, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: base, NEXT_TELEMETRY_DISABLED: "1", EXPENSIVE_CALLS_PER_MINUTE: "2000" });
    if (!isBuildCurrent() || !existsSync(".next/BUILD_ID")) {
      if (spawnSync("node_modules/.bin/next", ["build"], { env, stdio: "inherit" }).status !== 0) return 1;
      recordBuild();
    }
    server = spawn("node_modules/.bin/next", ["start", "-p", String(port)], { env, stdio: ["ignore", "ignore", "inherit"] });
    await wachtOp(`${base}/api/health`, 60_000);
    chrome = await chromeLauncher.launch({ chromePath: chromium, chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });

    const paginas: { naam: string; pad: string; login: string | null }[] = [
      { naam: "Inloggen (vloer, uitgelogd)", pad: "/inloggen", login: null },
      { naam: "Mijn taken (minister)", pad: "/", login: "minister" },
      { naam: "Mijn taken (afdelingshoofd)", pad: "/", login: "afdelingshoofd" },
      { naam: "Nota's", pad: "/notas", login: "opsteller" },
      { naam: "Nota (ROB)", pad: `/notas/${rob.id}`, login: "opsteller" },
      { naam: "Ministerraad", pad: "/ministerraad", login: "mr" },
      { naam: "Kamerbrief (ROB)", pad: `/notas/${rob.id}/kamerbrief`, login: "pz" },
    ];
    if (vertragingArg === "auto") {
      // One run on the floor page to read the host's benchmarkIndex (measured by every run).
      const index = (await meet(`${base}/inloggen`, chrome.port, null)).benchmarkIndex;
      vertraging = aanbevolenVertraging(index);
      if (vertraging === null) throw new Error(`benchmarkIndex ${index}: deze machine is te traag om het toestel na te bootsen`);
      console.error(`[lighthouse] benchmarkIndex ${Math.round(index)} → CPU-vertraging ${vertraging.toFixed(2)}×`);
    }
    const cookies = new Map<string, string>();
    const uitkomst: { naam: string; m: Meting }[] = [];
    const belasting = loadavg()[0]!;
    for (const p of paginas.filter((q, i) => i === 0 || !alleen || alleen.some((a) => q.naam.toLowerCase().startsWith(a)))) {
      let cookie: string | null = null;
      if (p.login) {
        if (!cookies.has(p.login)) cookies.set(p.login, await sessieCookie(base, p.login));
        cookie = cookies.get(p.login)!;
      }
      // One plain request first, so the first measurement does not pay for a cold server.
      await fetch(`${base}${p.pad}`, { headers: cookie ? { cookie } : {} }).then((r) => r.arrayBuffer());
      const metingen: Meting[] = [];
      for (let i = 0; i < runs; i++) {
        try {
          metingen.push(await meet(`${base}${p.pad}`, chrome.port, cookie));
        } catch (e) {
          // A failed run is reported and retried once; it is not counted as a zero.
          console.error(`[lighthouse] ${p.naam}: ${e instanceof Error ? e.message : String(e)}; opnieuw`);
          metingen.push(await meet(`${base}${p.pad}`, chrome.port, cookie));
        }
      }
      const m: Meting = {
        benchmarkIndex: median(metingen.map((x) => x.benchmarkIndex)),
        score: median(metingen.map((x) => x.score)),
        cls: median(metingen.map((x) => x.cls)),
        tbt: median(metingen.map((x) => x.tbt)),
        unusedKiB: median(metingen.map((x) => x.unusedKiB)),
        jsKiB: median(metingen.map((x) => x.jsKiB)),
      };
      uitkomst.push({ naam: p.naam, m });
      console.error(`[lighthouse] ${p.naam}: ${m.score}, CLS ${m.cls.toFixed(3)}, TBT ${Math.round(m.tbt)} ms, ongebruikt JS ${m.unusedKiB.toFixed(0)} KiB`);
    }
    const vloer = uitkomst[0]!.m.tbt || 1;
    const regels = uitkomst.map(({ naam, m }) => [naam, String(m.score), m.cls.toFixed(3), `${Math.round(m.tbt)}`, `${(m.tbt / vloer).toFixed(1)}×`, m.jsKiB.toFixed(0), m.unusedKiB.toFixed(0)]);
    const kop = ["Pagina", "Performance", "CLS", "TBT (ms)", "TBT ÷ vloer", "JS (KiB, overdracht)", "Ongebruikt JS (KiB)"];
    const belastingNa = loadavg()[0]!;
    if (markdown) {
      console.log(`| ${kop.join(" | ")} |\n|${kop.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`);
      for (const r of regels) console.log(`| ${r.join(" | ")} |`);
    } else {
      for (const r of [kop, ...regels]) console.log(r.map((c, i) => (i === 0 ? c.padEnd(30) : c.padStart(12))).join(" "));
    }
    console.log(`\nLighthouse 12.2.3, mobiel profiel (gesimuleerde vertraging, CPU ${vertraging === null ? "4× (standaard)" : `${vertraging.toFixed(2)}×${vertragingArg === "auto" ? " (gekalibreerd op deze machine)" : ""}`}), mediaan van ${runs} run(s) per pagina; benchmarkIndex van deze machine ${Math.round(median(uitkomst.map((u) => u.m.benchmarkIndex)))}; ${cpus().length} kernen, belasting (1 min) ${belasting.toFixed(2)} bij de start, ${belastingNa.toFixed(2)} aan het eind.`);
    return 0;
  } finally {
    await chrome?.kill();
    server?.kill("SIGTERM");
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
