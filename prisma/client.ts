// Builds a Prisma client for a connection string. Shared by the app (lib/db.ts), the scripts
// (seed, migrate) and the integration tests, which each need a client for their own database.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type { PrismaClient };

export interface ClientOptions {
  /** Cancel any statement of these sessions that runs longer (ms); the app sets one. */
  statementTimeoutMs?: number;
}

export function createPrismaClient(connectionString: string, opts: ClientOptions = {}): PrismaClient {
  // JIT off for every session: the app's queries are short index lookups, and PostgreSQL's JIT
  // compiled the list query on each execution (30 ms at 10k notas, 360 ms at 100k; issue 8).
  // No parallel query either: on two cores serving many short requests, starting workers costs
  // more (12 ms for the visibility subplan at 1M notas) than it saves.
  const settings = ["-c jit=off", "-c max_parallel_workers_per_gather=0", ...(opts.statementTimeoutMs ? [`-c statement_timeout=${opts.statementTimeoutMs}`] : [])];
  const adapter = new PrismaPg({ connectionString, max: 10, options: settings.join(" ") });
  return new PrismaClient({ adapter });
}
