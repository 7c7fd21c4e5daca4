// The Prisma client singleton, on the pg driver adapter. Only lib/server, scripts and prisma/ use it.
import "server-only";
import { createPrismaClient, type PrismaClient } from "@/prisma/client";
import { serverEnv } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { beslisroutePrisma?: PrismaClient };

export function db(): PrismaClient {
  if (!globalForPrisma.beslisroutePrisma) {
    // No request should hold a connection for more than 15 s; a search whose client went away is
    // cancelled sooner (lib/server/afbreekbaar.ts).
    globalForPrisma.beslisroutePrisma = createPrismaClient(serverEnv().DATABASE_URL, { statementTimeoutMs: 15_000 });
  }
  return globalForPrisma.beslisroutePrisma;
}
