import "server-only";
import type { PrismaClient } from "@/prisma/client";
import { db } from "@/lib/db";
import { markIdempotentCommit } from "@/lib/server/ops/idempotency";

/** The client inside an interactive transaction. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** Runs fn in one transaction: the change, its audit event and its outbox rows commit together. */
export function transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(async (tx) => {
    const result = await fn(tx);
    // A POST with an Idempotency-Key: its key counts as used in the same commit as the change.
    await markIdempotentCommit(tx);
    return result;
  }, { maxWait: 10_000, timeout: 30_000 });
}
