// Builds a Prisma client for a connection string. Shared by the app (lib/db.ts), the scripts
// (seed, migrate) and the integration tests, which each need a client for their own database.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type { PrismaClient };

export interface ClientOptions {
  /** Cancel any statement of these sessions that runs longer (ms); the app sets one. */
  statementTimeoutMs?: number;
  /** Connections in the pool (default 10). */
  poolSize?: number;
}

export function createPrismaClient(connectionString: string, opts: ClientOptions = {}): PrismaClient {
  // JIT off for every session: the app's queries are short index lookups, and PostgreSQL's JIT
  // compiled the list query on each execution (30 ms at 10k notas, 360 ms at 100k; issue 8).
  // No parallel query either: on two cores serving many short requests, starting workers costs
  // more (12 ms for the visibility subplan at 1M notas) than it saves.
  const settings = ["-c jit=off", "-c max_parallel_workers_per_gather=0", ...(opts.statementTimeoutMs ? [`-c statement_timeout=${opts.statementTimeoutMs}`] : [])];
  // Our own pool, so /api/metrics can report its use. A connection (or a free slot) that does not
  // come within 5 s is an error (503) rather than a request that waits for ever.
  const pool = new pg.Pool({ connectionString, max: opts.poolSize ?? 10, options: settings.join(" "), connectionTimeoutMillis: 5_000 });
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const client = new PrismaClient({ adapter });
  pools.set(client, pool);
  return client;
}

// On globalThis: Next bundles this module more than once (instrumentation.ts and the routes each get
// their own copy), and the client is kept on globalThis by whichever copy made it first (the
// webhook worker, started in instrumentation.ts, usually). A module-level map would then be empty
// in the routes' copy, and the metrics would lose the pool gauge.
const g = globalThis as unknown as { beslisroutePools?: WeakMap<object, pg.Pool> };
const pools = (g.beslisroutePools ??= new WeakMap<object, pg.Pool>());

/** The connection pool behind a client made here: total, idle and waiting, for the metrics. */
export function poolStats(client: object): { total: number; idle: number; waiting: number } | null {
  const pool = pools.get(client);
  return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : null;
}
