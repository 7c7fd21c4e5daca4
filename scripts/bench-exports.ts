// Benchmark of the document exports: produces each document N times against a freshly seeded
// database (the demo organisation and the ROB nota) and prints p50/p95 in ms per document.
//
//   node --conditions react-server --import tsx scripts/bench-exports.ts [--n 20] [--markdown]
//
// The database: a throwaway database on the server of TEST_DATABASE_URL when set (dropped after),
// otherwise a throwaway embedded PostgreSQL. Each export is timed end to end as the API runs it:
// load (access-scoped) → build → render → audit event.
import { parseArgs } from "node:util";
import { mkdtempSync, chmodSync } from "node:fs";
import { tmpdir, cpus } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { scriptEnv } from "@/lib/env";
import { createPrismaClient } from "@/prisma/client";
import { createDatabaseIfMissing, dropDatabase, startEmbeddedPostgres } from "./database";
import { applyMigrations } from "./migrations";

function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const a = srv.address();
      srv.close(() => resolve(typeof a === "object" && a ? a.port : 0));
    });
  });
}

async function database(): Promise<{ url: string; stop: () => Promise<void>; soort: string }> {
  const naam = `beslisroute_bench_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const extern = scriptEnv().TEST_DATABASE_URL;
  if (extern) {
    const url = new URL(extern);
    url.pathname = `/${naam}`;
    await createDatabaseIfMissing(url.toString());
    return { url: url.toString(), stop: () => dropDatabase(url.toString()), soort: `PostgreSQL op ${url.host}` };
  }
  const dir = mkdtempSync(join(tmpdir(), "beslisroute-bench-"));
  chmodSync(dir, 0o755);
  const db = await startEmbeddedPostgres({ dir, port: await vrijePoort(), persistent: false, database: naam });
  return { url: db.url, stop: db.stop, soort: "embedded PostgreSQL" };
}

const kwantiel = (gesorteerd: number[], q: number) => gesorteerd[Math.min(gesorteerd.length - 1, Math.ceil(q * gesorteerd.length) - 1)] ?? NaN;

async function main() {
  const { values } = parseArgs({ options: { n: { type: "string", default: "20" }, markdown: { type: "boolean", default: false } } });
  const n = Math.max(1, Number(values.n));
  const db = await database();
  // Before any server module reads its configuration.
  process.env.DATABASE_URL = db.url;
  process.env.NEXTAUTH_SECRET ??= "benchmark-secret-of-at-least-thirty-two-characters";
  try {
    await applyMigrations(db.url);
    const prisma = createPrismaClient(db.url);
    const { seedDemo, seedMrCalendar, demoEmail, EXTRA_MR_2025 } = await import("@/prisma/seed");
    const { seedDemoNotas, ROB_KENMERK } = await import("@/prisma/demo/seed-notas");
    await seedMrCalendar(prisma);
    await seedDemo(prisma);
    await seedDemoNotas(prisma);

    const { loadActor } = await import("@/lib/server/actors");
    const { dagAlsDate } = await import("@/lib/domain/datum");
    const as = async (login: string) => {
      const u = await prisma.gebruiker.findUniqueOrThrow({ where: { email: demoEmail(login) } });
      return { actor: (await loadActor(u.id))!, requestId: "bench" };
    };
    const rob = await prisma.nota.findUniqueOrThrow({ where: { kenmerk: ROB_KENMERK } });
    const mr = await prisma.mrVergadering.findUniqueOrThrow({ where: { datum: dagAlsDate(EXTRA_MR_2025) } });

    const { exportKamerbriefPdf } = await import("@/lib/server/exports/kamerbrief-pdf");
    const { exportKamerbriefDocx } = await import("@/lib/server/exports/kamerbrief-docx");
    const { exportNotaPdf } = await import("@/lib/server/exports/nota-pdf");
    const { exportOpenbareVersiePdf, exportOpenbareVersieHtml } = await import("@/lib/server/exports/openbare-versie");
    const { exportDiwooXml } = await import("@/lib/server/exports/diwoo-xml");
    const { exportPublicatiepakket } = await import("@/lib/server/exports/publicatiepakket");
    const { exportBesluitenlijstPdf } = await import("@/lib/server/exports/besluitenlijst-pdf");
    const { agendaFeed, renewAgendaToken } = await import("@/lib/server/exports/agenda-feed");

    const lezer = await as("lezer");
    const woo = await as("woo");
    const mrc = await as("mr");
    const { token } = await renewAgendaToken(await as("afdelingshoofd"));

    const documenten: [string, () => Promise<{ bytes: Uint8Array }>][] = [
      ["Kamerbrief (.pdf)", () => exportKamerbriefPdf(lezer, rob.id)],
      ["Kamerbrief (.docx)", () => exportKamerbriefDocx(lezer, rob.id)],
      ["Beslisnota intern (.pdf)", () => exportNotaPdf(lezer, rob.id)],
      ["Openbare versie (.pdf)", () => exportOpenbareVersiePdf(woo, rob.id)],
      ["Openbare versie (.html)", () => exportOpenbareVersieHtml(woo, rob.id)],
      ["DiWoo-metadata (.xml)", () => exportDiwooXml(woo, rob.id)],
      ["Publicatiepakket (.zip)", () => exportPublicatiepakket(woo, rob.id)],
      ["Besluitenlijst MR (.pdf)", () => exportBesluitenlijstPdf(mrc, mr.id)],
      ["Agenda-feed (.ics)", () => agendaFeed(`${token}.ics`, "http://localhost:3000")],
    ];

    // One warm-up round: module loading, font unpacking, Prisma's first queries.
    for (const [, maak] of documenten) await maak();
    // Each document twice over: rendered every time (the render cache emptied before each call:
    // what a first download costs), and from the render cache (a repeated download of the same
    // letter: load, access check, fingerprint, access log). lib/server/exports/render-cache.ts.
    const { leegRenderCache } = await import("@/lib/server/exports/render-cache");
    const rijen: { naam: string; p50: number; p95: number; min: number; max: number; kB: number; p50c: number; p95c: number }[] = [];
    for (const [naam, maak] of documenten) {
      const tijden: number[] = [];
      const gecacht: number[] = [];
      let grootte = 0;
      for (let i = 0; i < n; i++) {
        leegRenderCache();
        const t0 = performance.now();
        const f = await maak();
        tijden.push(performance.now() - t0);
        grootte = f.bytes.byteLength;
      }
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        await maak();
        gecacht.push(performance.now() - t0);
      }
      tijden.sort((a, b) => a - b);
      gecacht.sort((a, b) => a - b);
      rijen.push({ naam, p50: kwantiel(tijden, 0.5), p95: kwantiel(tijden, 0.95), min: tijden[0]!, max: tijden.at(-1)!, kB: grootte / 1024, p50c: kwantiel(gecacht, 0.5), p95c: kwantiel(gecacht, 0.95) });
    }
    await prisma.$disconnect();

    const r = (x: number) => x.toFixed(0);
    console.log(`\nExports, ${n}× per document, na één opwarmronde (${db.soort}, Node ${process.version}, ${cpus().length} cores)\n`);
    if (values.markdown) {
      console.log("| Document | p50 (ms) | p95 (ms) | min | max | grootte | p50 gecacht | p95 gecacht |");
      console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
      for (const x of rijen) console.log(`| ${x.naam} | ${r(x.p50)} | ${r(x.p95)} | ${r(x.min)} | ${r(x.max)} | ${x.kB.toFixed(1)} kB | ${r(x.p50c)} | ${r(x.p95c)} |`);
    } else {
      console.log(`${"Document".padEnd(28)}${"p50".padStart(8)}${"p95".padStart(8)}${"min".padStart(8)}${"max".padStart(8)}${"kB".padStart(9)}${"p50 c".padStart(8)}${"p95 c".padStart(8)}`);
      for (const x of rijen) console.log(`${x.naam.padEnd(28)}${r(x.p50).padStart(8)}${r(x.p95).padStart(8)}${r(x.min).padStart(8)}${r(x.max).padStart(8)}${x.kB.toFixed(1).padStart(9)}${r(x.p50c).padStart(8)}${r(x.p95c).padStart(8)}`);
    }
  } finally {
    const { db: appDb } = await import("@/lib/db");
    await appDb().$disconnect().catch(() => {});
    await db.stop();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
