// The product benchmark (docs/benchmark.md): its own database, a ministry-shaped dataset seeded
// with set-based SQL, the production server, and load from a second process on loopback.
//
//   npm run bench -- --n 10000,100000,1000000      seed/top up to each N in turn, measure, print
//   npm run bench -- --n 100000 --seed-only        only seed (top up) the dataset
//   npm run bench -- --table                       print the stored results side by side
//
// Options: --db <name> (database, default beslisroute_bench), --data-dir <dir> (embedded cluster,
// default .data/bench), --duration <s> per endpoint and concurrency (default 4), --clients 1,10,50,
// --only <substring of endpoint names>. BENCH_DATABASE_URL: a server to use instead of the
// embedded one (the database named by --db is created on it). Never the demo database.
import { parseArgs } from "node:util";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync, chmodSync } from "node:fs";
import { join, resolve } from "node:path";
import { cpus, loadavg, totalmem } from "node:os";
import { scriptEnv } from "@/lib/env";
import { createDatabaseIfMissing, startEmbeddedPostgres, type Database } from "./database";
import { applyMigrations } from "./migrations";
import { seedBench } from "./bench-seed";

export const RESULTS_DIR = resolve(".data/bench-results");

export interface BenchOptions {
  db: string;
  dataDir: string;
  port: number;
}

/** The benchmark's own database: BENCH_DATABASE_URL's server or an embedded cluster of its own. */
export async function benchDatabase(opts: BenchOptions): Promise<Database> {
  const extern = scriptEnv().BENCH_DATABASE_URL;
  if (extern) {
    const url = new URL(extern);
    url.pathname = `/${opts.db}`;
    await createDatabaseIfMissing(url.toString());
    return { url: url.toString(), embedded: false, created: false, stop: async () => {} };
  }
  const dir = resolve(opts.dataDir);
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  return startEmbeddedPostgres({ dir, port: opts.port, persistent: true, database: opts.db, log: (l) => console.error(`[bench] ${l}`) });
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(" ")}`;
}

async function main() {
  const { values } = parseArgs({
    options: {
      n: { type: "string", default: "10000" },
      db: { type: "string", default: "beslisroute_bench" },
      "data-dir": { type: "string", default: ".data/bench" },
      port: { type: "string", default: "54339" },
      "seed-only": { type: "boolean", default: false },
      table: { type: "boolean", default: false },
      duration: { type: "string", default: "4" },
      clients: { type: "string", default: "1,10,50" },
      only: { type: "string" },
      "server-port": { type: "string", default: "3300" },
    },
  });
  if (values.table) {
    const { printTable } = await import("./bench-load");
    printTable(loadResults());
    return;
  }
  const ns = values.n.split(",").map((x) => Number(x.replaceAll("_", ""))).filter((x) => x > 0).sort((a, b) => a - b);
  const db = await benchDatabase({ db: values.db, dataDir: values["data-dir"], port: Number(values.port) });
  try {
    await applyMigrations(db.url);
    for (const n of ns) {
      const r = await seedBench(db.url, n, (l) => console.error(`[seed] ${l}`));
      console.error(`[seed] ${r.notas.toLocaleString("nl-NL")} notas (+${r.toegevoegd.toLocaleString("nl-NL")}, ${r.auditEvents.toLocaleString("nl-NL")} audit events) in ${r.seconden.toFixed(0)} s`);
      mkdirSync(RESULTS_DIR, { recursive: true });
      if (r.toegevoegd > 0) writeFileSync(join(RESULTS_DIR, `seed-${values.db}-${n}.json`), JSON.stringify({ ...r, machine: machine(), op: new Date().toISOString() }, null, 2));
      if (values["seed-only"]) continue;
      if (r.notas > n) throw new Error(`De database ${values.db} heeft al ${r.notas} notas, meer dan N=${n}: meet kleinere N in een eigen database (--db).`);
      const { runLoad } = await import("./bench-load");
      const result = await runLoad({
        databaseUrl: db.url,
        n,
        duration: Number(values.duration),
        clients: values.clients.split(",").map(Number),
        only: values.only,
        port: Number(values["server-port"]),
      });
      const pad = join(RESULTS_DIR, `load-${n}.json`);
      if (values.only && existsSync(pad)) {
        // A partial rerun replaces those endpoints (and keeps its own floor beside them).
        const oud = JSON.parse(readFileSync(pad, "utf8")) as typeof result;
        const nieuw = result.endpoints.filter((e) => e.soort !== "floor");
        oud.endpoints = oud.endpoints.map((e) => nieuw.find((x) => x.naam === e.naam) ?? e);
        oud.herhaald = [...(oud.herhaald ?? []), { op: result.op, uptime: result.uptime, endpoints: nieuw.map((e) => e.naam), floor: result.endpoints.find((e) => e.soort === "floor")?.metingen }];
        writeFileSync(pad, JSON.stringify(oud, null, 2));
      } else writeFileSync(pad, JSON.stringify(result, null, 2));
    }
    if (!values["seed-only"]) {
      const { printTable } = await import("./bench-load");
      printTable(loadResults());
    }
  } finally {
    await db.stop();
  }
}

export function loadResults() {
  if (!existsSync(RESULTS_DIR)) return [];
  return readdirSync(RESULTS_DIR)
    .filter((f) => f.startsWith("load-") && f.endsWith(".json"))
    .map((f) => JSON.parse(readFileSync(join(RESULTS_DIR, f), "utf8")))
    .sort((a, b) => a.n - b.n);
}

if (process.argv[1] && resolve(process.argv[1]).endsWith("scripts/bench.ts")) {
  main().then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
