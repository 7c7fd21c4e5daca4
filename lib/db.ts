// The Prisma client singleton, on the pg driver adapter. Only lib/server, scripts and prisma/ use it.
import "server-only";
import { createPrismaClient, type PrismaClient } from "@/prisma/client";
import { serverEnv } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { beslisroutePrisma?: PrismaClient };

export function db(): PrismaClient {
  if (!globalForPrisma.beslisroutePrisma) {
    globalForPrisma.beslisroutePrisma = createPrismaClient(serverEnv().DATABASE_URL);
  }
  return globalForPrisma.beslisroutePrisma;
}
