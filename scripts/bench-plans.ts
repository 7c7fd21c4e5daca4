// Prints the plans PostgreSQL actually ran (auto_explain) for the hot queries on a bench database:
//   node --conditions react-server --import tsx scripts/bench-plans.ts <db> <data-dir> <port>
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { benchDatabase } from "./bench";
import { benchPersonen } from "./bench-seed";
const [dbnaam, dir, port] = [process.argv[2]!, process.argv[3]!, Number(process.argv[4])];
const db = await benchDatabase({ db: dbnaam, dataDir: dir, port });
process.env.DATABASE_URL = db.url; process.env.NEXTAUTH_SECRET = "x".repeat(40);
const plans: string[] = [];
const pool = new pg.Pool({ connectionString: db.url, max: 2, options: "-c jit=off -c max_parallel_workers_per_gather=0 -c session_preload_libraries=auto_explain -c auto_explain.log_min_duration=0 -c auto_explain.log_analyze=on -c auto_explain.log_level=notice -c client_min_messages=notice" });
pool.on("connect", (c) => c.on("notice", (n) => plans.push(n.message ?? "")));
(globalThis as { beslisroutePrisma?: unknown }).beslisroutePrisma = new PrismaClient({ adapter: new PrismaPg(pool) });
const { loadActor } = await import("@/lib/server/actors");
const { listNotas } = await import("@/lib/server/notas/queries");
const { listTasks } = await import("@/lib/server/taken/list-tasks");
const { getDashboard } = await import("@/lib/server/taken/dashboard");
const p = await benchPersonen(db.url);
const lezer = (await loadActor(p.lezer!))!, par = (await loadActor(p.parafeerder!))!, minister = (await loadActor(p.bewindspersoon!))!;
const show = async (naam: string, fn: () => Promise<unknown>) => {
  await fn(); plans.length = 0; await fn();
  console.log(`\n===== ${naam}`);
  for (const pl of plans) if (!/pg_backend_pid|^duration: [0-9.]+ ms  plan:\nQuery Text: (BEGIN|COMMIT)/.test(pl) && pl.length > 0) console.log(pl.replace(/\nQuery Text: [\s\S]*?\n(?=[A-Z ]*(Limit|Sort|Nested|Hash|Index|Bitmap|Aggregate|Result|Subquery|Append|Unique|Seq|GroupAggregate|HashAggregate|Merge|Incremental|Gather|Finalize))/, "\n"));
};
await show("list, first page (lezer)", () => listNotas(lezer, {}));
await show("search, common word (lezer)", () => listNotas(lezer, { q: "uitvoering" }));
await show("search, rare word (lezer)", () => listNotas(lezer, { q: "waddeneilanden" }));
await show("sort onderwerp, first page (lezer)", () => listNotas(lezer, { sort: "onderwerp" }));
await show("Mijn taken (busiest afdelingshoofd)", () => listTasks(par));
await show("counts per status (bewindspersoon)", () => getDashboard(minister));
await pool.end(); await db.stop(); process.exit(0);
