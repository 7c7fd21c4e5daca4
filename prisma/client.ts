// Builds a Prisma client for a connection string. Shared by the app (lib/db.ts), the scripts
// (seed, migrate) and the integration tests, which each need a client for their own database.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type { PrismaClient };

export function createPrismaClient(connectionString: string): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: 10 });
  return new PrismaClient({ adapter });
}
