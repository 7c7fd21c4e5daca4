// /api/metrics: Prometheus text of this process, with the numbers that need the database read at
// scrape time. Who may read it: a bearer METRICS_TOKEN, or, without one, only the machine itself.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { Gauge } from "prom-client";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { poolStats } from "@/prisma/client";
import { metrics } from "@/lib/server/ops/metrics";
import { databaseAvailable } from "@/lib/server/ops/database-status";
import { slotUse } from "@/lib/server/ops/concurrency";
import { lastCheckpointAt } from "@/lib/server/audit/checkpoints";

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

export function assertMetricsAccess(authorization: string | null, address: string | null): void {
  const token = serverEnv().METRICS_TOKEN;
  if (token) {
    const given = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1] ?? "";
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    if (a.length === b.length && timingSafeEqual(a, b)) return;
    throw new AppError("UNAUTHENTICATED", "Stuur het METRICS_TOKEN mee als Authorization: Bearer <token>.");
  }
  // Unknown to outsiders: the same 404 as any path that does not exist.
  if (!address || !LOOPBACK.has(address)) throw new AppError("NOT_FOUND", "Niet gevonden.");
}

interface Gauges { pool: Gauge<"state">; outbox: Gauge<"state">; checkpoint: Gauge; render: Gauge<"state"> }
const g = globalThis as unknown as { beslisrouteScrapeGauges?: Gauges };

function gauges(): Gauges {
  if (g.beslisrouteScrapeGauges) return g.beslisrouteScrapeGauges;
  const registers = [metrics().registry];
  g.beslisrouteScrapeGauges = {
    pool: new Gauge({ name: "beslisroute_db_pool_connections", help: "Databaseverbindingen in de pool: total, idle, waiting (verzoeken die op een verbinding wachten)", labelNames: ["state"] as const, registers }),
    outbox: new Gauge({ name: "beslisroute_outbox_messages", help: "Uitgaande e-mail: pending (nog te versturen) en dead (opgegeven)", labelNames: ["state"] as const, registers }),
    checkpoint: new Gauge({ name: "beslisroute_audit_checkpoint_last_seconds", help: "Unix-tijd waarop deze server de audit-keten het laatst met het checkpointbestand vergeleek (0: nog niet)", registers }),
    render: new Gauge({ name: "beslisroute_render_slots", help: "Documenten die nu worden gemaakt (busy) en die wachten (waiting)", labelNames: ["state"] as const, registers }),
  };
  return g.beslisrouteScrapeGauges;
}

export async function scrapeMetrics(): Promise<{ contentType: string; body: string }> {
  const m = metrics();
  const gs = gauges();
  m.databaseUp.set(databaseAvailable() ? 1 : 0);
  const pool = poolStats(db());
  if (pool) for (const [state, v] of Object.entries(pool)) gs.pool.set({ state }, v);
  const render = slotUse("render");
  gs.render.set({ state: "busy" }, render.busy);
  gs.render.set({ state: "waiting" }, render.waiting);
  gs.checkpoint.set(lastCheckpointAt ? lastCheckpointAt.getTime() / 1000 : 0);
  if (databaseAvailable()) {
    try {
      const [row] = await db().$queryRaw<[{ pending: bigint; dead: bigint }]>`
        SELECT count(*) FILTER (WHERE "opgegevenOp" IS NULL) AS pending, count(*) FILTER (WHERE "opgegevenOp" IS NOT NULL) AS dead
        FROM "Outbox" WHERE "verzondenOp" IS NULL`;
      gs.outbox.set({ state: "pending" }, Number(row.pending));
      gs.outbox.set({ state: "dead" }, Number(row.dead));
    } catch {
      // The database went away between the check and the query: the gauges keep their last value.
    }
  }
  return { contentType: m.registry.contentType, body: await m.registry.metrics() };
}
