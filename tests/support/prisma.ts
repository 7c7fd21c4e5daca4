import { inject } from "vitest";
import { createPrismaClient } from "@/prisma/client";

/** A Prisma client on this run's database, for arranging and checking data directly. */
export const testPrisma = () => createPrismaClient(inject("databaseUrl"));
