import "server-only";
import type { PrismaClient } from "@/prisma/client";
import { db } from "@/lib/db";

/** The client inside an interactive transaction. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** Runs fn in one transaction: the change, its audit event and its outbox rows commit together. */
export function transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction((tx) => fn(tx), { maxWait: 10_000, timeout: 30_000 });
}
