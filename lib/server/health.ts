import "server-only";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isDraining } from "@/lib/server/ops/http-gate";
import { probeDatabase, recentProbe } from "@/lib/server/ops/database-status";

const HEALTH_CACHE_MS = 1000;

/**
 * Asks the database a trivial question; a SERVICE_UNAVAILABLE error when it does not answer in
 * time. A success is reused for a second (HEALTH_CACHE_MS) and concurrent checks share one probe,
 * so that a load balancer (or the benchmark's floor) polling hard costs the pool almost nothing.
 */
export async function checkHealth(timeoutMs = 3000, maxAgeMs = HEALTH_CACHE_MS): Promise<{ status: "ok" }> {
  if (await recentProbe(maxAgeMs, timeoutMs)) return { status: "ok" };
  throw new AppError("SERVICE_UNAVAILABLE", "De database antwoordt niet.", undefined, { retryAfter: 5 });
}

/** The migrations this release ships (prisma/migrations, copied into the image beside the server). */
function shippedMigrations(): string[] {
  try {
    return readdirSync(join(process.cwd(), "prisma", "migrations"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch {
    return [];
  }
}

export interface Readiness {
  status: "ok" | "niet_gereed";
  database: "ok" | "onbereikbaar";
  migraties: "ok" | "achter" | "onbekend";
  ontbrekend: string[];
  stoppen: boolean;
}

/** /api/health/ready: whether this instance should get traffic. */
export async function readiness(): Promise<Readiness> {
  const stoppen = isDraining();
  const up = await probeDatabase(2000);
  let migraties: Readiness["migraties"] = "onbekend";
  let ontbrekend: string[] = [];
  if (up) {
    try {
      const applied = new Set((await db().$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`).map((r) => r.migration_name));
      ontbrekend = shippedMigrations().filter((m) => !applied.has(m));
      migraties = ontbrekend.length ? "achter" : "ok";
    } catch {
      migraties = "onbekend";
    }
  }
  const ok = !stoppen && up && migraties === "ok";
  return { status: ok ? "ok" : "niet_gereed", database: up ? "ok" : "onbereikbaar", migraties, ontbrekend, stoppen };
}
